import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import type { Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { providerBatchings, providerChannels, type Batching, type Channel } from './provider-names.ts';
import { useSaveProvider, type Provider, type ProviderBody } from './providers.queries.ts';

const textKeys = [
  'name',
  'contacts',
  'webhookUrl',
  'webhookSecret',
  'language',
  'domains',
  'asns',
  'networks',
  'notes',
] as const;
type TextKey = (typeof textKeys)[number];
type Draft = { text: Record<TextKey, string>; channel: Channel; batching: Batching };
/** A refusal at a field: the console's own words, or the server's reason. */
type FieldProblem = { id: MessageId } | { reason: string };

function draftOf(p: Provider | null): Draft {
  return {
    text: {
      name: p?.name ?? '',
      contacts: p?.contacts.join('\n') ?? '',
      webhookUrl: p?.webhookUrl ?? '',
      webhookSecret: '',
      language: p?.language ?? '',
      domains: p?.domains.join('\n') ?? '',
      asns: p?.asns.join(', ') ?? '',
      networks: p?.networks.join('\n') ?? '',
      notes: p?.notes ?? '',
    },
    channel: p?.channel ?? 'email',
    batching: p?.batching ?? 'immediate',
  };
}

const list = (text: string) => text.split(/[\s,]+/).filter((part) => part !== '');

/** The request body; an empty secret is not sent (a change keeps the saved one). */
export function bodyOf(draft: Draft): ProviderBody {
  const { text } = draft;
  return {
    name: text.name.trim(),
    contacts: list(text.contacts),
    channel: draft.channel,
    webhookUrl: text.webhookUrl.trim() === '' ? null : text.webhookUrl.trim(),
    ...(text.webhookSecret.trim() === '' ? {} : { webhookSecret: text.webhookSecret.trim() }),
    language: text.language.trim() === '' ? null : text.language.trim(),
    batching: draft.batching,
    domains: list(text.domains),
    asns: list(text.asns).map(Number),
    networks: list(text.networks),
    notes: text.notes.trim(),
  };
}

/** The fields the server refused: its per-field details (`/contacts`, `/webhookUrl/…`) with its reasons. */
export function refusedFields(error: unknown): Partial<Record<TextKey, FieldProblem>> {
  const out: Partial<Record<TextKey, FieldProblem>> = {};
  if (!(error instanceof ApiError)) return out;
  for (const refusal of error.fields) {
    const key = refusal.path.split('/')[1] as TextKey;
    if (!textKeys.includes(key)) continue;
    const before = out[key];
    out[key] = { reason: before && 'reason' in before ? `${before.reason}; ${refusal.message}` : refusal.message };
  }
  if (error.code === 'HOSTING_PROVIDER_EXISTS') out.name = { id: 'providers.form.nameTaken' };
  return out;
}

/** A new provider, or the changes to one: its contacts, notice channel, language and what it hosts. */
export function ProviderForm({ provider, onDone }: { provider: Provider | null; onDone: () => void }) {
  const t = useT();
  const save = useSaveProvider();
  const [draft, setDraft] = useState(() => draftOf(provider));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fields, setFields] = useState<Partial<Record<TextKey, FieldProblem>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const errorOf = (key: TextKey) => {
    const found = fields[key];
    if (found === undefined) return null;
    return 'id' in found ? t(found.id) : t('providers.form.refused', { reason: found.reason });
  };
  const text = (key: TextKey, props: { hint?: string; area?: boolean } = {}) => {
    const onChange = (value: string) => setDraft((d) => ({ ...d, text: { ...d.text, [key]: value } }));
    const label = t(`providers.field.${key}`);
    return props.area === true ? (
      <TextAreaField label={label} hint={props.hint} value={draft.text[key]} onChange={onChange} error={errorOf(key)} />
    ) : (
      <Field
        label={label}
        hint={props.hint}
        name={key}
        value={draft.text[key]}
        onChange={onChange}
        error={errorOf(key)}
      />
    );
  };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (save.isPending) return;
    const own: Partial<Record<TextKey, FieldProblem>> = {};
    if (draft.text.name.trim() === '') own.name = { id: 'providers.form.nameMissing' };
    if (list(draft.text.asns).some((a) => !/^\d+$/.test(a))) own.asns = { id: 'providers.form.asnsInvalid' };
    setFields(own);
    setSaved(null);
    if (Object.keys(own).length > 0) return setProblem({ id: 'providers.form.checkFields' });
    setProblem(null);
    save.mutate(
      { id: provider?.id ?? null, body: bodyOf(draft) },
      {
        onSuccess: (result) => {
          setSaved(result.name);
          if (provider === null) setDraft(draftOf(null));
          else onDone();
        },
        onError: (error) => {
          setFields(refusedFields(error));
          setProblem({ error });
        },
      },
    );
  }

  const title =
    provider === null ? t('providers.form.newTitle') : t('providers.form.editTitle', { name: provider.name });
  const secretHint =
    provider?.hasWebhookSecret === true ? t('providers.form.secretKept') : t('providers.form.secretHint');
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary problem={problem} />
      {text('name')}
      {text('contacts', { area: true, hint: t('providers.form.contactsHint') })}
      <div className="form-row">
        <SelectField
          label={t('providers.field.channel')}
          options={providerChannels.map((id) => ({ id, label: t(`providers.channel.${id}`) }))}
          value={draft.channel}
          onChange={(channel) => setDraft((d) => ({ ...d, channel }))}
        />
        <SelectField
          label={t('providers.field.batching')}
          options={providerBatchings.map((id) => ({ id, label: t(`providers.batching.${id}`) }))}
          value={draft.batching}
          onChange={(batching) => setDraft((d) => ({ ...d, batching }))}
        />
        {text('language', { hint: t('providers.form.languageHint') })}
      </div>
      {draft.channel === 'webhook' && (
        <fieldset>
          <legend>{t('providers.form.webhook')}</legend>
          {text('webhookUrl')}
          {text('webhookSecret', { hint: secretHint })}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('providers.form.hosts')}</legend>
        <p className="hint">{t('providers.form.hostsIntro')}</p>
        {text('domains', { area: true, hint: t('providers.form.domainsHint') })}
        {text('networks', { area: true, hint: t('providers.form.networksHint') })}
        {text('asns', { hint: t('providers.form.asnsHint') })}
      </fieldset>
      {text('notes', { area: true })}
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending}>
          {provider === null ? t('providers.form.add') : t('providers.form.save')}
        </button>
        {provider !== null && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('ops.cancel')}
          </button>
        )}
        <span role="status" className="hint">
          {saved === null ? '' : t('providers.form.saved', { name: saved })}
        </span>
      </div>
    </form>
  );
}
