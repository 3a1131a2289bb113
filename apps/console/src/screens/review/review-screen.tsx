import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ApiError } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import '../../review.css';
import { ClassifiedSummary } from './classified-summary.tsx';
import { MediaGrid, type GridEntry } from './media-grid.tsx';
import { useBatch, useReviewSettings, useSubmitVerdict, useUndoVerdict, type BatchSource } from './review.queries.ts';
import { ReviewSession, useReviewSession } from './review-session.tsx';
import { ReviewSettingsPanel } from './review-settings.tsx';
import type { ReviewVerdict } from './verdict-keys.ts';

/** /review's search: the grid's source (the queue unless one of these is given). */
export type ReviewSearch = { source?: 'alerts'; capture?: string; page?: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseReviewSearch(search: Record<string, unknown>): ReviewSearch {
  const capture = search['capture'];
  if (typeof capture === 'string' && uuid.test(capture)) return { capture: capture.toLowerCase() };
  const page = search['page'];
  if (typeof page === 'string' && /^https?:\/\//.test(page) && page.length <= 8192) return { page };
  return search['source'] === 'alerts' ? { source: 'alerts' } : {};
}

export function sourceOf(search: ReviewSearch): BatchSource {
  if (search.capture !== undefined) return { source: 'capture', captureId: search.capture };
  if (search.page !== undefined) return { source: 'page', pageUrl: search.page };
  return search.source === 'alerts' ? { source: 'alerts' } : { source: 'queue' };
}

export function ReviewScreen() {
  return <RequireRole roles={['analyst', 'supervisor']}>{() => <Review />}</RequireRole>;
}

function Review() {
  const t = useT();
  const search = useSearch({ from: '/review' });
  const source = sourceOf(search);
  return (
    <ScreenFrame title={t('review.title')} intro={t('review.intro')}>
      <nav aria-label={t('review.sources')} className="sources">
        <Link to="/review" search={{}} activeOptions={{ includeSearch: true }}>
          {t('review.source.queue')}
        </Link>
        <Link to="/review" search={{ source: 'alerts' }} activeOptions={{ includeSearch: true }}>
          {t('review.source.alerts')}
        </Link>
        {source.source === 'capture' && <span aria-current="page">{t('review.source.capture')}</span>}
        {source.source === 'page' && (
          <span aria-current="page">
            {t('review.source.page')} <code className="hash">{source.pageUrl}</code>
          </span>
        )}
      </nav>
      <ReviewSession>
        <ReviewGrid key={JSON.stringify(source)} source={source} />
      </ReviewSession>
      <ReviewSettingsPanel />
    </ScreenFrame>
  );
}

function ReviewGrid({ source }: { source: BatchSource }) {
  const t = useT();
  const { report, refused } = useReviewSession();
  const [round, setRound] = useState(0);
  const batch = useBatch(source, round, true);
  const settings = useReviewSettings();
  const submit = useSubmitVerdict();
  const undo = useUndoVerdict();
  const [decided, setDecided] = useState<ReadonlyMap<string, ReviewVerdict>>(new Map());
  const [undoneElsewhere, setUndoneElsewhere] = useState(false);
  const nextRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (batch.data !== undefined) report(batch.data.exposure);
    if (batch.error !== null) refused(batch.error);
  }, [batch.data, batch.error, report, refused]);

  const entries: GridEntry[] = (batch.data?.items ?? [])
    .filter((item) => item.status === 'reviewable')
    .map((item) => ({
      key: item.sha256,
      sha256: item.sha256,
      kind: item.kind,
      members: item.members,
      earlyAlert: item.earlyAlert,
      nearPendingEntry: item.nearPendingEntry,
    }));
  const done = entries.length > 0 && entries.every((e) => decided.has(e.key));
  useEffect(() => {
    if (done) nextRef.current?.focus();
  }, [done]);

  async function onVerdict(entry: GridEntry, body: Parameters<typeof submit.mutateAsync>[0]['body']) {
    const answer = await submit.mutateAsync({ sha256: entry.sha256, body });
    report(answer.exposure);
    const refusal = answer.result.error;
    if (refusal !== null) throw new ApiError({ status: 409, code: refusal.code, message: refusal.message });
    setDecided((map) => new Map([...map, [entry.key, body.verdict]]));
    return true;
  }

  async function onUndo(): Promise<string | null> {
    const answer = await undo.mutateAsync();
    const undone = answer.undone[0];
    if (undone === undefined) return null;
    const here = decided.has(undone.sha256);
    setUndoneElsewhere(!here);
    setDecided((map) => new Map([...map].filter(([key]) => key !== undone.sha256)));
    return here ? undone.sha256 : null;
  }

  if (batch.isPending) return <p role="status">{t('app.loading')}</p>;
  if (batch.isError) return <p role="alert">{describeError(batch.error, t)}</p>;
  return (
    <>
      <ClassifiedSummary items={batch.data.items} />
      <h2 id="grid-title">{t('review.gridTitle')}</h2>
      <p role="status" className="hint">
        {entries.length === 0
          ? t('review.empty')
          : t('review.progress', { count: entries.length, seq: [...decided.keys()].length })}
        {undoneElsewhere && ` ${t('review.undoneEarlier')}`}
      </p>
      {entries.length > 0 && (
        <MediaGrid
          label={t('review.gridTitle')}
          entries={entries}
          decided={decided}
          onVerdict={onVerdict}
          onUndo={onUndo}
          hoverPeek={settings.data?.settings.hoverPeek ?? false}
        />
      )}
      {(done || entries.length === 0) && (
        <Button
          ref={nextRef}
          className="button button-primary"
          onPress={() => {
            setDecided(new Map());
            setRound((r) => r + 1);
          }}
        >
          {t('review.nextGrid')}
        </Button>
      )}
    </>
  );
}
