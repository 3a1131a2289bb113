import { SelectField } from '../../components/select-field.tsx';
import { useT } from '../../i18n/locale.tsx';
import {
  activities,
  ageBands,
  contentOrigins,
  type Activity,
  type AgeBand,
  type ContentOrigin,
  type PendingLabels,
} from './verdict-keys.ts';

type Unset = 'none';
const unset: Unset = 'none';
type Victim = 'none' | 'identified' | 'unidentified';

/**
 * The labels the next csam verdict carries (the contract's age bands, activities and origins,
 * and whether the victim is identified). A tier key alone stands for its tier's labels; these
 * refine it, and "other" needs an age band and an activity. Cleared after each verdict.
 */
export function LabelBar({ labels, onChange }: { labels: PendingLabels; onChange: (labels: PendingLabels) => void }) {
  const t = useT();
  const victim: Victim =
    labels.victimIdentified === null ? 'none' : labels.victimIdentified ? 'identified' : 'unidentified';
  return (
    <section className="label-bar" aria-labelledby="labels-title">
      <h2 id="labels-title">{t('review.labels.title')}</h2>
      <p className="hint">{t('review.labels.hint')}</p>
      <SelectField<AgeBand | Unset>
        label={t('review.labels.ageBand')}
        options={[
          { id: unset, label: t('review.labels.none') },
          ...ageBands.map((id) => ({ id, label: t(`label.ageBand.${id}`) })),
        ]}
        value={labels.ageBand ?? unset}
        onChange={(v) => onChange({ ...labels, ageBand: v === unset ? null : v })}
      />
      <SelectField<Activity | Unset>
        label={t('review.labels.activity')}
        options={[
          { id: unset, label: t('review.labels.none') },
          ...activities.map((id) => ({ id, label: t(`label.activity.${id}`) })),
        ]}
        value={labels.activity ?? unset}
        onChange={(v) => onChange({ ...labels, activity: v === unset ? null : v })}
      />
      <SelectField<ContentOrigin | Unset>
        label={t('review.labels.origin')}
        options={[
          { id: unset, label: t('review.labels.none') },
          ...contentOrigins.map((id) => ({ id, label: t(`label.origin.${id}`) })),
        ]}
        value={labels.origin ?? unset}
        onChange={(v) => onChange({ ...labels, origin: v === unset ? null : v })}
      />
      <SelectField<Victim>
        label={t('review.labels.victim')}
        options={[
          { id: 'none', label: t('review.labels.none') },
          { id: 'identified', label: t('review.labels.identified') },
          { id: 'unidentified', label: t('review.labels.unidentified') },
        ]}
        value={victim}
        onChange={(v) => onChange({ ...labels, victimIdentified: v === 'none' ? null : v === 'identified' })}
      />
    </section>
  );
}
