import { SelectField } from '../../components/select-field.tsx';
import { useT } from '../../i18n/locale.tsx';
import { useRecipients } from '../referrals/referrals.queries.ts';

/** The choice meaning "let the forwarding rules pick by jurisdiction". */
export const byRules = 'by-rules';

/**
 * Whom a forward goes to: the directory's active recipients (name, kind, place), or the rules'
 * choice by the report's jurisdiction. Until the directory loads, only the rules are offered.
 */
export function ForwardRecipientField(props: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  const recipients = useRecipients();
  const options = [
    { id: byRules, label: t('case.recipientByRules') },
    ...(recipients.data ?? [])
      .filter((r) => r.active)
      .map((r) => ({
        id: r.id,
        label: `${r.name} — ${t(`referrals.kind.${r.kind}`)}, ${[r.region, r.country].filter(Boolean).join(', ')}`,
      })),
  ];
  return <SelectField label={t('case.recipient')} options={options} value={props.value} onChange={props.onChange} />;
}
