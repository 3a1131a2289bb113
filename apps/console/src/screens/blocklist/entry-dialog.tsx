import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field } from '../../components/field.tsx';
import { describeError } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { useChangeEntry, useEntry, type BlocklistEntry } from './blocklist.queries.ts';

export type EntryAction = { kind: 'approve' | 'reject' | 'withdraw'; entry: BlocklistEntry };

const titles = {
  approve: 'blocklist.approveTitle',
  reject: 'blocklist.rejectTitle',
  withdraw: 'blocklist.withdrawTitle',
} as const satisfies Record<EntryAction['kind'], MessageId>;

/**
 * Approve (with the inclusion criteria as they stand), reject a nomination or withdraw a listed
 * entry (both with a reason). The server decides who may approve: the same analyst twice is
 * refused, and the refusal is shown here.
 */
export function EntryDialog({ action, onClose }: { action: EntryAction; onClose: () => void }) {
  const t = useT();
  const change = useChangeEntry();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { kind, entry } = action;
  const confirm = () => {
    if (change.isPending) return;
    if (kind !== 'approve' && reason.trim() === '') return setMissing(true);
    setMissing(false);
    change.mutate({ kind, id: entry.id, reason }, { onSuccess: onClose });
  };
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t(titles[kind])}
      confirmLabel={t(`blocklist.${kind}`)}
      danger={kind !== 'approve'}
      busy={change.isPending}
      onConfirm={confirm}
    >
      <p>
        <code>{entry.entry}</code>
      </p>
      <p>{t(`blocklist.${kind}Explain`)}</p>
      {kind === 'approve' && <Criteria id={entry.id} />}
      {change.error !== null && (
        <p className="field-error" role="alert">
          {describeError(change.error, t)}
        </p>
      )}
      {kind !== 'approve' && (
        <Field
          label={t('blocklist.reason')}
          hint={t('ops.reasonHint')}
          name="reason"
          value={reason}
          onChange={setReason}
          isRequired
          error={missing ? t('blocklist.reasonMissing') : null}
        />
      )}
    </ConfirmDialog>
  );
}

function Criteria({ id }: { id: string }) {
  const t = useT();
  const entry = useEntry(id);
  if (entry.isError) return <p role="alert">{describeError(entry.error, t)}</p>;
  if (entry.data === undefined) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <h3>{t('blocklist.criteria')}</h3>
      {entry.data.criteria.length === 0 ? (
        <p className="hint">{t('blocklist.noCriteria')}</p>
      ) : (
        <ul className="criteria">
          {entry.data.criteria.map((c) => (
            <li key={c.name}>
              {t(c.met ? 'blocklist.criterionMet' : 'blocklist.criterionNotMet', {
                name: t(`blocklist.criterion.${c.name}` as MessageId),
              })}
              <span className="hint" lang="en">
                {' '}
                · {c.detail}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('blocklist.approvalsSoFar', { count: entry.data.approvals })}</p>
    </>
  );
}
