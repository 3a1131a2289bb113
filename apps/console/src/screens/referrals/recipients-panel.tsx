import { useState } from 'react';
import { Button, Cell, Column, FileTrigger, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, type Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { RecipientForm } from './recipient-form.tsx';
import { recipientKinds, type RecipientKind } from './referral-names.ts';
import { useImportRecipients, useRecipients, type Recipient, type RecipientFile } from './referrals.queries.ts';

type KindFilter = 'all' | RecipientKind;

/** Police by jurisdiction, then the national centre, child welfare, partner hotlines by country. */
export function sortDirectory(recipients: readonly Recipient[]): Recipient[] {
  const rank = (r: Recipient) => recipientKinds.indexOf(r.kind);
  return [...recipients].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.country.localeCompare(b.country) ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      a.name.localeCompare(b.name),
  );
}

export function RecipientsPanel({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const recipients = useRecipients();
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<Recipient | null>(null);
  const shown = sortDirectory(recipients.data ?? []).filter((r) => kind === 'all' || r.kind === kind);
  return (
    <>
      <h2>{t('referrals.recipientsTitle')}</h2>
      <p className="intro">{t('referrals.recipientsIntro')}</p>
      <div className="form-row">
        <SelectField
          label={t('referrals.recipient.showKind')}
          options={[
            { id: 'all' as const, label: t('referrals.recipient.allKinds') },
            ...recipientKinds.map((id) => ({ id, label: t(`referrals.kind.${id}`) })),
          ]}
          value={kind}
          onChange={setKind}
        />
      </div>
      {recipients.isPending && <p role="status">{t('app.loading')}</p>}
      {recipients.isError && <p role="alert">{describeError(recipients.error, t)}</p>}
      {recipients.data !== undefined && (
        <Table aria-label={t('referrals.recipientsTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('referrals.recipient.name')}</Column>
            <Column>{t('referrals.recipient.kind')}</Column>
            <Column>{t('referrals.recipient.where')}</Column>
            <Column>{t('referrals.recipient.channel')}</Column>
            <Column>{t('referrals.recipient.receives')}</Column>
            <Column>{t('referrals.actions')}</Column>
          </TableHeader>
          <TableBody items={shown} renderEmptyState={() => t('referrals.noRecipients')}>
            {(recipient) => (
              <Row id={recipient.id}>
                <RecipientCells recipient={recipient} canEdit={canEdit} onEdit={setEditing} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {canEdit && (
        <>
          <RecipientForm key={editing?.id ?? 'new'} recipient={editing} onDone={() => setEditing(null)} />
          <ImportForm />
        </>
      )}
    </>
  );
}

function RecipientCells(props: { recipient: Recipient; canEdit: boolean; onEdit: (r: Recipient) => void }) {
  const { recipient: r } = props;
  const t = useT();
  const where = [r.city, r.region, r.country].filter((p) => p !== null && p !== '').join(', ');
  const covers =
    r.coversCountries.length > 0 ? t('referrals.recipient.covers', { countries: r.coversCountries.join(', ') }) : '';
  const endpoint = r.channel === 'openpgp_email' ? r.email : r.channel === 'sftp' ? r.sftpHost : r.apiUrl;
  const security =
    r.channel === 'openpgp_email'
      ? r.publicKeyFingerprint === null
        ? t('referrals.recipient.noKey')
        : t('referrals.recipient.keyOf', { fingerprint: r.publicKeyFingerprint })
      : r.channel === 'sftp'
        ? t('referrals.recipient.hostKeyOf', { fingerprint: r.sftpHostKey ?? '—' })
        : r.hasSecret
          ? t('referrals.recipient.secretSet')
          : t('referrals.recipient.noSecret');
  const types =
    r.reportTypes.length === 0
      ? t('referrals.anyType')
      : r.reportTypes.map((type) => t(`referrals.reportType.${type}`)).join(', ');
  return (
    <>
      <Cell>
        {r.name}
        {!r.active && <span className="tag tag-disabled"> · {t('referrals.recipient.inactive')}</span>}
      </Cell>
      <Cell>{t(`referrals.kind.${r.kind}`)}</Cell>
      <Cell>
        {where}
        {covers !== '' && <span className="hint"> · {covers}</span>}
      </Cell>
      <Cell>
        {t(`referrals.channel.${r.channel}`)}
        <span className="hint">
          {' '}
          · <code>{endpoint ?? '—'}</code> · {security}
        </span>
      </Cell>
      <Cell>
        {types}
        <span className="hint">
          {' '}
          · {r.formats.map((f) => t(`referrals.format.${f}`)).join(', ')} ·{' '}
          {r.mayReceiveMedia ? t('referrals.recipient.withMedia') : t('referrals.recipient.noMedia')}
        </span>
      </Cell>
      <Cell>
        {props.canEdit && (
          <Button
            className="button button-secondary button-small"
            aria-label={t('referrals.editFor', { name: r.name })}
            onPress={() => props.onEdit(r)}
          >
            {t('referrals.edit')}
          </Button>
        )}
      </Cell>
    </>
  );
}

/** A recipient file (`{"recipients": [...]}`, as `vigie referral-recipient load` reads): new names added, known ones updated. */
function ImportForm() {
  const t = useT();
  const load = useImportRecipients();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<{ file: string; added: number; updated: number } | null>(null);

  async function choose(files: FileList | null): Promise<void> {
    const file = files?.[0];
    if (file === undefined || load.isPending) return;
    setResult(null);
    let body: RecipientFile;
    try {
      body = JSON.parse(await file.text()) as RecipientFile;
    } catch {
      return setProblem({ id: 'referrals.import.notJson', values: { file: file.name } });
    }
    setProblem(null);
    load.mutate(body, {
      onSuccess: (counts) => setResult({ file: file.name, ...counts }),
      onError: (error) => setProblem({ error }),
    });
  }

  return (
    <section aria-labelledby="import-title" className="inline-form">
      <h3 id="import-title">{t('referrals.import.title')}</h3>
      <p className="hint">{t('referrals.import.intro')}</p>
      <ErrorSummary problem={problem} />
      <div className="actions actions-tight">
        <FileTrigger acceptedFileTypes={['application/json', '.json']} onSelect={(files) => void choose(files)}>
          <Button className="button button-secondary" isPending={load.isPending}>
            {t('referrals.import.choose')}
          </Button>
        </FileTrigger>
        <span role="status" className="hint">
          {result === null ? '' : t('referrals.import.done', result)}
        </span>
      </div>
    </section>
  );
}
