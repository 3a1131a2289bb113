import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field } from '../../components/field.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';

/**
 * A change to the bank asked for once more, with the reason the server requires (kept in the
 * entry's history and the audit trail). A refusal from the server stays in the dialog, said.
 */
export function ReasonDialog(props: {
  title: string;
  explain: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = () => {
    if (props.busy) return;
    if (reason.trim() === '') return setMissing(true);
    setMissing(false);
    props.onConfirm(reason);
  };
  return (
    <ConfirmDialog
      isOpen
      onClose={props.onClose}
      title={props.title}
      confirmLabel={props.confirmLabel}
      danger={props.danger}
      busy={props.busy}
      onConfirm={confirm}
    >
      <p>{props.explain}</p>
      {props.children}
      {props.error !== null && props.error !== undefined && (
        <p className="field-error" role="alert">
          {describeError(props.error, t)}
        </p>
      )}
      <Field
        label={t('banks.reason')}
        hint={t('ops.reasonHint')}
        name="reason"
        value={reason}
        onChange={setReason}
        isRequired
        error={missing ? t('banks.reasonMissing') : null}
      />
    </ConfirmDialog>
  );
}
