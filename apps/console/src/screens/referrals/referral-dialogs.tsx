import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { outcomes, type Outcome } from './referral-names.ts';
import { useAcknowledge, useRecordOutcome, useUndoReferral, type Referral } from './referrals.queries.ts';

export type ReferralAction = { kind: 'undo' | 'acknowledge' | 'outcome'; referral: Referral };

function Refusal({ error }: { error: unknown }) {
  const t = useT();
  if (error === null) return null;
  return (
    <p className="field-error" role="alert">
      {describeError(error, t)}
    </p>
  );
}

/** Cancels an automatic referral before its window ends: nothing is rendered or sent. */
export function UndoDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const t = useT();
  const undo = useUndoReferral();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('referrals.undoTitle')}
      confirmLabel={t('referrals.undo')}
      danger
      busy={undo.isPending}
      onConfirm={() => undo.isPending || undo.mutate({ id: referral.id, reason }, { onSuccess: onClose })}
    >
      <p>{t('referrals.undoExplain', { reference: referral.reference, recipient: referral.recipient.name })}</p>
      <Refusal error={undo.error} />
      <Field label={t('ops.reason')} hint={t('ops.reasonHint')} name="reason" value={reason} onChange={setReason} />
    </ConfirmDialog>
  );
}

/** The recipient said it has the referral (with its own reference, if it gave one). */
export function AcknowledgeDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const t = useT();
  const acknowledge = useAcknowledge();
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('referrals.acknowledgeTitle')}
      confirmLabel={t('referrals.acknowledge')}
      busy={acknowledge.isPending}
      onConfirm={() =>
        acknowledge.isPending || acknowledge.mutate({ id: referral.id, reference, note }, { onSuccess: onClose })
      }
    >
      <p>{t('referrals.acknowledgeExplain', { reference: referral.reference, recipient: referral.recipient.name })}</p>
      <Refusal error={acknowledge.error} />
      <Field
        label={t('referrals.recipientReference')}
        hint={t('referrals.optional')}
        name="recipient-reference"
        value={reference}
        onChange={setReference}
      />
      <Field label={t('referrals.note')} hint={t('referrals.optional')} name="note" value={note} onChange={setNote} />
    </ConfirmDialog>
  );
}

/** What the recipient did with it, as it told the hotline (counted in the annual statistics). */
export function OutcomeDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const t = useT();
  const record = useRecordOutcome();
  const [outcome, setOutcome] = useState<Outcome>(referral.outcome ?? 'investigation_opened');
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('referrals.outcomeTitle')}
      confirmLabel={t('referrals.recordOutcome')}
      busy={record.isPending}
      onConfirm={() => record.isPending || record.mutate({ id: referral.id, outcome, note }, { onSuccess: onClose })}
    >
      <p>{t('referrals.outcomeExplain', { reference: referral.reference, recipient: referral.recipient.name })}</p>
      <Refusal error={record.error} />
      <SelectField
        label={t('referrals.outcome')}
        options={outcomes.map((id) => ({ id, label: t(`referrals.outcome.${id}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      <Field label={t('referrals.note')} hint={t('referrals.optional')} name="note" value={note} onChange={setNote} />
    </ConfirmDialog>
  );
}
