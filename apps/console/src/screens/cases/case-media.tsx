import { Link } from '@tanstack/react-router';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { StateTag } from './case-labels.tsx';
import type { CasePage } from './cases.queries.ts';

type Media = CasePage['media'][number];

/** Known media are never listed one by one: what the bank says of them, and how many. */
function knownGroups(media: readonly Media[], unlabelled: string): Array<[string, number]> {
  const groups = new Map<string, number>();
  for (const m of media.filter((item) => item.state === 'known')) {
    const label = [m.ageBand, m.activity].filter((v) => v !== null).join(' · ') || unlabelled;
    groups.set(label, (groups.get(label) ?? 0) + 1);
  }
  return [...groups.entries()];
}

/** The review screen works a capture's unknown media; this links to the capture the media was found in. */
function captureOf(page: CasePage, sha256: string): string | null {
  return page.captures.find((c) => c.capture.media.some((m) => m.sha256 === sha256))?.capture.id ?? null;
}

export function CaseMedia({ page }: { page: CasePage }) {
  const t = useT();
  const unknown = page.media.filter((m) => m.state === 'unknown');
  const unhashable = page.media.filter((m) => m.state === 'unhashable').length;
  const known = knownGroups(page.media, t('case.classified'));
  return (
    <section aria-labelledby="media-title">
      <h2 id="media-title">{t('case.mediaTitle')}</h2>
      {page.media.length === 0 && <p className="hint">{t('case.noMedia')}</p>}
      {known.length > 0 && (
        <ul className="known-media">
          {known.map(([classification, count]) => (
            <li key={classification}>
              <span className="tag tag-danger">{t('case.knownMedia', { classification, count })}</span>
            </li>
          ))}
        </ul>
      )}
      {unhashable > 0 && <p className="hint">{t('case.unhashable', { count: unhashable })}</p>}
      {unknown.length > 0 && (
        <Table aria-label={t('case.unknownMedia')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('case.foundAt')}</Column>
            <Column>{t('case.mediaKind')}</Column>
            <Column>{t('case.mediaSize')}</Column>
            <Column>{t('case.sightings')}</Column>
            <Column>{t('cases.actions')}</Column>
          </TableHeader>
          <TableBody items={unknown.map((m) => ({ ...m, id: m.sha256 }))}>
            {(media) => (
              <Row id={media.sha256} textValue={media.urls[0] ?? media.sha256}>
                <MediaCells media={media} captureId={captureOf(page, media.sha256)} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function MediaCells({ media, captureId }: { media: Media; captureId: string | null }) {
  const t = useT();
  const where = media.urls[0] ?? '';
  return (
    <>
      <Cell>
        <code className="hash">{where}</code>
      </Cell>
      <Cell>
        {media.kind} · {media.format}
      </Cell>
      <Cell>{`${Math.ceil(media.size / 1024)} KB`}</Cell>
      <Cell>{t('case.sightingsCount', { count: media.sightings })}</Cell>
      <Cell>
        {captureId !== null && (
          // /review is another screen's route: a plain link, with the capture as its search parameter.
          <a
            className="button button-secondary button-small"
            href={`/console/review?capture=${encodeURIComponent(captureId)}`}
            aria-label={t('case.assessFor', { kind: media.kind, url: where })}
          >
            {t('case.assess')}
          </a>
        )}
      </Cell>
    </>
  );
}

export function RelatedReports({ page }: { page: CasePage }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">{t('case.relatedTitle')}</h2>
      {page.related.length === 0 ? (
        <p className="hint">{t('case.noRelated')}</p>
      ) : (
        <ul className="related">
          {page.related.map((related) => (
            <li key={related.reportId}>
              <Link to="/cases/$reportId" params={{ reportId: related.reportId }}>
                {related.reportNumber}
              </Link>{' '}
              {related.state !== null && <StateTag state={related.state} />}{' '}
              <span className="hint">
                <time dateTime={related.receivedAt}>{formatTime(related.receivedAt)}</time> · {t('case.because')}{' '}
                {related.because.map((b) => t(`case.because.${b}`)).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
