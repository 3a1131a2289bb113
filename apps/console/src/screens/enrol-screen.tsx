import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiClient, EnrolmentStart, Session } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SecretKey } from '../components/secret-key.tsx';
import { QrCodeSvg } from '../components/qr-code-svg.tsx';
import { TextField } from '../components/text-field.tsx';
import { describeError, hasCode } from '../error-message.ts';
import { normaliseTotpCode } from '../format.ts';
import { messages as m } from '../messages.ts';

const MIN_PASSWORD_LENGTH = 12;

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string; canRetry: boolean }
  | { status: 'ready'; enrolment: EnrolmentStart };

interface Props {
  api: ApiClient;
  token: string | null;
  onSignedIn: (session: Session) => void;
}

export function EnrolScreen({ api, token, onSignedIn }: Props) {
  const [load, setLoad] = useState<Load>(
    token === null ? { status: 'failed', message: m.enrolMissingToken, canRetry: false } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (token === null) return;
    let isCurrent = true;
    setLoad({ status: 'loading' });
    api.startEnrolment(token).then(
      (enrolment) => isCurrent && setLoad({ status: 'ready', enrolment }),
      (error: unknown) =>
        isCurrent &&
        setLoad({
          status: 'failed',
          message: describeError(error, m),
          canRetry: !hasCode(error, 'AUTH_ENROLMENT_NOT_FOUND'),
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, token, attempt]);

  return (
    <section className="panel panel-medium">
      <PageHeading title={m.enrolTitle} />
      {load.status === 'loading' && <p role="status">{m.enrolChecking}</p>}
      {load.status === 'failed' && (
        <>
          <div className="error-summary" role="alert">
            <p>{load.message}</p>
          </div>
          {load.canRetry && (
            <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
              {m.tryAgain}
            </button>
          )}
        </>
      )}
      {load.status === 'ready' && token !== null && (
        <EnrolForm
          api={api}
          token={token}
          enrolment={load.enrolment}
          onSignedIn={onSignedIn}
          onLinkInvalid={(message) => setLoad({ status: 'failed', message, canRetry: false })}
        />
      )}
    </section>
  );
}

interface FormProps {
  api: ApiClient;
  token: string;
  enrolment: EnrolmentStart;
  onSignedIn: (session: Session) => void;
  onLinkInvalid: (message: string) => void;
}

interface FieldErrors {
  password?: string;
  confirm?: string;
  code?: string;
}

function EnrolForm({ api, token, enrolment, onSignedIn, onLinkInvalid }: FormProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function validate(totpCode: string | null): FieldErrors {
    const errors: FieldErrors = {};
    // Counted in code points, as a person counts characters.
    if ([...password].length < MIN_PASSWORD_LENGTH) errors.password = m.passwordTooShort;
    else if (confirm !== password) errors.confirm = m.passwordMismatch;
    if (totpCode === null) errors.code = m.totpFormat;
    return errors;
  }

  function focusFirst(errors: FieldErrors): void {
    if (errors.password !== undefined) passwordRef.current?.focus();
    else if (errors.confirm !== undefined) confirmRef.current?.focus();
    else if (errors.code !== undefined) codeRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const totpCode = normaliseTotpCode(code);
    const errors = validate(totpCode);
    setFieldErrors(errors);
    if (totpCode === null || Object.keys(errors).length > 0) return focusFirst(errors);

    setBusy(true);
    try {
      onSignedIn(await api.completeEnrolment({ token, password, totpCode }));
    } catch (error) {
      const message = describeError(error, m);
      if (hasCode(error, 'AUTH_ENROLMENT_NOT_FOUND')) return onLinkInvalid(message);
      const next: FieldErrors = hasCode(error, 'AUTH_PASSWORD_WEAK')
        ? { password: message }
        : hasCode(error, 'AUTH_TOTP_INVALID')
          ? { code: message }
          : {};
      if (next.code !== undefined) setCode('');
      setFieldErrors(next);
      if (Object.keys(next).length > 0) focusFirst(next);
      else setFormError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <dl className="account">
        <dt>{m.enrolAccountFor}</dt>
        <dd>{enrolment.email}</dd>
      </dl>
      <ErrorSummary message={formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{m.newPasswordTitle}</legend>
          {/* Lets password managers store the new password against the right account. */}
          <input type="email" name="username" autoComplete="username" value={enrolment.email} readOnly hidden />
          <TextField
            label={m.newPasswordLabel}
            hint={m.newPasswordHint}
            type="password"
            name="new-password"
            autoComplete="new-password"
            value={password}
            onValueChange={setPassword}
            error={fieldErrors.password ?? null}
            inputRef={passwordRef}
            required
          />
          <TextField
            label={m.confirmPasswordLabel}
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            value={confirm}
            onValueChange={setConfirm}
            error={fieldErrors.confirm ?? null}
            inputRef={confirmRef}
            required
          />
        </fieldset>
        <fieldset>
          <legend>{m.authenticatorTitle}</legend>
          <p className="intro">{m.authenticatorIntro}</p>
          <div className="authenticator">
            <QrCodeSvg text={enrolment.otpauthUrl} label={m.qrCodeLabel} />
            <SecretKey secret={enrolment.totpSecret} otpauthUrl={enrolment.otpauthUrl} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{m.confirmTitle}</legend>
          <TextField
            label={m.totpLabel}
            hint={m.confirmIntro}
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            spellCheck={false}
            value={code}
            onValueChange={setCode}
            error={fieldErrors.code ?? null}
            inputRef={codeRef}
            wide={false}
            required
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? m.finishing : m.finishButton}
          </button>
        </div>
      </form>
    </>
  );
}
