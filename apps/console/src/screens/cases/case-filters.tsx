import { useEffect, useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { caseStates, parseCaseFilter, reportSources, reportTypes, type CaseFilter } from './cases-search.ts';

const any = 'any';
type Draft = { state: string; type: string; source: string; assignee: string; region: string };

const draftOf = (filter: CaseFilter): Draft => ({
  state: filter.state ?? any,
  type: filter.type ?? any,
  source: filter.source ?? any,
  assignee: filter.assignee === 'me' || filter.assignee === 'none' ? filter.assignee : any,
  region: filter.region ?? '',
});

/** The queue's filters: applied to the URL (so a filtered queue can be bookmarked or shared). */
export function CaseFilters({ filter, onApply }: { filter: CaseFilter; onApply: (filter: CaseFilter) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(filter));
  const [regionInvalid, setRegionInvalid] = useState(false);
  useEffect(() => setDraft(draftOf(filter)), [filter]);
  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const anyOption = { id: any, label: t('cases.filter.any') };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const region = draft.region.trim();
    const invalid = region !== '' && !/^[A-Za-z0-9_-]{1,16}$/.test(region);
    setRegionInvalid(invalid);
    if (invalid) return;
    const chosen = Object.fromEntries(
      Object.entries({ ...draft, region }).filter(([, value]) => value !== any && value !== ''),
    );
    // A staff id chosen elsewhere (a link from a supervisor's view) is kept while "any" is not picked.
    if (draft.assignee === any && filter.assignee !== undefined && !['me', 'none'].includes(filter.assignee))
      chosen['assignee'] = filter.assignee;
    onApply(parseCaseFilter(chosen));
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('cases.filtersTitle')}</h2>
      <div className="form-row">
        <SelectField
          label={t('cases.state')}
          value={draft.state}
          onChange={set('state')}
          options={[
            { id: any, label: t('cases.filter.working') },
            ...caseStates.map((id) => ({ id, label: t(`cases.state.${id}`) })),
          ]}
        />
        <SelectField
          label={t('cases.type')}
          value={draft.type}
          onChange={set('type')}
          options={[anyOption, ...reportTypes.map((id) => ({ id, label: t(`cases.type.${id}` as MessageId) }))]}
        />
        <SelectField
          label={t('cases.source')}
          value={draft.source}
          onChange={set('source')}
          options={[anyOption, ...reportSources.map((id) => ({ id, label: t(`cases.source.${id}` as MessageId) }))]}
        />
        <SelectField
          label={t('cases.filter.assignee')}
          value={draft.assignee}
          onChange={set('assignee')}
          options={[
            anyOption,
            { id: 'me', label: t('cases.filter.me') },
            { id: 'none', label: t('cases.filter.nobody') },
          ]}
        />
        <Field
          label={t('cases.filter.region')}
          hint={t('cases.filter.regionHint')}
          name="region"
          value={draft.region}
          onChange={set('region')}
          error={regionInvalid ? t('cases.filter.regionInvalid') : null}
          wide={false}
        />
      </div>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary">
          {t('cases.filter.apply')}
        </button>
        <Link to="/cases" search={{}} className="button button-secondary">
          {t('cases.filter.clear')}
        </Link>
      </div>
    </form>
  );
}
