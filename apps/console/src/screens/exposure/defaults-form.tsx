import { useState, type FormEvent } from 'react';
import { CheckboxField } from '../../components/checkbox-list.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, type Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { useChangeDefaults, useInstallationDefaults, type ReviewDefaults } from './exposure.queries.ts';

const flags = ['blur', 'greyscale', 'hoverPeek'] as const;

/**
 * What every analyst starts from (their own choices stay theirs): set here by supervisors and
 * administrators, else the environment's (VIGIE_REVIEW_*); the policy below still bounds them.
 */
export function DefaultsSection() {
  const t = useT();
  const answer = useInstallationDefaults();
  // Kept here: the form starts again from each answer (its key), its status line must not.
  const [status, setStatus] = useState<MessageId | null>(null);
  return (
    <section aria-labelledby="defaults-title">
      <h3 id="defaults-title">
        {t('exposure.defaults.title')}{' '}
        {answer.data !== undefined && (
          <span className={answer.data.changed ? 'tag tag-active' : 'tag'}>
            {answer.data.changed ? t('exposure.defaults.changedHere') : t('exposure.defaults.fromEnvironment')}
          </span>
        )}
      </h3>
      <p className="hint">{t('exposure.defaults.intro')}</p>
      {answer.isError && <p role="alert">{describeError(answer.error, t)}</p>}
      {answer.data !== undefined && (
        <DefaultsForm
          key={JSON.stringify(answer.data.defaults)}
          defaults={answer.data.defaults}
          changed={answer.data.changed}
          onDone={setStatus}
        />
      )}
      <p role="status" className="hint">
        {status === null ? '' : t(status)}
      </p>
    </section>
  );
}

function DefaultsForm(props: {
  defaults: ReviewDefaults;
  changed: boolean;
  onDone: (status: MessageId | null) => void;
}) {
  const { defaults, changed, onDone } = props;
  const t = useT();
  const change = useChangeDefaults();
  const [draft, setDraft] = useState(defaults);
  const [problem, setProblem] = useState<Problem | null>(null);

  function send(body: ReviewDefaults | null, done: MessageId): void {
    if (change.isPending) return;
    setProblem(null);
    onDone(null);
    change.mutate(body, { onSuccess: () => onDone(done), onError: (error) => setProblem({ error }) });
  }
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    send(draft, 'exposure.defaults.saved');
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={t('exposure.defaults.formTitle')}>
      <ErrorSummary problem={problem} />
      {flags.map((flag) => (
        <CheckboxField
          key={flag}
          label={t(`exposure.defaults.${flag}`)}
          value={draft[flag]}
          onChange={(value) => setDraft((d) => ({ ...d, [flag]: value }))}
        />
      ))}
      <SelectField<ReviewDefaults['videoMode']>
        label={t('exposure.defaults.videoMode')}
        options={[
          { id: 'stills', label: t('exposure.videoMode.stills') },
          { id: 'poster', label: t('exposure.videoMode.poster') },
        ]}
        value={draft.videoMode}
        onChange={(videoMode) => setDraft((d) => ({ ...d, videoMode }))}
      />
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={change.isPending}>
          {t('exposure.defaults.save')}
        </button>
        {changed && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={change.isPending}
            onClick={() => send(null, 'exposure.defaults.wasReset')}
          >
            {t('exposure.defaults.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
