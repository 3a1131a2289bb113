import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import type { Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { byRules, ForwardRecipientField } from './forward-recipient-field.tsx';
import { closeReasons, reportTypes, type CloseReason, type ReportType } from './cases-search.ts';
import { useDecision, useReopen, type CasePage, type DecisionAnswer } from './cases.queries.ts';

export type DecisionKind = 'classify' | 'forward' | 'notice' | 'blocklist' | 'reply' | 'close';
type Template = 'thanks' | 'not_illegal' | 'young_person_help';
type Answer = DecisionAnswer;

const titles: Record<DecisionKind | 'reopen', MessageId> = {
  classify: 'case.classify',
  forward: 'case.forward',
  notice: 'case.notice',
  blocklist: 'case.blocklist',
  reply: 'case.reply',
  close: 'case.close',
  reopen: 'case.reopen',
};
const explanations: Record<DecisionKind | 'reopen', MessageId> = {
  classify: 'case.classifyExplain',
  forward: 'case.forwardExplain',
  notice: 'case.noticeExplain',
  blocklist: 'case.blocklistExplain',
  reply: 'case.replyExplain',
  close: 'case.closeExplain',
  reopen: 'case.reopenExplain',
};

/** One decision's form in a modal; it closes only on the server's answer, which the case page then says. */
export function DecisionDialog(props: {
  kind: DecisionKind | 'reopen';
  page: CasePage;
  onClose: () => void;
  onDone: (status: Problem) => void;
}) {
  const t = useT();
  const { kind, page } = props;
  const reportId = page.case.reportId;
  const [note, setNote] = useState('');
  const [type, setType] = useState<ReportType>(page.case.type);
  const [recipient, setRecipient] = useState(byRules);
  const [urls, setUrls] = useState<string[]>([]);
  const [template, setTemplate] = useState<Template>('thanks');
  const [language, setLanguage] = useState<'en' | 'fr'>(page.report.language === 'fr' ? 'fr' : 'en');
  const [reason, setReason] = useState<CloseReason>('actioned');
  const [problem, setProblem] = useState<Problem | null>(null);
  const mutations = {
    classify: useDecision('/api/v1/cases/{reportId}/classify'),
    forward: useDecision('/api/v1/cases/{reportId}/forward'),
    notice: useDecision('/api/v1/cases/{reportId}/notice'),
    blocklist: useDecision('/api/v1/cases/{reportId}/blocklist'),
    reply: useDecision('/api/v1/cases/{reportId}/reply'),
    close: useDecision('/api/v1/cases/{reportId}/close'),
  };
  const reopen = useReopen();
  const busy = kind === 'reopen' ? reopen.isPending : mutations[kind].isPending;
  const withNote = note.trim() === '' ? {} : { note: note.trim() };
  const handlers = {
    onSuccess: (answer: Answer) =>
      props.onDone({
        id: 'case.decided',
        values: {
          decision: t(`case.kind.${answer.decision.kind}` as MessageId),
          state: t(`case.decisionState.${answer.decision.state}` as MessageId),
        },
      }),
    onError: (error: unknown) => setProblem({ error }),
  };

  function confirm(): void {
    if (busy) return;
    setProblem(null);
    switch (kind) {
      case 'reopen':
        return reopen.mutate(
          { reportId, note },
          { onSuccess: () => props.onDone({ id: 'case.reopened' }), onError: handlers.onError },
        );
      case 'classify':
        return mutations.classify.mutate({ reportId, body: { type, ...withNote } }, handlers);
      case 'forward':
        return mutations.forward.mutate(
          { reportId, body: { ...(recipient === byRules ? {} : { recipientId: recipient }), ...withNote } },
          handlers,
        );
      case 'notice':
        return mutations.notice.mutate({ reportId, body: withNote }, handlers);
      case 'blocklist':
        if (urls.length === 0) return setProblem({ id: 'case.blocklistNone' });
        return mutations.blocklist.mutate({ reportId, body: { urls, ...withNote } }, handlers);
      case 'reply':
        return mutations.reply.mutate({ reportId, body: { template, language, ...withNote } }, handlers);
      case 'close':
        return mutations.close.mutate({ reportId, body: { reason, ...withNote } }, handlers);
    }
  }

  return (
    <ConfirmDialog
      isOpen
      onClose={props.onClose}
      title={t(titles[kind])}
      confirmLabel={t(titles[kind])}
      danger={kind === 'close'}
      busy={busy}
      onConfirm={confirm}
    >
      <p>{t(explanations[kind])}</p>
      <ErrorSummary problem={problem} />
      {kind === 'classify' && (
        <SelectField
          label={t('cases.type')}
          value={type}
          onChange={setType}
          options={reportTypes.map((id) => ({ id, label: t(`cases.type.${id}` as MessageId) }))}
        />
      )}
      {kind === 'forward' && <ForwardRecipientField value={recipient} onChange={setRecipient} />}
      {kind === 'blocklist' && (
        <CheckboxGroup className="checkbox-group" value={urls} onChange={setUrls}>
          <Label className="label">{t('case.urlsTitle')}</Label>
          <div className="checkboxes">
            {page.report.urls.map((url) => (
              <Checkbox key={url.id} value={url.url} className="checkbox">
                {({ isSelected }) => (
                  <>
                    <span className="checkbox-box" aria-hidden="true">
                      {isSelected ? '✓' : ''}
                    </span>
                    <code className="hash">{url.url}</code>
                  </>
                )}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      )}
      {kind === 'reply' && (
        <div className="form-row">
          <SelectField
            label={t('case.template')}
            value={template}
            onChange={setTemplate}
            options={(['thanks', 'not_illegal', 'young_person_help'] as const).map((id) => ({
              id,
              label: t(`case.template.${id}`),
            }))}
          />
          <SelectField
            label={t('case.replyLanguage')}
            value={language}
            onChange={setLanguage}
            options={(['en', 'fr'] as const).map((id) => ({ id, label: t(`intake.language.${id}`) }))}
          />
        </div>
      )}
      {kind === 'close' && (
        <SelectField
          label={t('case.reason')}
          value={reason}
          onChange={setReason}
          options={closeReasons.map((id) => ({ id, label: t(`case.reason.${id}`) }))}
        />
      )}
      <TextAreaField label={t('case.noteOptional')} hint={t('case.noteHint')} value={note} onChange={setNote} />
    </ConfirmDialog>
  );
}
