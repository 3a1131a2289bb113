import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { DecisionDialog, type DecisionKind } from './case-decision-dialog.tsx';
import { caseSupervisors, caseWorkers } from './case-labels.tsx';
import { claimAction } from './cases-screen.tsx';
import { useClaim, type CasePage } from './cases.queries.ts';

const buttons: Array<{
  kind: DecisionKind;
  label: 'case.classify' | 'case.forward' | 'case.notice' | 'case.blocklist' | 'case.reply' | 'case.close';
}> = [
  { kind: 'classify', label: 'case.classify' },
  { kind: 'forward', label: 'case.forward' },
  { kind: 'notice', label: 'case.notice' },
  { kind: 'blocklist', label: 'case.blocklist' },
  { kind: 'reply', label: 'case.reply' },
  { kind: 'close', label: 'case.close' },
];

/** Claim or release, then the decisions; each one's outcome is the server's answer, said in a status line. */
export function CaseActions({ page, role }: { page: CasePage; role: Role }) {
  const t = useT();
  const formatTime = useFormatTime();
  const claim = useClaim();
  const [open, setOpen] = useState<DecisionKind | 'reopen' | null>(null);
  const [status, setStatus] = useState<Problem | null>(null);
  const summary = page.case;
  const action = claimAction(summary, role);
  const canWork = (caseWorkers as readonly Role[]).includes(role);
  const supervising = (caseSupervisors as readonly Role[]).includes(role);
  const mine = summary.claim?.isMine === true;
  const claimProblem = claim.error === null ? null : { error: claim.error };
  const onDecided = (next: Problem) => {
    setOpen(null);
    setStatus(next);
  };

  return (
    <section aria-labelledby="actions-title" className="case-actions">
      <h2 id="actions-title">{t('case.actionsTitle')}</h2>
      <ErrorSummary problem={claimProblem} />
      {!canWork && <p className="hint">{t('case.readOnly')}</p>}
      {canWork && summary.state !== 'closed' && (
        <p className="hint">
          {mine
            ? t('case.heldByYou', { time: formatTime(summary.claim!.expiresAt) })
            : summary.claim !== null
              ? t('case.claimedByOther', { email: summary.claim.email, time: formatTime(summary.claim.expiresAt) })
              : t('case.claimFirst')}
        </p>
      )}
      <p role="status" className="status-line">
        {describeProblem(status, t)}
      </p>
      <div className="actions actions-tight">
        {action !== null && (
          <Button
            className={action === 'claim' ? 'button button-primary' : 'button button-secondary'}
            isPending={claim.isPending}
            onPress={() =>
              claim.mutate(
                { reportId: summary.reportId, claim: action === 'claim' },
                {
                  onSuccess: (updated) =>
                    setStatus(
                      updated.claim === null
                        ? { id: 'cases.releasedStatus', values: { number: summary.reportNumber } }
                        : {
                            id: 'cases.claimedStatus',
                            values: { number: summary.reportNumber, time: formatTime(updated.claim.expiresAt) },
                          },
                    ),
                },
              )
            }
          >
            {t(action === 'claim' ? 'cases.claim' : 'cases.release')}
          </Button>
        )}
        {canWork &&
          summary.state !== 'closed' &&
          mine &&
          buttons
            .filter((b) => b.kind !== 'reply' || page.report.hasContact)
            .map((b) => (
              <Button
                key={b.kind}
                className={b.kind === 'close' ? 'button button-danger' : 'button button-secondary'}
                onPress={() => setOpen(b.kind)}
              >
                {t(b.label)}
              </Button>
            ))}
        {supervising && summary.state === 'closed' && (
          <Button className="button button-secondary" onPress={() => setOpen('reopen')}>
            {t('case.reopen')}
          </Button>
        )}
      </div>
      {open !== null && <DecisionDialog kind={open} page={page} onClose={() => setOpen(null)} onDone={onDecided} />}
    </section>
  );
}
