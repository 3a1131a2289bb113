import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useFetches, useVersions, type BlocklistFetch } from './blocklist.queries.ts';

type Version = NonNullable<ReturnType<typeof useVersions>['data']>['versions'][number];
type ProviderFetches = { organisation: string; fetches: number; latestVersion: number | null; lastAt: string };

const formats = ['txt', 'csv', 'json', 'rpz'] as const;
const feed = '/api/v1/blocklist/feed';

/** The fetch log summed per provider organisation: how often, the newest version, when last (nothing per user). */
export function perProvider(fetches: readonly BlocklistFetch[]): ProviderFetches[] {
  const out = new Map<string, ProviderFetches>();
  for (const f of fetches) {
    const seen = out.get(f.organisation) ?? {
      organisation: f.organisation,
      fetches: 0,
      latestVersion: null,
      lastAt: f.at,
    };
    seen.fetches += 1;
    if (f.version !== null && (seen.latestVersion === null || f.version > seen.latestVersion))
      seen.latestVersion = f.version;
    if (f.at > seen.lastAt) seen.lastAt = f.at;
    out.set(f.organisation, seen);
  }
  return [...out.values()].sort((a, b) => a.organisation.localeCompare(b.organisation));
}

/** Published versions with their signed files, and (supervisors) what each provider fetched. */
export function FeedSection({ showFetches }: { showFetches: boolean }) {
  const t = useT();
  const versions = useVersions(true);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('blocklist.versionsTitle')}</h2>
      <p className="intro">
        {t('blocklist.versionsIntro')} <a href={`${feed}/minisign.pub`}>{t('blocklist.publicKey')}</a>
      </p>
      {versions.isPending && <p role="status">{t('app.loading')}</p>}
      {versions.isError && <p role="alert">{describeError(versions.error, t)}</p>}
      {versions.data !== undefined && (
        <>
          <p>
            {versions.data.current === null
              ? t('blocklist.noCurrent')
              : t('blocklist.current', { version: versions.data.current })}
          </p>
          <Table aria-label={t('blocklist.versionsTitle')} className="table">
            <TableHeader>
              <Column isRowHeader>{t('blocklist.version')}</Column>
              <Column>{t('blocklist.publishedAt')}</Column>
              <Column>{t('blocklist.counts')}</Column>
              <Column>{t('blocklist.changes')}</Column>
              <Column>{t('blocklist.files')}</Column>
            </TableHeader>
            <TableBody items={versions.data.versions} renderEmptyState={() => t('blocklist.noVersions')}>
              {(version) => (
                <Row id={version.version}>
                  <VersionCells version={version} />
                </Row>
              )}
            </TableBody>
          </Table>
        </>
      )}
      {showFetches && <FetchesTable />}
    </section>
  );
}

function VersionCells({ version }: { version: Version }) {
  const t = useT();
  const formatTime = useFormatTime();
  const v = version.version;
  return (
    <>
      <Cell>{t('blocklist.versionNumber', { version: v })}</Cell>
      <Cell>
        <time dateTime={version.publishedAt}>{formatTime(version.publishedAt)}</time>
      </Cell>
      <Cell>{t('blocklist.countsOf', { entries: version.entries, urls: version.urls, domains: version.domains })}</Cell>
      <Cell>{t('blocklist.changesOf', { added: version.added, removed: version.removed })}</Cell>
      <Cell>
        <span className="file-links">
          {formats.map((format) => (
            <span key={format}>
              <a href={`${feed}/${v}.${format}`}>{format.toUpperCase()}</a>{' '}
              <a
                href={`${feed}/${v}.${format}.minisig`}
                aria-label={t('blocklist.signatureOf', { file: `${v}.${format}` })}
              >
                {t('blocklist.signature')}
              </a>
            </span>
          ))}
        </span>
      </Cell>
    </>
  );
}

function FetchesTable() {
  const t = useT();
  const fetches = useFetches(true);
  return (
    <>
      <h3>{t('blocklist.fetchesTitle')}</h3>
      <p className="hint">{t('blocklist.fetchesIntro')}</p>
      {fetches.isError && <p role="alert">{describeError(fetches.error, t)}</p>}
      {fetches.data !== undefined && (
        <Table aria-label={t('blocklist.fetchesTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('blocklist.provider')}</Column>
            <Column>{t('blocklist.fetchCount')}</Column>
            <Column>{t('blocklist.latestVersion')}</Column>
            <Column>{t('blocklist.lastFetch')}</Column>
          </TableHeader>
          <TableBody items={perProvider(fetches.data)} renderEmptyState={() => t('blocklist.noFetches')}>
            {(provider) => (
              <Row id={provider.organisation}>
                <ProviderCells provider={provider} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function ProviderCells({ provider }: { provider: ProviderFetches }) {
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>{provider.organisation}</Cell>
      <Cell>{provider.fetches}</Cell>
      <Cell>{provider.latestVersion ?? '—'}</Cell>
      <Cell>
        <time dateTime={provider.lastAt}>{formatTime(provider.lastAt)}</time>
      </Cell>
    </>
  );
}
