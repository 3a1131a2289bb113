import { CheckboxField } from '../../components/checkbox-list.tsx';
import { Field } from '../../components/field.tsx';
import { useT } from '../../i18n/locale.tsx';
import type { LocalText } from './settings.queries.ts';

/** Text for every language, or per language (English and French here, other languages kept as they are). */
export type LocalDraft = { perLanguage: boolean; all: string; en: string; fr: string; others: Record<string, string> };

export function localDraftOf(value: LocalText | null): LocalDraft {
  if (value === null || typeof value === 'string')
    return { perLanguage: false, all: value ?? '', en: value ?? '', fr: value ?? '', others: {} };
  const { en = '', fr = '', ...others } = value;
  return { perLanguage: true, all: en || fr, en, fr, others };
}

/** The value to save, or null when a text is missing. */
export function localValueOf(draft: LocalDraft): LocalText | null {
  if (!draft.perLanguage) return draft.all.trim() === '' ? null : draft.all.trim();
  if (draft.en.trim() === '' || draft.fr.trim() === '') return null;
  return { ...draft.others, en: draft.en.trim(), fr: draft.fr.trim() };
}

export function LocalTextField(props: {
  label: string;
  value: LocalDraft;
  onChange: (value: LocalDraft) => void;
  error: string | null;
}) {
  const t = useT();
  const { value, onChange } = props;
  const others = Object.keys(value.others);
  return (
    <fieldset>
      <legend>{props.label}</legend>
      <CheckboxField
        label={t('settings.perLanguage')}
        value={value.perLanguage}
        onChange={(perLanguage) => onChange({ ...value, perLanguage })}
      />
      {value.perLanguage ? (
        <div className="form-row">
          <Field
            label={t('settings.inEnglish')}
            value={value.en}
            onChange={(en) => onChange({ ...value, en })}
            error={props.error}
          />
          <Field
            label={t('settings.inFrench')}
            value={value.fr}
            onChange={(fr) => onChange({ ...value, fr })}
            error={props.error}
          />
        </div>
      ) : (
        <Field
          label={t('settings.everyLanguage')}
          value={value.all}
          onChange={(all) => onChange({ ...value, all })}
          error={props.error}
        />
      )}
      {value.perLanguage && others.length > 0 && (
        <p className="hint">{t('settings.othersKept', { code: others.join(', ') })}</p>
      )}
    </fieldset>
  );
}
