import { useState, type FormEvent } from 'react';
import { CheckboxField, CheckboxList } from '../../components/checkbox-list.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import type { Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import {
  activities,
  ageBands,
  recipientKinds,
  reportTypes,
  type Activity,
  type AgeBand,
  type RecipientKind,
  type ReportType,
} from './referral-names.ts';
import { useRecipients, useSaveRule, type Rule, type RuleBody } from './referrals.queries.ts';

type Draft = {
  name: string;
  enabled: boolean;
  ageBands: AgeBand[];
  activities: Activity[];
  reportTypes: ReportType[];
  excludedReportTypes: ReportType[];
  recipientKinds: RecipientKind[];
  recipientIds: string[];
};

function draftOf(rule: Rule | null): Draft {
  if (rule === null)
    return {
      name: '',
      enabled: true,
      ageBands: [],
      activities: [],
      reportTypes: [],
      excludedReportTypes: [],
      recipientKinds: [],
      recipientIds: [],
    };
  return {
    ...rule,
    ageBands: rule.ageBands.filter((b): b is AgeBand => (ageBands as readonly string[]).includes(b)),
    activities: rule.activities.filter((a): a is Activity => (activities as readonly string[]).includes(a)),
  };
}

/** A new forwarding rule, or the changes to one (`rule`). */
export function RuleForm({ rule, onDone }: { rule: Rule | null; onDone: () => void }) {
  const t = useT();
  const save = useSaveRule();
  const recipients = useRecipients();
  const [draft, setDraft] = useState(() => draftOf(rule));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (save.isPending) return;
    if (draft.name.trim() === '') return setProblem({ id: 'referrals.rule.nameMissing' });
    if (draft.recipientKinds.length === 0 && draft.recipientIds.length === 0)
      return setProblem({ id: 'referrals.rule.recipientsMissing' });
    setProblem(null);
    const body: RuleBody = { ...draft, name: draft.name.trim() };
    save.mutate(
      { id: rule?.id ?? null, body },
      {
        onSuccess: (result) => {
          setSaved(result.name);
          if (rule === null) setDraft(draftOf(null));
          else onDone();
        },
        onError: (error) => setProblem({ error }),
      },
    );
  }

  const title = rule === null ? t('referrals.rule.newTitle') : t('referrals.rule.editTitle', { name: rule.name });
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary problem={problem} />
      <Field label={t('referrals.rule.name')} name="rule-name" value={draft.name} onChange={set('name')} />
      <CheckboxField label={t('referrals.rule.enabled')} value={draft.enabled} onChange={set('enabled')} />
      <CheckboxList
        label={t('referrals.rule.ageBands')}
        hint={t('referrals.rule.emptyAny')}
        options={ageBands.map((id) => ({ id, label: t(`referrals.ageBand.${id}`) }))}
        value={draft.ageBands}
        onChange={set('ageBands')}
      />
      <CheckboxList
        label={t('referrals.rule.activities')}
        hint={t('referrals.rule.emptyAny')}
        options={activities.map((id) => ({ id, label: t(`referrals.activity.${id}`) }))}
        value={draft.activities}
        onChange={set('activities')}
      />
      <CheckboxList
        label={t('referrals.rule.reportTypes')}
        hint={t('referrals.rule.reportTypesHint')}
        options={reportTypes.map((id) => ({ id, label: t(`referrals.reportType.${id}`) }))}
        value={draft.reportTypes}
        onChange={set('reportTypes')}
      />
      <CheckboxList
        label={t('referrals.rule.neverAutomatic')}
        hint={t('referrals.rule.neverAutomaticHint')}
        options={reportTypes.map((id) => ({ id, label: t(`referrals.reportType.${id}`) }))}
        value={draft.excludedReportTypes}
        onChange={set('excludedReportTypes')}
      />
      <CheckboxList
        label={t('referrals.rule.recipientKinds')}
        hint={t('referrals.rule.recipientKindsHint')}
        options={recipientKinds.map((id) => ({ id, label: t(`referrals.kind.${id}`) }))}
        value={draft.recipientKinds}
        onChange={set('recipientKinds')}
      />
      {(recipients.data?.length ?? 0) > 0 && (
        <CheckboxList
          label={t('referrals.rule.recipientIds')}
          options={(recipients.data ?? []).map((r) => ({ id: r.id, label: r.name }))}
          value={draft.recipientIds}
          onChange={set('recipientIds')}
        />
      )}
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending}>
          {rule === null ? t('referrals.rule.create') : t('referrals.rule.save')}
        </button>
        {rule !== null && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('ops.cancel')}
          </button>
        )}
        <span role="status" className="hint">
          {saved === null ? '' : t('referrals.rule.saved', { name: saved })}
        </span>
      </div>
    </form>
  );
}
