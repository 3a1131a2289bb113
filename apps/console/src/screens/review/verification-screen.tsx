import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import '../../review.css';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { MediaGrid, type GridEntry } from './media-grid.tsx';
import { useReviewSettings, useVerificationQueue, useVerify, type VerificationItem } from './review.queries.ts';
import { ReviewSession, useReviewSession } from './review-session.tsx';
import type { ReviewVerdict, VerdictBody } from './verdict-keys.ts';

// The verifiers' queue: blind (the server never sends the first verdict, its labels or who gave
// it), each media confirmed or disagreed with by the same keys as the rapid-assessment grid.

export function VerificationScreen() {
  const t = useT();
  return (
    <RequireRole roles={['analyst', 'verifier', 'supervisor']}>
      {() => (
        <ScreenFrame title={t('verification.title')} intro={t('verification.intro')}>
          <ReviewSession>
            <VerificationGrid />
          </ReviewSession>
        </ScreenFrame>
      )}
    </RequireRole>
  );
}

type Outcome = 'agreed' | 'confirmed' | 'disputed';

function VerificationGrid() {
  const t = useT();
  const { report, refused } = useReviewSession();
  const [round, setRound] = useState(0);
  const queue = useVerificationQueue(round, true);
  const settings = useReviewSettings();
  const verify = useVerify();
  const [decided, setDecided] = useState<ReadonlyMap<string, ReviewVerdict>>(new Map());
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Outcome>>(new Map());

  useEffect(() => {
    if (queue.data !== undefined) report(queue.data.exposure);
    if (queue.error !== null) refused(queue.error);
  }, [queue.data, queue.error, report, refused]);

  const entries: GridEntry[] = (queue.data?.items ?? []).map((item: VerificationItem) => ({
    key: item.itemId,
    sha256: item.sha256,
    kind: item.kind,
    members: item.members,
    details: <VerifyOutcome outcome={outcomes.get(item.itemId)} needed={item.verificationsNeeded} />,
  }));

  async function onVerdict(entry: GridEntry, body: VerdictBody) {
    const answer = await verify.mutateAsync({ itemId: entry.key, body });
    setDecided((map) => new Map([...map, [entry.key, body.verdict]]));
    setOutcomes((map) => new Map([...map, [entry.key, answer.outcome]]));
    return true;
  }

  if (queue.isPending) return <p role="status">{t('app.loading')}</p>;
  if (queue.isError) return <p role="alert">{describeError(queue.error, t)}</p>;
  const done = entries.every((e) => decided.has(e.key));
  return (
    <>
      <h2>{t('verification.gridTitle')}</h2>
      <p role="status" className="hint">
        {entries.length === 0
          ? t('verification.empty')
          : t('review.progress', { count: entries.length, seq: decided.size })}
      </p>
      {entries.length > 0 && (
        <MediaGrid
          label={t('verification.gridTitle')}
          entries={entries}
          decided={decided}
          onVerdict={onVerdict}
          hoverPeek={settings.data?.settings.hoverPeek ?? false}
        />
      )}
      {done && (
        <Button
          className="button button-primary"
          onPress={() => {
            setDecided(new Map());
            setOutcomes(new Map());
            setRound((r) => r + 1);
          }}
        >
          {t('verification.refresh')}
        </Button>
      )}
    </>
  );
}

function VerifyOutcome({ outcome, needed }: { outcome: Outcome | undefined; needed: number }) {
  const t = useT();
  if (outcome === undefined) return <p className="hint">{t('verification.needed', { count: needed })}</p>;
  return <p className="tile-outcome">{t(`verification.outcome.${outcome}`)}</p>;
}
