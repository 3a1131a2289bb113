import { Navigate, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import type { Session } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Field } from '../components/field.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { describeProblem, hasCode, type Problem } from '../error-message.ts';
import { normaliseTotpCode } from '../format.ts';
import { useT } from '../i18n/locale.tsx';
import { useApi, useSession, useSetSession } from '../session.ts';

type Step = 'password' | 'totp';
type FieldErrors = { email?: Problem; password?: Problem; code?: Problem };

export function LoginScreen() {
  const session = useSession();
  const t = useT();
  if (session.data) return <Navigate to="/" replace />;
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  return <LoginForm />;
}

function LoginForm() {
  const t = useT();
  const api = useApi();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as the error itself, so a language switch re-words it.
  const [formError, setFormError] = useState<Problem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'totp') codeRef.current?.focus();
  }, [step]);

  function signedIn(session: Session): void {
    setSession(session);
    void navigate({ to: '/' });
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const totpCode = step === 'totp' ? normaliseTotpCode(code) : null;
    const errors: FieldErrors = {
      ...(email.trim() === '' ? { email: { id: 'login.emailRequired' } } : {}),
      ...(password === '' ? { password: { id: 'login.passwordRequired' } } : {}),
      ...(step === 'totp' && totpCode === null ? { code: { id: 'login.totpFormat' } } : {}),
    };
    setFieldErrors(errors);
    if (errors.email !== undefined) return emailRef.current?.focus();
    if (errors.password !== undefined) return passwordRef.current?.focus();
    if (errors.code !== undefined) return codeRef.current?.focus();

    setBusy(true);
    try {
      signedIn(await api.login({ email: email.trim(), password, ...(totpCode === null ? {} : { totpCode }) }));
    } catch (error) {
      if (hasCode(error, 'AUTH_TOTP_REQUIRED')) {
        setStep('totp');
      } else if (step === 'totp' && hasCode(error, 'AUTH_TOTP_INVALID')) {
        setCode('');
        setFieldErrors({ code: { error } });
        codeRef.current?.focus();
      } else {
        if (hasCode(error, 'AUTH_INVALID_CREDENTIALS')) {
          setPassword('');
          setStep('password');
        }
        setFormError({ error });
      }
    } finally {
      setBusy(false);
    }
  }

  function restart(): void {
    setStep('password');
    setPassword('');
    setCode('');
    setFieldErrors({});
    setFormError(null);
  }

  return (
    <section className="panel panel-narrow">
      <PageHeading title={t('login.title')} />
      <ErrorSummary problem={formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        {step === 'password' ? (
          <>
            <p className="intro">{t('login.intro')}</p>
            <Field
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={describeProblem(fieldErrors.email, t)}
              inputRef={emailRef}
              isRequired
            />
            <Field
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={describeProblem(fieldErrors.password, t)}
              inputRef={passwordRef}
              isRequired
            />
          </>
        ) : (
          <>
            <h2>{t('login.totpTitle')}</h2>
            <p className="intro">{t('login.totpIntro')}</p>
            <Field
              label={t('login.totpLabel')}
              hint={t('login.totpHint')}
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
          </>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('login.signingIn') : step === 'password' ? t('login.continue') : t('login.signIn')}
          </button>
          {step === 'totp' && (
            <Button className="button button-secondary" onPress={restart}>
              {t('login.otherAccount')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
