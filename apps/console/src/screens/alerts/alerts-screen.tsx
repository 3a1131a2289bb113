import { useState, type FormEvent } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { describeError, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { AlertPreview } from './alert-preview.tsx';
import {
  useAlerts,
  useDraftAlerts,
  usePublishAlert,
  useWithdrawAlert,
  type AlertDraft,
  type AlertRecord,
} from './alerts.queries.ts';

const languages = ['en', 'fr'] as const;
type Language = (typeof languages)[number];
type Change = { kind: 'publish' | 'withdraw'; alert: AlertRecord };

export function AlertsScreen() {
  return <RequireRole roles={['supervisor', 'administrator']}>{() => <Alerts />}</RequireRole>;
}

function Alerts() {
  const t = useT();
  const alerts = useAlerts();
  const [change, setChange] = useState<Change | null>(null);
  return (
    <ScreenFrame title={t('alerts.title')} intro={t('alerts.intro')}>
      <DraftForm />
      <h2>{t('alerts.listTitle')}</h2>
      {alerts.isPending && <p role="status">{t('app.loading')}</p>}
      {alerts.isError && <p role="alert">{describeError(alerts.error, t)}</p>}
      {alerts.data !== undefined && (
        <Table aria-label={t('alerts.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('alerts.alertTitle')}</Column>
            <Column>{t('alerts.language')}</Column>
            <Column>{t('alerts.state')}</Column>
            <Column>{t('alerts.dates')}</Column>
            <Column>{t('users.actions')}</Column>
          </TableHeader>
          <TableBody items={alerts.data} renderEmptyState={() => t('alerts.none')}>
            {(alert) => (
              <Row id={alert.id}>
                <AlertCells alert={alert} onChange={setChange} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {change !== null && <ChangeAlertDialog change={change} onClose={() => setChange(null)} />}
    </ScreenFrame>
  );
}

function AlertCells({ alert, onChange }: { alert: AlertRecord; onChange: (change: Change) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const when = alert.withdrawnAt ?? alert.publishedAt ?? alert.createdAt;
  return (
    <>
      <Cell>
        <span lang={alert.language}>{alert.title}</span>
      </Cell>
      <Cell>{t(`alerts.language.${alert.language}` as MessageId)}</Cell>
      <Cell>
        <span className={`tag tag-${alert.state}`}>{t(`alerts.state.${alert.state}`)}</span>
      </Cell>
      <Cell>
        <time dateTime={when}>{formatTime(when)}</time>
      </Cell>
      <Cell>
        {alert.state === 'draft' && (
          <Button
            className="button button-primary button-small"
            aria-label={t('alerts.publishFor', { title: alert.title })}
            onPress={() => onChange({ kind: 'publish', alert })}
          >
            {t('alerts.publish')}
          </Button>
        )}
        {alert.state === 'published' && (
          <Button
            className="button button-danger button-small"
            aria-label={t('alerts.withdrawFor', { title: alert.title })}
            onPress={() => onChange({ kind: 'withdraw', alert })}
          >
            {t('alerts.withdraw')}
          </Button>
        )}
      </Cell>
    </>
  );
}

const empty: Record<Language, { title: string; body: string }> = {
  en: { title: '', body: '' },
  fr: { title: '', body: '' },
};

function DraftForm() {
  const t = useT();
  const save = useDraftAlerts();
  const [versions, setVersions] = useState(empty);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(0);
  const set = (language: Language, field: 'title' | 'body') => (value: string) =>
    setVersions((current) => ({ ...current, [language]: { ...current[language], [field]: value } }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (save.isPending) return;
    const written = languages.filter((l) => versions[l].title.trim() !== '' || versions[l].body.trim() !== '');
    const incomplete = written.some((l) => versions[l].title.trim() === '' || versions[l].body.trim() === '');
    if (written.length === 0 || incomplete) return setProblem({ id: 'alerts.draftIncomplete' });
    setProblem(null);
    const drafts: AlertDraft[] = written.map((language) => ({ language, ...versions[language] }));
    save.mutate(drafts, {
      onSuccess: (records) => {
        setSaved(records.length);
        setVersions(empty);
      },
      onError: (error) => setProblem({ error }),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('alerts.draftTitle')}</h2>
      <ErrorSummary problem={problem} />
      <div className="previews">
        {languages.map((language) => (
          <fieldset key={language}>
            <legend>{t(`alerts.version.${language}`)}</legend>
            <Field
              label={t('alerts.alertTitle')}
              name={`title-${language}`}
              value={versions[language].title}
              onChange={set(language, 'title')}
            />
            <TextAreaField
              label={t('alerts.body')}
              hint={t('alerts.bodyHint')}
              value={versions[language].body}
              onChange={set(language, 'body')}
            />
            <AlertPreview language={language} {...versions[language]} />
          </fieldset>
        ))}
      </div>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending}>
          {save.isPending ? t('alerts.saving') : t('alerts.saveDraft')}
        </button>
        {saved > 0 && (
          <span role="status" className="hint">
            {t('alerts.saved', { count: saved })}
          </span>
        )}
      </div>
    </form>
  );
}

function ChangeAlertDialog({ change, onClose }: { change: Change; onClose: () => void }) {
  const t = useT();
  const publish = usePublishAlert();
  const withdraw = useWithdrawAlert();
  const [reason, setReason] = useState('');
  const mutation = change.kind === 'publish' ? publish : withdraw;
  const { alert } = change;
  const confirm = () => {
    if (mutation.isPending) return;
    if (change.kind === 'publish') publish.mutate(alert.id, { onSuccess: onClose });
    else withdraw.mutate({ id: alert.id, reason }, { onSuccess: onClose });
  };
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={change.kind === 'publish' ? t('alerts.publishTitle') : t('alerts.withdrawTitle')}
      confirmLabel={change.kind === 'publish' ? t('alerts.publish') : t('alerts.withdraw')}
      danger={change.kind === 'withdraw'}
      busy={mutation.isPending}
      onConfirm={confirm}
    >
      <p>{change.kind === 'publish' ? t('alerts.publishExplain') : t('alerts.withdrawExplain')}</p>
      <AlertPreview title={alert.title} body={alert.body} language={alert.language === 'fr' ? 'fr' : 'en'} />
      {mutation.error !== null && (
        <p className="field-error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      )}
      {change.kind === 'withdraw' && (
        <Field label={t('ops.reason')} hint={t('ops.reasonHint')} name="reason" value={reason} onChange={setReason} />
      )}
    </ConfirmDialog>
  );
}
