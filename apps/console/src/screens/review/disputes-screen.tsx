import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import '../../review.css';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { MediaGrid, type GridEntry } from './media-grid.tsx';
import { useDisputes, useReviewSettings, useSettle, type DisputeItem } from './review.queries.ts';
import { ReviewSession, useReviewSession } from './review-session.tsx';
import type { ReviewVerdict, VerdictBody } from './verdict-keys.ts';

// Supervisors settle what the first analyst and a verifier disagreed on: every opinion beside the
// media, then the supervisor's verdict by key (a csam key confirms the entries with its labels,
// not CSAM withdraws them).

export function DisputesScreen() {
  const t = useT();
  return (
    <RequireRole roles={['supervisor']}>
      {() => (
        <ScreenFrame title={t('disputes.title')} intro={t('disputes.intro')}>
          <ReviewSession>
            <DisputeGrid />
          </ReviewSession>
        </ScreenFrame>
      )}
    </RequireRole>
  );
}

function DisputeGrid() {
  const t = useT();
  const { report, refused } = useReviewSession();
  const [round, setRound] = useState(0);
  const disputes = useDisputes(round, true);
  const settings = useReviewSettings();
  const settle = useSettle();
  const [decided, setDecided] = useState<ReadonlyMap<string, ReviewVerdict>>(new Map());
  const [states, setStates] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    if (disputes.data !== undefined) report(disputes.data.exposure);
    if (disputes.error !== null) refused(disputes.error);
  }, [disputes.data, disputes.error, report, refused]);

  const entries: GridEntry[] = (disputes.data?.items ?? []).map((item) => ({
    key: item.itemId,
    sha256: item.sha256,
    kind: item.kind,
    members: item.members,
    details: <Opinions item={item} settled={states.get(item.itemId)} />,
  }));

  async function onVerdict(entry: GridEntry, body: VerdictBody) {
    const answer = await settle.mutateAsync({ itemId: entry.key, body });
    setDecided((map) => new Map([...map, [entry.key, body.verdict]]));
    setStates((map) => new Map([...map, [entry.key, answer.state]]));
    return true;
  }

  if (disputes.isPending) return <p role="status">{t('app.loading')}</p>;
  if (disputes.isError) return <p role="alert">{describeError(disputes.error, t)}</p>;
  return (
    <>
      <h2>{t('disputes.gridTitle')}</h2>
      <p role="status" className="hint">
        {entries.length === 0
          ? t('disputes.empty')
          : t('review.progress', { count: entries.length, seq: decided.size })}
      </p>
      {entries.length > 0 && (
        <MediaGrid
          label={t('disputes.gridTitle')}
          entries={entries}
          decided={decided}
          onVerdict={onVerdict}
          hoverPeek={settings.data?.settings.hoverPeek ?? false}
        />
      )}
      {entries.every((e) => decided.has(e.key)) && (
        <Button
          className="button button-primary"
          onPress={() => {
            setDecided(new Map());
            setStates(new Map());
            setRound((r) => r + 1);
          }}
        >
          {t('verification.refresh')}
        </Button>
      )}
    </>
  );
}

function Opinions({ item, settled }: { item: DisputeItem; settled: string | undefined }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <ul className="opinions" aria-label={t('disputes.opinions')}>
        {item.opinions.map((opinion) => (
          <li key={`${opinion.stage}-${opinion.at}`}>
            <strong>{t(`disputes.stage.${opinion.stage}`)}</strong>: {t(`review.verdict.${opinion.verdict}`)}
            {opinion.labels.ageBand !== undefined && ` · ${t(`label.ageBand.${opinion.labels.ageBand}`)}`}
            {opinion.labels.activity !== undefined && ` · ${t(`label.activity.${opinion.labels.activity}`)}`}
            {opinion.labels.origin !== undefined && ` · ${t(`label.origin.${opinion.labels.origin}`)}`}
            {opinion.victimIdentified !== null &&
              ` · ${t(opinion.victimIdentified ? 'review.labels.identified' : 'review.labels.unidentified')}`}{' '}
            <time className="hint" dateTime={opinion.at}>
              {formatTime(opinion.at)}
            </time>
          </li>
        ))}
      </ul>
      {settled !== undefined && (
        <p className="tile-outcome">{t(settled === 'rejected' ? 'disputes.rejected' : 'disputes.settled')}</p>
      )}
    </>
  );
}
