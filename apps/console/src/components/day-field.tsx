import { DateField, DateInput, DateSegment, I18nProvider, Label, Text } from 'react-aria-components';
import { useLocale } from '../i18n/locale.tsx';

/**
 * A day, typed segment by segment (react-aria DateField: each part a spin button, arrows and
 * digits). Always year-month-day (the Canadian order, in both languages); `onChange` gets
 * "2026-01-31", or "" once cleared.
 */
export function DayField({ label, hint, onChange }: { label: string; hint?: string; onChange: (day: string) => void }) {
  const { locale } = useLocale();
  return (
    <I18nProvider locale={locale === 'fr' ? 'fr-CA' : 'en-CA'}>
      <DateField className="field day-field" onChange={(value) => onChange(value === null ? '' : value.toString())}>
        <Label className="select-label">{label}</Label>
        {hint !== undefined && (
          <Text slot="description" className="hint">
            {hint}
          </Text>
        )}
        <DateInput className="input date-input">
          {(segment) => <DateSegment segment={segment} className="segment" />}
        </DateInput>
      </DateField>
    </I18nProvider>
  );
}
