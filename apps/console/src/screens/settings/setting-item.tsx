import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import type { Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { LocalTextField, localDraftOf, localValueOf, type LocalDraft } from './local-text-field.tsx';
import {
  describeHelpLine,
  formatHelpLines,
  formatLocal,
  formatRegions,
  parseHelpLines,
  parseRegions,
} from './setting-values.ts';
import { useChangeTipline, type SettingKey, type TiplineAnswer, type TiplineSettings } from './settings.queries.ts';

type Draft = { text: string; local: LocalDraft };
type Kind = 'text' | 'local' | 'regions' | 'helpLines';
const kinds: Record<SettingKey, Kind> = {
  name: 'local',
  phone: 'text',
  privacyUrl: 'text',
  emergencyNumber: 'text',
  regionLabel: 'local',
  regions: 'regions',
  helpLines: 'helpLines',
  exitUrl: 'text',
};

function draftOf(key: SettingKey, value: TiplineSettings[SettingKey]): Draft {
  const kind = kinds[key];
  const text =
    kind === 'regions'
      ? formatRegions(value as TiplineSettings['regions'])
      : kind === 'helpLines'
        ? formatHelpLines(value as TiplineSettings['helpLines'])
        : typeof value === 'string'
          ? value
          : '';
  return { text, local: localDraftOf(kind === 'local' ? (value as TiplineSettings['name']) : null) };
}

/** The value to send, or what is wrong with the draft in the console's own words. */
function valueOf(key: SettingKey, draft: Draft): { value: unknown } | { problem: Problem } {
  const kind = kinds[key];
  if (kind === 'local') {
    const value = localValueOf(draft.local);
    return value === null ? { problem: { id: 'settings.textMissing' } } : { value };
  }
  if (kind === 'regions') {
    const parsed = parseRegions(draft.text);
    return 'badLine' in parsed
      ? { problem: { id: 'settings.regions.badLine', values: { number: parsed.badLine } } }
      : { value: parsed.regions };
  }
  if (kind === 'helpLines') {
    const lines = parseHelpLines(draft.text);
    return lines === null ? { problem: { id: 'settings.helpLines.notJson' } } : { value: lines };
  }
  return draft.text.trim() === '' ? { problem: { id: 'settings.valueMissing' } } : { value: draft.text.trim() };
}

/** The setting's value as read: text, a count and list, or "not set". */
export function SettingValue({ name, value }: { name: SettingKey; value: TiplineSettings[SettingKey] }) {
  const t = useT();
  if (value === null || value === '') return <>{t('settings.notSet')}</>;
  if (name === 'regions') {
    const regions = value as TiplineSettings['regions'];
    return (
      <>
        {t('settings.regions.count', { count: regions.length })}:{' '}
        {regions.map((r) => `${r.code} (${formatLocal(r.name)})`).join(', ')}
      </>
    );
  }
  if (name === 'helpLines') {
    const lines = value as TiplineSettings['helpLines'];
    if (lines.length === 0) return <>{t('settings.helpLines.none')}</>;
    return (
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{describeHelpLine(line)}</li>
        ))}
      </ul>
    );
  }
  return <>{formatLocal(value as TiplineSettings['name'])}</>;
}

/** One setting: its value now and the environment's default; for administrators, a change or a reset. */
export function SettingItem({ name, answer, canEdit }: { name: SettingKey; answer: TiplineAnswer; canEdit: boolean }) {
  const t = useT();
  const changed = answer.changed.includes(name);
  const [status, setStatus] = useState<MessageId | null>(null);
  const label = t(`settings.key.${name}`);
  return (
    <section aria-labelledby={`setting-${name}`} className="inline-form">
      <h3 id={`setting-${name}`}>
        {label}{' '}
        <span className={changed ? 'tag tag-active' : 'tag'}>
          {changed ? t('settings.changedHere') : t('settings.fromEnvironment')}
        </span>
      </h3>
      <p className="hint">{t(`settings.about.${name}`)}</p>
      <dl className="facts">
        <dt>{t('settings.now')}</dt>
        <dd>
          <SettingValue name={name} value={answer.settings[name]} />
        </dd>
        <dt>{t('settings.default')}</dt>
        <dd>
          <SettingValue name={name} value={answer.defaults[name]} />
        </dd>
      </dl>
      {canEdit && (
        <SettingForm
          key={JSON.stringify(answer.settings[name])}
          name={name}
          label={label}
          answer={answer}
          onDone={setStatus}
        />
      )}
      <p role="status" className="hint">
        {status === null ? '' : t(status)}
      </p>
    </section>
  );
}

function SettingForm(props: {
  name: SettingKey;
  label: string;
  answer: TiplineAnswer;
  onDone: (status: MessageId | null) => void;
}) {
  const { name, label, answer, onDone } = props;
  const t = useT();
  const change = useChangeTipline();
  const [draft, setDraft] = useState(() => draftOf(name, answer.settings[name]));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [refused, setRefused] = useState(false);
  const [own, setOwn] = useState<Problem | null>(null);
  const kind = kinds[name];
  const fieldError = useMemo(() => {
    if (own !== null) return 'id' in own ? t(own.id, own.values) : null;
    return refused ? t('settings.refused', { reason: t(`settings.invalid.${name}`) }) : null;
  }, [own, refused, name, t]);

  function send(body: Parameters<typeof change.mutate>[0], done: MessageId): void {
    onDone(null);
    change.mutate(body, {
      onSuccess: () => onDone(done),
      onError: (error) => {
        setRefused(error instanceof ApiError && error.fields.some((f) => f.path.split('/')[1] === name));
        setProblem({ error });
      },
    });
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (change.isPending) return;
    setRefused(false);
    const outcome = valueOf(name, draft);
    if ('problem' in outcome) {
      setOwn(outcome.problem);
      return setProblem({ id: 'settings.checkField', values: { name: label } });
    }
    setOwn(null);
    setProblem(null);
    send({ [name]: outcome.value }, 'settings.saved');
  }

  const text = (value: string) => setDraft((d) => ({ ...d, text: value }));
  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.changeOf', { name: label })}>
      <ErrorSummary problem={problem} />
      {kind === 'local' && (
        <LocalTextField
          label={t('settings.newValue')}
          value={draft.local}
          onChange={(local) => setDraft((d) => ({ ...d, local }))}
          error={fieldError}
        />
      )}
      {kind === 'text' && (
        <Field
          label={t('settings.newValueOf', { name: label })}
          value={draft.text}
          onChange={text}
          error={fieldError}
        />
      )}
      {kind === 'regions' && (
        <TextAreaField
          label={t('settings.newValueOf', { name: label })}
          hint={t('settings.regions.hint')}
          value={draft.text}
          onChange={text}
          error={fieldError}
        />
      )}
      {kind === 'helpLines' && (
        <TextAreaField
          label={t('settings.newValueOf', { name: label })}
          hint={t('settings.helpLines.hint')}
          value={draft.text}
          onChange={text}
          error={fieldError}
        />
      )}
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={change.isPending}>
          {t('settings.save')}
        </button>
        {answer.changed.includes(name) && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={change.isPending}
            onClick={() => change.isPending || send({ reset: [name] }, 'settings.wasReset')}
          >
            {t('settings.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
