import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import type { Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { describeError } from '../../error-message.ts';
import { useChangeRetention, useRetentionSettings, type RetentionAnswer } from './settings.queries.ts';

/**
 * How long reporters' contact details and addresses are kept: the value now, the environment's
 * (VIGIE_INTAKE_RETENTION_DAYS), and for administrators a change or a reset.
 */
export function RetentionItem({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const retention = useRetentionSettings();
  const [status, setStatus] = useState<MessageId | null>(null);
  const answer = retention.data;
  const changed = answer?.changed.includes('intakeRetentionDays') ?? false;
  const days = (value: number) =>
    value === 0 ? t('settings.retention.forever') : t('settings.retention.days', { count: value });
  return (
    <section aria-labelledby="setting-retention" className="inline-form">
      <h3 id="setting-retention">
        {t('settings.retentionTitle')}{' '}
        <span className={changed ? 'tag tag-active' : 'tag'}>
          {changed ? t('settings.changedHere') : t('settings.fromEnvironment')}
        </span>
      </h3>
      <p className="hint">
        {t('settings.retentionText')} <code>VIGIE_INTAKE_RETENTION_DAYS</code>
      </p>
      {retention.isError && <p role="alert">{describeError(retention.error, t)}</p>}
      {answer !== undefined && (
        <>
          <dl className="facts">
            <dt>{t('settings.now')}</dt>
            <dd>{days(answer.settings.intakeRetentionDays)}</dd>
            <dt>{t('settings.default')}</dt>
            <dd>{days(answer.defaults.intakeRetentionDays)}</dd>
          </dl>
          {canEdit && <RetentionForm key={answer.settings.intakeRetentionDays} answer={answer} onDone={setStatus} />}
        </>
      )}
      <p role="status" className="hint">
        {status === null ? '' : t(status)}
      </p>
    </section>
  );
}

function RetentionForm({ answer, onDone }: { answer: RetentionAnswer; onDone: (status: MessageId | null) => void }) {
  const t = useT();
  const change = useChangeRetention();
  const [text, setText] = useState(String(answer.settings.intakeRetentionDays));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  function send(body: Parameters<typeof change.mutate>[0], done: MessageId): void {
    onDone(null);
    change.mutate(body, { onSuccess: () => onDone(done), onError: (error) => setProblem({ error }) });
  }
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (change.isPending) return;
    const value = text.trim();
    if (!/^\d+$/.test(value) || Number(value) > 36500) {
      setFieldError(t('settings.retention.invalid'));
      return setProblem({ id: 'settings.checkField', values: { name: t('settings.retentionTitle') } });
    }
    setFieldError(null);
    setProblem(null);
    send({ intakeRetentionDays: Number(value) }, 'settings.retention.saved');
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.changeOf', { name: t('settings.retentionTitle') })}>
      <ErrorSummary problem={problem} />
      <Field
        label={t('settings.retention.field')}
        hint={t('settings.retention.hint')}
        value={text}
        onChange={setText}
        error={fieldError}
      />
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={change.isPending}>
          {t('settings.save')}
        </button>
        {answer.changed.includes('intakeRetentionDays') && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={change.isPending}
            onClick={() => change.isPending || send({ reset: ['intakeRetentionDays'] }, 'settings.wasReset')}
          >
            {t('settings.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
