import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import type { EnrolmentStart } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Field } from '../components/field.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QrCodeSvg } from '../components/qr-code-svg.tsx';
import { SecretKey } from '../components/secret-key.tsx';
import { describeProblem, hasCode, type Problem } from '../error-message.ts';
import { normaliseTotpCode } from '../format.ts';
import { useT } from '../i18n/locale.tsx';
import { useApi, useSetSession } from '../session.ts';

const MIN_PASSWORD_LENGTH = 12;

export function EnrolScreen() {
  const { token } = useSearch({ from: '/enrol' });
  const t = useT();
  const api = useApi();
  const [linkProblem, setLinkProblem] = useState<Problem | null>(null);
  // The link is checked once: it must not be re-asked on focus (that would not change its answer).
  const enrolment = useQuery({
    queryKey: ['enrolment', token],
    queryFn: () => api.startEnrolment(token as string),
    enabled: token !== undefined,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const failure: Problem | null =
    token === undefined ? { id: 'enrol.missingToken' } : enrolment.isError ? { error: enrolment.error } : linkProblem;
  const canRetry = token !== undefined && enrolment.isError && !hasCode(enrolment.error, 'AUTH_ENROLMENT_NOT_FOUND');

  return (
    <section className="panel panel-medium">
      <PageHeading title={t('enrol.title')} />
      {failure === null && enrolment.isPending && <p role="status">{t('enrol.checking')}</p>}
      {failure !== null && (
        <>
          <div className="error-summary" role="alert">
            <p>{describeProblem(failure, t)}</p>
          </div>
          {canRetry && (
            <Button className="button button-secondary" onPress={() => void enrolment.refetch()}>
              {t('app.tryAgain')}
            </Button>
          )}
        </>
      )}
      {failure === null && enrolment.data !== undefined && token !== undefined && (
        <EnrolForm token={token} enrolment={enrolment.data} onLinkInvalid={setLinkProblem} />
      )}
    </section>
  );
}

type FieldErrors = { password?: Problem; confirm?: Problem; code?: Problem };

function EnrolForm(props: { token: string; enrolment: EnrolmentStart; onLinkInvalid: (problem: Problem) => void }) {
  const { token, enrolment, onLinkInvalid } = props;
  const t = useT();
  const api = useApi();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<Problem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const min = { min: MIN_PASSWORD_LENGTH };

  function validate(totpCode: string | null): FieldErrors {
    const errors: FieldErrors = {};
    // Counted in code points, as a person counts characters.
    if ([...password].length < MIN_PASSWORD_LENGTH) errors.password = { id: 'enrol.passwordTooShort', values: min };
    else if (confirm !== password) errors.confirm = { id: 'enrol.passwordMismatch' };
    if (totpCode === null) errors.code = { id: 'login.totpFormat' };
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
      setSession(await api.completeEnrolment({ token, password, totpCode }));
      void navigate({ to: '/' });
    } catch (error) {
      if (hasCode(error, 'AUTH_ENROLMENT_NOT_FOUND')) return onLinkInvalid({ error });
      const next: FieldErrors = hasCode(error, 'AUTH_PASSWORD_WEAK')
        ? { password: { error } }
        : hasCode(error, 'AUTH_TOTP_INVALID')
          ? { code: { error } }
          : {};
      if (next.code !== undefined) setCode('');
      setFieldErrors(next);
      if (Object.keys(next).length > 0) focusFirst(next);
      else setFormError({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <dl className="account">
        <dt>{t('enrol.account')}</dt>
        <dd>{enrolment.email}</dd>
      </dl>
      <ErrorSummary problem={formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{t('enrol.passwordTitle')}</legend>
          {/* Lets password managers store the new password against the right account. */}
          <input type="email" name="username" autoComplete="username" value={enrolment.email} readOnly hidden />
          <Field
            label={t('enrol.newPassword')}
            hint={t('enrol.newPasswordHint', min)}
            type="password"
            name="new-password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={describeProblem(fieldErrors.password, t)}
            inputRef={passwordRef}
            isRequired
          />
          <Field
            label={t('enrol.confirmPassword')}
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
            error={describeProblem(fieldErrors.confirm, t)}
            inputRef={confirmRef}
            isRequired
          />
        </fieldset>
        <fieldset>
          <legend>{t('enrol.authenticatorTitle')}</legend>
          <p className="intro">{t('enrol.authenticatorIntro')}</p>
          <div className="authenticator">
            <QrCodeSvg text={enrolment.otpauthUrl} label={t('enrol.qrCode')} />
            <SecretKey secret={enrolment.totpSecret} otpauthUrl={enrolment.otpauthUrl} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('enrol.confirmTitle')}</legend>
          <Field
            label={t('login.totpLabel')}
            hint={t('enrol.confirmIntro')}
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            onChange={setCode}
            error={describeProblem(fieldErrors.code, t)}
            inputRef={codeRef}
            wide={false}
            isRequired
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('enrol.finishing') : t('enrol.finish')}
          </button>
        </div>
      </form>
    </>
  );
}
