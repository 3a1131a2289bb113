import { useState, type FormEvent } from 'react';
import { CheckboxField, CheckboxList } from '../../components/checkbox-list.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import type { Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import {
  channels,
  formats,
  recipientKinds,
  reportTypes,
  type Channel,
  type Format,
  type RecipientKind,
  type ReportType,
} from './referral-names.ts';
import { useSaveRecipient, type Recipient, type RecipientBody } from './referrals.queries.ts';

type Text = Record<
  | 'name'
  | 'country'
  | 'region'
  | 'city'
  | 'coversCountries'
  | 'language'
  | 'email'
  | 'publicKey'
  | 'sftpHost'
  | 'sftpPort'
  | 'sftpUser'
  | 'sftpPassword'
  | 'sftpPrivateKey'
  | 'sftpHostKey'
  | 'sftpDirectory'
  | 'apiUrl'
  | 'apiSecret'
  | 'apiCaCertificates'
  | 'notes',
  string
>;
type Draft = {
  text: Text;
  kind: RecipientKind;
  channel: Channel;
  reportTypes: ReportType[];
  formats: Format[];
  mayReceiveMedia: boolean;
  active: boolean;
  /** The saved private authority is removed. */
  dropCa: boolean;
};

function draftOf(r: Recipient | null): Draft {
  const text: Text = {
    name: r?.name ?? '',
    country: r?.country ?? 'CA',
    region: r?.region ?? '',
    city: r?.city ?? '',
    coversCountries: r?.coversCountries.join(', ') ?? '',
    language: r?.language ?? 'en',
    email: r?.email ?? '',
    publicKey: '',
    sftpHost: r?.sftpHost ?? '',
    sftpPort: r?.sftpPort == null ? '' : String(r.sftpPort),
    sftpUser: r?.sftpUser ?? '',
    sftpPassword: '',
    sftpPrivateKey: '',
    sftpHostKey: r?.sftpHostKey ?? '',
    sftpDirectory: r?.sftpDirectory ?? '',
    apiUrl: r?.apiUrl ?? '',
    apiSecret: '',
    apiCaCertificates: '',
    notes: r?.notes ?? '',
  };
  return {
    text,
    kind: r?.kind ?? 'police',
    channel: r?.channel ?? 'https_api',
    reportTypes: r?.reportTypes ?? [],
    formats: r?.formats ?? ['json', 'html', 'pdf'],
    mayReceiveMedia: r?.mayReceiveMedia ?? false,
    active: r?.active ?? true,
    dropCa: false,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
type Secret = 'publicKey' | 'sftpPassword' | 'sftpPrivateKey' | 'apiSecret';

/** The request body: the chosen channel's settings only; a secret left empty is not sent (a change keeps it). */
export function bodyOf(draft: Draft): RecipientBody {
  const { text } = draft;
  const body: RecipientBody = {
    name: text.name.trim(),
    kind: draft.kind,
    country: text.country.trim().toUpperCase(),
    region: orNull(text.region.toUpperCase()),
    city: orNull(text.city),
    coversCountries: text.coversCountries
      .split(/[\s,]+/)
      .filter((c) => c !== '')
      .map((c) => c.toUpperCase()),
    language: text.language.trim().toLowerCase(),
    channel: draft.channel,
    reportTypes: draft.reportTypes,
    formats: draft.formats,
    mayReceiveMedia: draft.mayReceiveMedia,
    active: draft.active,
    notes: orNull(text.notes),
  };
  if (draft.channel === 'openpgp_email') Object.assign(body, { email: orNull(text.email) });
  if (draft.channel === 'sftp')
    Object.assign(body, {
      sftpHost: orNull(text.sftpHost),
      sftpPort: text.sftpPort.trim() === '' ? null : Number(text.sftpPort.trim()),
      sftpUser: orNull(text.sftpUser),
      sftpHostKey: orNull(text.sftpHostKey),
      sftpDirectory: orNull(text.sftpDirectory),
    });
  if (draft.channel === 'https_api') {
    Object.assign(body, { apiUrl: orNull(text.apiUrl) });
    // Empty keeps the saved authority, as a secret is kept.
    if (draft.dropCa) body.apiCaCertificates = null;
    else if (text.apiCaCertificates.trim() !== '') body.apiCaCertificates = text.apiCaCertificates.trim();
  }
  const used: Record<Channel, readonly Secret[]> = {
    openpgp_email: ['publicKey'],
    sftp: ['sftpPassword', 'sftpPrivateKey'],
    https_api: ['apiSecret'],
  };
  for (const secret of used[draft.channel]) if (text[secret].trim() !== '') body[secret] = text[secret].trim();
  return body;
}

/** A new recipient, or the changes to one (`recipient`): its place, channel and what it may receive. */
export function RecipientForm({ recipient, onDone }: { recipient: Recipient | null; onDone: () => void }) {
  const t = useT();
  const save = useSaveRecipient();
  const [draft, setDraft] = useState(() => draftOf(recipient));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const text = (key: keyof Text, props: { hint?: string; area?: boolean } = {}) => {
    const onChange = (value: string) => setDraft((d) => ({ ...d, text: { ...d.text, [key]: value } }));
    const label = t(`referrals.recipient.${key}`);
    return props.area === true ? (
      <TextAreaField label={label} hint={props.hint} value={draft.text[key]} onChange={onChange} />
    ) : (
      <Field label={label} hint={props.hint} name={key} value={draft.text[key]} onChange={onChange} />
    );
  };
  const keptHint = recipient === null ? undefined : t('referrals.recipient.secretKept');
  const authorities = recipient?.apiCaCertificates ?? [];
  const formatTime = useFormatTime();
  const caHint =
    authorities.length === 0
      ? t('referrals.recipient.apiCaHint')
      : t('referrals.recipient.apiCaKept', {
          authorities: authorities.map((a) => `${a.subject} (${formatTime(a.notAfter)})`).join('; '),
        });

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (save.isPending) return;
    if (draft.text.name.trim() === '') return setProblem({ id: 'referrals.recipient.nameMissing' });
    if (draft.channel === 'sftp' && draft.text.sftpPort.trim() !== '' && !/^\d+$/.test(draft.text.sftpPort.trim()))
      return setProblem({ id: 'referrals.recipient.portInvalid' });
    setProblem(null);
    save.mutate(
      { id: recipient?.id ?? null, body: bodyOf(draft) },
      {
        onSuccess: (result) => {
          setSaved(result.name);
          if (recipient === null) setDraft(draftOf(null));
          else onDone();
        },
        onError: (error) => setProblem({ error }),
      },
    );
  }

  const title =
    recipient === null
      ? t('referrals.recipient.newTitle')
      : t('referrals.recipient.editTitle', { name: recipient.name });
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary problem={problem} />
      <div className="form-row">
        {text('name')}
        <SelectField
          label={t('referrals.recipient.kind')}
          options={recipientKinds.map((id) => ({ id, label: t(`referrals.kind.${id}`) }))}
          value={draft.kind}
          onChange={(kind) => setDraft((d) => ({ ...d, kind }))}
        />
      </div>
      <div className="form-row">
        {text('country', { hint: t('referrals.recipient.countryHint') })}
        {text('region', { hint: t('referrals.recipient.regionHint') })}
        {text('city')}
        {text('language', { hint: t('referrals.recipient.languageHint') })}
      </div>
      {text('coversCountries', { hint: t('referrals.recipient.coversHint') })}
      <SelectField
        label={t('referrals.recipient.channel')}
        options={channels.map((id) => ({ id, label: t(`referrals.channel.${id}`) }))}
        value={draft.channel}
        onChange={(channel) => setDraft((d) => ({ ...d, channel }))}
      />
      <fieldset>
        <legend>{t(`referrals.channelSettings.${draft.channel}`)}</legend>
        {draft.channel === 'openpgp_email' && (
          <>
            {text('email')}
            {text('publicKey', { area: true, hint: keptHint ?? t('referrals.recipient.publicKeyHint') })}
          </>
        )}
        {draft.channel === 'sftp' && (
          <>
            <div className="form-row">
              {text('sftpHost')}
              {text('sftpPort')}
              {text('sftpUser')}
            </div>
            {text('sftpHostKey', { hint: t('referrals.recipient.hostKeyHint') })}
            {text('sftpDirectory')}
            {text('sftpPassword', { hint: keptHint })}
            {text('sftpPrivateKey', { area: true, hint: keptHint })}
          </>
        )}
        {draft.channel === 'https_api' && (
          <>
            {text('apiUrl', { hint: t('referrals.recipient.apiUrlHint') })}
            {text('apiSecret', { hint: keptHint ?? t('referrals.recipient.apiSecretHint') })}
            {!draft.dropCa && text('apiCaCertificates', { area: true, hint: caHint })}
            {authorities.length > 0 && (
              <CheckboxField
                label={t('referrals.recipient.apiCaDrop')}
                value={draft.dropCa}
                onChange={(dropCa) => setDraft((d) => ({ ...d, dropCa }))}
              />
            )}
          </>
        )}
      </fieldset>
      <CheckboxList
        label={t('referrals.recipient.reportTypes')}
        hint={t('referrals.recipient.reportTypesHint')}
        options={reportTypes.map((id) => ({ id, label: t(`referrals.reportType.${id}`) }))}
        value={draft.reportTypes}
        onChange={(value) => setDraft((d) => ({ ...d, reportTypes: value }))}
      />
      <CheckboxList
        label={t('referrals.recipient.formats')}
        hint={t('referrals.recipient.formatsHint')}
        options={formats.map((id) => ({ id, label: t(`referrals.format.${id}`) }))}
        value={draft.formats}
        onChange={(value) => setDraft((d) => ({ ...d, formats: value }))}
      />
      <CheckboxField
        label={t('referrals.recipient.mayReceiveMedia')}
        value={draft.mayReceiveMedia}
        onChange={(value) => setDraft((d) => ({ ...d, mayReceiveMedia: value }))}
      />
      <CheckboxField
        label={t('referrals.recipient.active')}
        value={draft.active}
        onChange={(value) => setDraft((d) => ({ ...d, active: value }))}
      />
      {text('notes', { area: true })}
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending}>
          {recipient === null ? t('referrals.recipient.add') : t('referrals.recipient.save')}
        </button>
        {recipient !== null && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('ops.cancel')}
          </button>
        )}
        <span role="status" className="hint">
          {saved === null ? '' : t('referrals.recipient.saved', { name: saved })}
        </span>
      </div>
    </form>
  );
}
