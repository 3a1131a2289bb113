import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiClient, Session } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { TextField } from '../components/text-field.tsx';
import { describeError, hasCode } from '../error-message.ts';
import { normaliseTotpCode } from '../format.ts';
import { messages as m } from '../messages.ts';

type Step = 'password' | 'totp';

export function LoginScreen({ api, onSignedIn }: { api: ApiClient; onSignedIn: (session: Session) => void }) {
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{
    email?: string;
    password?: string;
    code?: string;
  }>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'totp') codeRef.current?.focus();
  }, [step]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const totpCode = step === 'totp' ? normaliseTotpCode(code) : null;
    const errors = {
      ...(email.trim() === '' ? { email: m.emailRequired } : {}),
      ...(password === '' ? { password: m.passwordRequired } : {}),
      ...(step === 'totp' && totpCode === null ? { code: m.totpFormat } : {}),
    };
    setFieldErrors(errors);
    if (errors.email !== undefined) return emailRef.current?.focus();
    if (errors.password !== undefined) return passwordRef.current?.focus();
    if (errors.code !== undefined) return codeRef.current?.focus();

    setBusy(true);
    try {
      const input = { email: email.trim(), password, ...(totpCode === null ? {} : { totpCode }) };
      onSignedIn(await api.login(input));
    } catch (error) {
      if (hasCode(error, 'AUTH_TOTP_REQUIRED')) {
        setStep('totp');
      } else if (step === 'totp' && hasCode(error, 'AUTH_TOTP_INVALID')) {
        setCode('');
        setFieldErrors({ code: describeError(error, m) });
        codeRef.current?.focus();
      } else {
        if (hasCode(error, 'AUTH_INVALID_CREDENTIALS')) {
          setPassword('');
          setStep('password');
        }
        setFormError(describeError(error, m));
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
      <PageHeading title={m.loginTitle} />
      <ErrorSummary message={formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        {step === 'password' ? (
          <>
            <p className="intro">{m.loginIntro}</p>
            <TextField
              label={m.emailLabel}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onValueChange={setEmail}
              error={fieldErrors.email ?? null}
              inputRef={emailRef}
              required
            />
            <TextField
              label={m.passwordLabel}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onValueChange={setPassword}
              error={fieldErrors.password ?? null}
              inputRef={passwordRef}
              required
            />
          </>
        ) : (
          <>
            <h2>{m.totpTitle}</h2>
            <p className="intro">{m.totpIntro}</p>
            <TextField
              label={m.totpLabel}
              hint={m.totpHint}
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
          </>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? m.signingIn : step === 'password' ? m.continueButton : m.signInButton}
          </button>
          {step === 'totp' && (
            <button type="button" className="button button-secondary" onClick={restart}>
              {m.backToPassword}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
