import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { reportTypes } from '../referrals/referral-names.ts';
import type { Origin, PeriodChoice, ReportSource, ReportType, StatisticsFilter } from './statistics.queries.ts';

const reportSources: readonly ReportSource[] = ['tipline', 'api', 'partner', 'phone', 'email'];
const origins: readonly Origin[] = ['automatic', 'analyst'];
const any = 'any';

/** This year and the five before it. */
function recentYears(today = new Date()): PeriodChoice[] {
  return Array.from({ length: 6 }, (_, i) => `${today.getFullYear() - i}` as PeriodChoice);
}

/** The period and filters, applied to every figure at once when the form is sent. */
export function FiltersForm({
  filter,
  onApply,
}: {
  filter: StatisticsFilter;
  onApply: (filter: StatisticsFilter) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(filter);
  const choose =
    <K extends 'type' | 'source' | 'origin'>(field: K) =>
    (value: string) =>
      setDraft((current) => ({ ...current, [field]: value === any ? '' : value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="statistics-filters">
      <h2 id="statistics-filters">{t('statistics.filtersTitle')}</h2>
      <p className="hint">{t('statistics.filtersHint')}</p>
      <div className="form-row">
        <SelectField<PeriodChoice>
          label={t('statistics.period')}
          value={draft.period}
          onChange={(period) => setDraft((current) => ({ ...current, period }))}
          options={[
            { id: 'last12', label: t('statistics.last12') },
            ...recentYears().map((year) => ({ id: year, label: year })),
          ]}
        />
        <SelectField<ReportType | typeof any>
          label={t('statistics.type')}
          value={draft.type === '' ? any : draft.type}
          onChange={choose('type')}
          options={[
            { id: any, label: t('statistics.any') },
            ...reportTypes.map((type) => ({ id: type, label: t(`cases.type.${type}` as MessageId) })),
          ]}
        />
        <SelectField<ReportSource | typeof any>
          label={t('statistics.source')}
          value={draft.source === '' ? any : draft.source}
          onChange={choose('source')}
          options={[
            { id: any, label: t('statistics.any') },
            ...reportSources.map((source) => ({ id: source, label: t(`cases.source.${source}`) })),
          ]}
        />
        <SelectField<Origin | typeof any>
          label={t('statistics.origin')}
          value={draft.origin === '' ? any : draft.origin}
          onChange={choose('origin')}
          options={[
            { id: any, label: t('statistics.any') },
            ...origins.map((origin) => ({ id: origin, label: t(`referrals.origin.${origin}`) })),
          ]}
        />
        <Field
          label={t('statistics.region')}
          hint={t('statistics.regionHint')}
          name="region"
          value={draft.region}
          onChange={(region) => setDraft((current) => ({ ...current, region }))}
          wide={false}
        />
      </div>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary">
          {t('statistics.apply')}
        </button>
      </div>
    </form>
  );
}
