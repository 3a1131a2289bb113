import { useEffect, useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT, type Translate } from '../../i18n/locale.tsx';
import { AcknowledgeDialog, OutcomeDialog, UndoDialog, type ReferralAction } from './referral-dialogs.tsx';
import {
  useAutoDecisions,
  useRecipients,
  useReferrals,
  type AutoDecision,
  type Recipient,
  type Referral,
} from './referrals.queries.ts';

/** The time now, every second: the undo windows count down on screen. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "12:04" minutes and seconds left (never below zero). */
export function formatLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function describeChannel(recipient: Recipient | undefined, t: Translate): string {
  return recipient === undefined ? '—' : t(`referrals.channel.${recipient.channel}`);
}

export function ReferralsPanel() {
  const t = useT();
  const referrals = useReferrals();
  const recipients = useRecipients();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const byId = new Map((recipients.data ?? []).map((r) => [r.id, r]));
  const held = (referrals.data ?? []).filter((r) => r.state === 'held');
  return (
    <>
      <h2>{t('referrals.heldTitle')}</h2>
      <p className="intro">{t('referrals.heldIntro')}</p>
      {referrals.data !== undefined && <HeldTable held={held} onAction={setAction} />}
      <h2>{t('referrals.listTitle')}</h2>
      {referrals.isPending && <p role="status">{t('app.loading')}</p>}
      {(referrals.isError || recipients.isError) && (
        <p role="alert">{describeError(referrals.error ?? recipients.error, t)}</p>
      )}
      {referrals.data !== undefined && (
        <Table aria-label={t('referrals.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('referrals.reference')}</Column>
            <Column>{t('referrals.recipient')}</Column>
            <Column>{t('referrals.channel')}</Column>
            <Column>{t('referrals.origin')}</Column>
            <Column>{t('referrals.state')}</Column>
            <Column>{t('referrals.outcome')}</Column>
            <Column>{t('referrals.actions')}</Column>
          </TableHeader>
          <TableBody items={referrals.data} renderEmptyState={() => t('referrals.none')}>
            {(referral) => (
              <Row id={referral.id}>
                <ReferralCells referral={referral} recipient={byId.get(referral.recipient.id)} onAction={setAction} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <DecisionsSection />
      {action?.kind === 'undo' && <UndoDialog referral={action.referral} onClose={() => setAction(null)} />}
      {action?.kind === 'acknowledge' && (
        <AcknowledgeDialog referral={action.referral} onClose={() => setAction(null)} />
      )}
      {action?.kind === 'outcome' && <OutcomeDialog referral={action.referral} onClose={() => setAction(null)} />}
    </>
  );
}

function HeldTable({ held, onAction }: { held: Referral[]; onAction: (a: ReferralAction) => void }) {
  const t = useT();
  return (
    <Table aria-label={t('referrals.heldTitle')} className="table">
      <TableHeader>
        <Column isRowHeader>{t('referrals.reference')}</Column>
        <Column>{t('referrals.recipient')}</Column>
        <Column>{t('referrals.deadline')}</Column>
        <Column>{t('referrals.timeLeft')}</Column>
        <Column>{t('referrals.actions')}</Column>
      </TableHeader>
      <TableBody items={held} renderEmptyState={() => t('referrals.noneHeld')}>
        {(referral) => (
          <Row id={referral.id}>
            <HeldCells referral={referral} onAction={onAction} />
          </Row>
        )}
      </TableBody>
    </Table>
  );
}

function HeldCells({ referral, onAction }: { referral: Referral; onAction: (a: ReferralAction) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const now = useNow();
  const left = new Date(referral.releaseAt).getTime() - now;
  return (
    <>
      <Cell>{referral.reference}</Cell>
      <Cell>{referral.recipient.name}</Cell>
      <Cell>
        <time dateTime={referral.releaseAt}>{formatTime(referral.releaseAt)}</time>
      </Cell>
      <Cell>
        <span className="countdown">
          {left > 0 ? t('referrals.leftOf', { left: formatLeft(left) }) : t('referrals.leaving')}
        </span>
      </Cell>
      <Cell>
        <Button
          className="button button-danger button-small"
          aria-label={t('referrals.undoFor', { reference: referral.reference })}
          onPress={() => onAction({ kind: 'undo', referral })}
        >
          {t('referrals.undo')}
        </Button>
      </Cell>
    </>
  );
}

function ReferralCells(props: {
  referral: Referral;
  recipient: Recipient | undefined;
  onAction: (a: ReferralAction) => void;
}) {
  const { referral, onAction } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const delivered = referral.state === 'sent' || referral.state === 'acknowledged';
  const when = referral.acknowledgedAt ?? referral.sentAt;
  return (
    <>
      <Cell>{referral.reference}</Cell>
      <Cell>
        {referral.recipient.name}
        <span className="hint"> · {t(`referrals.kind.${referral.recipient.kind}`)}</span>
      </Cell>
      <Cell>{describeChannel(props.recipient, t)}</Cell>
      <Cell>{t(`referrals.origin.${referral.origin}`)}</Cell>
      <Cell>
        <span className={`tag tag-referral-${referral.state}`}>{t(`referrals.state.${referral.state}`)}</span>
        {when !== null && (
          <span className="hint">
            {' '}
            · <time dateTime={when}>{formatTime(when)}</time>
          </span>
        )}
      </Cell>
      <Cell>{referral.outcome === null ? '—' : t(`referrals.outcome.${referral.outcome}`)}</Cell>
      <Cell>
        <div className="row-actions">
          {referral.state === 'sent' && (
            <Button
              className="button button-secondary button-small"
              aria-label={t('referrals.acknowledgeFor', { reference: referral.reference })}
              onPress={() => onAction({ kind: 'acknowledge', referral })}
            >
              {t('referrals.acknowledge')}
            </Button>
          )}
          {delivered && (
            <Button
              className="button button-primary button-small"
              aria-label={t('referrals.outcomeFor', { reference: referral.reference })}
              onPress={() => onAction({ kind: 'outcome', referral })}
            >
              {t('referrals.recordOutcome')}
            </Button>
          )}
        </div>
      </Cell>
    </>
  );
}

function DecisionsSection() {
  const t = useT();
  const decisions = useAutoDecisions();
  return (
    <>
      <h2>{t('referrals.decisionsTitle')}</h2>
      <p className="intro">{t('referrals.decisionsIntro')}</p>
      {decisions.isError && <p role="alert">{describeError(decisions.error, t)}</p>}
      {decisions.data !== undefined && (
        <Table aria-label={t('referrals.decisionsTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('referrals.report')}</Column>
            <Column>{t('referrals.decision')}</Column>
            <Column>{t('referrals.decidedAt')}</Column>
            <Column>{t('referrals.referralCount')}</Column>
            <Column>{t('referrals.why')}</Column>
          </TableHeader>
          <TableBody items={decisions.data} renderEmptyState={() => t('referrals.noDecisions')}>
            {(decision) => (
              <Row id={decision.reportId}>
                <DecisionCells decision={decision} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function DecisionCells({ decision }: { decision: AutoDecision }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>
        <code>{decision.reportId.slice(0, 8)}</code>
      </Cell>
      <Cell>{t(`referrals.decision.${decision.outcome}`)}</Cell>
      <Cell>
        <time dateTime={decision.decidedAt}>{formatTime(decision.decidedAt)}</time>
      </Cell>
      <Cell>{decision.referralIds.length}</Cell>
      <Cell>
        <span lang="en">{decision.reason}</span>
      </Cell>
    </>
  );
}
