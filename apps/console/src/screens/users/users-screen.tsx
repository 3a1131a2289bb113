import { useRef, useState, type FormEvent } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { roles, type Role, type Session } from '../../api.ts';
import { ChangeHistory } from '../../components/change-history.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { OneTimeSecret } from '../../components/one-time-secret.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { useDisableUser, useInviteUser, useResetUser, useUserHistory, useUsers } from './users.queries.ts';

type User = { id: string; email: string; role: string; status: string; createdAt: string };
type Change = { kind: 'disable' | 'reset'; user: User };
type Link = { email: string; url: string };

export function UsersScreen() {
  return <RequireRole roles={['administrator']}>{(session) => <Users session={session} />}</RequireRole>;
}

function Users({ session }: { session: Session }) {
  const t = useT();
  const users = useUsers();
  const history = useUserHistory();
  const [link, setLink] = useState<Link | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  const emailOf = (id: string | null) => users.data?.find((u) => u.id === id)?.email ?? id ?? '';

  return (
    <ScreenFrame title={t('users.title')} intro={t('users.intro')}>
      <InviteForm onInvited={setLink} />
      {link !== null && (
        <OneTimeSecret label={t('users.linkFor', { email: link.email })} note={t('users.linkNote')} value={link.url} />
      )}
      <h2>{t('users.listTitle')}</h2>
      {users.isPending && <p role="status">{t('app.loading')}</p>}
      {users.isError && <p role="alert">{describeError(users.error, t)}</p>}
      {users.data !== undefined && (
        <Table aria-label={t('users.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('users.email')}</Column>
            <Column>{t('users.role')}</Column>
            <Column>{t('users.status')}</Column>
            <Column>{t('users.created')}</Column>
            <Column>{t('users.actions')}</Column>
          </TableHeader>
          <TableBody items={users.data}>
            {(user) => (
              <Row id={user.id}>
                <UserCells user={user} isSelf={user.id === session.user.id} onChange={setChange} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <h2>{t('users.historyTitle')}</h2>
      {history.isError && <p role="alert">{describeError(history.error, t)}</p>}
      {history.data !== undefined && (
        <ChangeHistory
          label={t('users.historyTitle')}
          events={history.data.events}
          subjectOf={(event) => emailOf(event.subjectId)}
        />
      )}
      {change !== null && (
        <ChangeUserDialog
          change={change}
          onClose={() => setChange(null)}
          onReset={(url) => setLink({ email: change.user.email, url })}
        />
      )}
    </ScreenFrame>
  );
}

function UserCells({ user, isSelf, onChange }: { user: User; isSelf: boolean; onChange: (c: Change) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>{user.email}</Cell>
      <Cell>{t(`role.${user.role}` as MessageId)}</Cell>
      <Cell>
        <span className={`tag tag-${user.status}`}>{t(`users.status.${user.status}` as MessageId)}</span>
      </Cell>
      <Cell>
        <time dateTime={user.createdAt}>{formatTime(user.createdAt)}</time>
      </Cell>
      <Cell>
        {isSelf ? (
          <span className="hint">{t('users.you')}</span>
        ) : (
          <div className="row-actions">
            <Button
              className="button button-secondary button-small"
              aria-label={t('users.resetFor', { email: user.email })}
              onPress={() => onChange({ kind: 'reset', user })}
            >
              {t('users.reset')}
            </Button>
            {user.status !== 'disabled' && (
              <Button
                className="button button-danger button-small"
                aria-label={t('users.disableFor', { email: user.email })}
                onPress={() => onChange({ kind: 'disable', user })}
              >
                {t('users.disable')}
              </Button>
            )}
          </div>
        )}
      </Cell>
    </>
  );
}

function InviteForm({ onInvited }: { onInvited: (link: Link) => void }) {
  const t = useT();
  const invite = useInviteUser();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [emailProblem, setEmailProblem] = useState<Problem | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const problem = invite.error === null ? null : { error: invite.error };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (invite.isPending) return;
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      setEmailProblem({ id: 'users.emailInvalid' });
      emailRef.current?.focus();
      return;
    }
    setEmailProblem(null);
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (created) => {
          onInvited({ email: created.user.email, url: created.enrolmentUrl });
          setEmail('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.inviteTitle')}</h2>
      <ErrorSummary problem={problem} />
      <div className="form-row">
        <Field
          label={t('users.email')}
          type="email"
          name="email"
          value={email}
          onChange={setEmail}
          error={describeProblem(emailProblem, t)}
          inputRef={emailRef}
          isRequired
        />
        <SelectField
          label={t('users.role')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ id: r, label: t(`role.${r}`) }))}
        />
      </div>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={invite.isPending}>
          {invite.isPending ? t('users.inviting') : t('users.invite')}
        </button>
      </div>
    </form>
  );
}

function ChangeUserDialog(props: { change: Change; onClose: () => void; onReset: (url: string) => void }) {
  const { change, onClose, onReset } = props;
  const t = useT();
  const disable = useDisableUser();
  const reset = useResetUser();
  const [reason, setReason] = useState('');
  const mutation = change.kind === 'disable' ? disable : reset;
  const email = { email: change.user.email };

  function confirm(): void {
    if (mutation.isPending) return;
    if (change.kind === 'disable') disable.mutate({ id: change.user.id, reason }, { onSuccess: onClose });
    else
      reset.mutate(
        { id: change.user.id, reason },
        {
          onSuccess: (answer) => {
            onReset(answer.enrolmentUrl);
            onClose();
          },
        },
      );
  }

  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={change.kind === 'disable' ? t('users.disableTitle', email) : t('users.resetTitle', email)}
      confirmLabel={change.kind === 'disable' ? t('users.disable') : t('users.reset')}
      danger={change.kind === 'disable'}
      busy={mutation.isPending}
      onConfirm={confirm}
    >
      <p>{change.kind === 'disable' ? t('users.disableExplain') : t('users.resetExplain')}</p>
      {mutation.error !== null && (
        <p className="field-error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      )}
      <Field label={t('ops.reason')} hint={t('ops.reasonHint')} name="reason" value={reason} onChange={setReason} />
    </ConfirmDialog>
  );
}
