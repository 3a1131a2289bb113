import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { MoreButton } from '../../components/more-button.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import {
  useCrawlStats,
  useDetections,
  useSeeds,
  useVictimAlerts,
  type Detection,
  type Seed,
} from './crawler.queries.ts';
import { SeedForm } from './seed-form.tsx';

// Who reads the crawler's work and who adds seeds, as crawler.routes.ts lets them.
export const crawlerReaders: readonly Role[] = ['analyst', 'supervisor', 'verifier'];
const seeders: readonly Role[] = ['analyst', 'supervisor'];

/**
 * The crawler at work: its totals and frontier, the seeds it crawls from (and a form to add one),
 * the detections of known material it recorded, and the early alerts. No media is shown: a
 * detection is its URL, its page, its host's address and the bank entry it matched.
 */
export function CrawlerScreen() {
  return (
    <RequireRole roles={crawlerReaders}>
      {(session) => <Crawler canSeed={seeders.includes(session.user.role)} />}
    </RequireRole>
  );
}

function Crawler({ canSeed }: { canSeed: boolean }) {
  const t = useT();
  return (
    <ScreenFrame title={t('crawler.title')} intro={t('crawler.intro')}>
      <Totals />
      {canSeed && <SeedForm />}
      <Seeds />
      <Detections />
      <VictimAlerts />
    </ScreenFrame>
  );
}

function Totals() {
  const t = useT();
  const stats = useCrawlStats();
  if (stats.isPending) return <p role="status">{t('app.loading')}</p>;
  if (stats.isError) return <p role="alert">{describeError(stats.error, t)}</p>;
  const s = stats.data;
  const figures = [
    ['crawler.stats.frontier', s.frontier.size],
    ['crawler.stats.inProcess', s.frontier.inProcess],
    ['crawler.stats.hosts', s.frontier.queues],
    ['crawler.stats.activeHosts', s.frontier.activeQueues],
    ['crawler.stats.media', s.media],
    ['crawler.stats.detections', s.detections],
    ['crawler.stats.queued', s.queued],
    ['crawler.stats.alerts', s.alerts],
  ] as const;
  return (
    <section aria-labelledby="crawler-totals">
      <h2 id="crawler-totals">{t('crawler.stats.title')}</h2>
      <dl className="facts">
        {figures.map(([id, value]) => (
          <div key={id}>
            <dt>{t(id)}</dt>
            <dd>{t('crawler.count', { count: value })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Seeds() {
  const t = useT();
  const seeds = useSeeds();
  return (
    <section aria-labelledby="crawler-seeds">
      <h2 id="crawler-seeds">{t('crawler.seeds.title')}</h2>
      {seeds.isPending && <p role="status">{t('app.loading')}</p>}
      {seeds.isError && <p role="alert">{describeError(seeds.error, t)}</p>}
      {seeds.data !== undefined && (
        <Table aria-label={t('crawler.seeds.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('crawler.seeds.url')}</Column>
            <Column>{t('crawler.seeds.origin')}</Column>
            <Column>{t('crawler.seeds.limits')}</Column>
            <Column>{t('crawler.seeds.queued')}</Column>
            <Column>{t('crawler.seeds.added')}</Column>
          </TableHeader>
          <TableBody items={seeds.data} renderEmptyState={() => t('crawler.seeds.empty')}>
            {(seed) => (
              <Row id={seed.id}>
                <SeedCells seed={seed} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function Detections() {
  const t = useT();
  const detections = useDetections();
  const rows = detections.data?.pages.flatMap((page) => page.detections) ?? [];
  return (
    <section aria-labelledby="crawler-detections">
      <h2 id="crawler-detections">{t('crawler.detections.title')}</h2>
      <p className="intro">{t('crawler.detections.intro')}</p>
      {detections.isPending && <p role="status">{t('app.loading')}</p>}
      {detections.isError && <p role="alert">{describeError(detections.error, t)}</p>}
      {detections.data !== undefined && (
        <Table aria-label={t('crawler.detections.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('crawler.detections.url')}</Column>
            <Column>{t('crawler.detections.page')}</Column>
            <Column>{t('crawler.detections.address')}</Column>
            <Column>{t('crawler.detections.entry')}</Column>
            <Column>{t('crawler.detections.notice')}</Column>
            <Column>{t('crawler.detections.seen')}</Column>
          </TableHeader>
          <TableBody items={rows} renderEmptyState={() => t('crawler.detections.empty')}>
            {(d) => (
              <Row id={d.id}>
                <DetectionCells d={d} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <MoreButton query={detections} label={t('crawler.detections.more')} />
    </section>
  );
}

function VictimAlerts() {
  const t = useT();
  const time = useFormatTime();
  const alerts = useVictimAlerts();
  return (
    <section aria-labelledby="crawler-alerts">
      <h2 id="crawler-alerts">{t('crawler.alerts.title')}</h2>
      <p className="intro">{t('crawler.alerts.intro')}</p>
      {alerts.isError && <p role="alert">{describeError(alerts.error, t)}</p>}
      {alerts.data !== undefined &&
        (alerts.data.length === 0 ? (
          <p>{t('crawler.alerts.empty')}</p>
        ) : (
          <ul className="plain-list">
            {alerts.data.map((a) => (
              <li key={a.id}>
                {t('crawler.alerts.item', { time: time(a.raisedAt) })} <code>{a.pageUrl}</code>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

// Cells as components of their own: they read the language themselves, so a switch re-renders
// them (react-aria keeps a table's rows while its items are unchanged).
function SeedCells({ seed }: { seed: Seed }) {
  const t = useT();
  const time = useFormatTime();
  return (
    <>
      <Cell>
        <code>{seed.url}</code>
      </Cell>
      <Cell>{t(`crawler.origin.${seed.origin}`)}</Cell>
      <Cell>
        {t('crawler.seeds.limitsValue', { depth: seed.maxDepth, urls: seed.maxUrls })}
        <span className="hint">
          {' '}
          · {seed.honourRobots ? t('crawler.seeds.robotsHonoured') : t('crawler.seeds.robotsIgnored')}
        </span>
      </Cell>
      <Cell>{t('crawler.count', { count: seed.urlsQueued })}</Cell>
      <Cell>{time(seed.createdAt)}</Cell>
    </>
  );
}

function DetectionCells({ d }: { d: Detection }) {
  const t = useT();
  const time = useFormatTime();
  return (
    <>
      <Cell>
        <code>{d.url}</code>
      </Cell>
      <Cell>{d.pageUrl === null ? '—' : <code>{d.pageUrl}</code>}</Cell>
      <Cell>{d.address ?? '—'}</Cell>
      <Cell>{t('crawler.detections.entryValue', { id: d.entryId, source: t(`crawler.source.${d.source}`) })}</Cell>
      <Cell>{t(`crawler.noticeState.${d.noticeState}`)}</Cell>
      <Cell>{t('crawler.detections.seenValue', { first: time(d.firstSeenAt), last: time(d.lastSeenAt) })}</Cell>
    </>
  );
}
