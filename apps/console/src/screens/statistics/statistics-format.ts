import { useMemo } from 'react';
import { useLocale } from '../../i18n/locale.tsx';
import type { Unit } from './statistics-figures.ts';

export type Formats = {
  /** "Jan 2026", "janv. 2026": a bucket's first day as its month. */
  month(period: string): string;
  /** A value in its unit, in the console's language ("1,234", "40%", "10.5 hr"; "1 234", "40 %", "10,5 h"). */
  value(value: number, unit: Unit): string;
};

/** Months and numbers per the console's language (Intl), the Canadian forms of English and French. */
export function useFormats(): Formats {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === 'fr' ? 'fr-CA' : 'en-CA';
    const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const numbers: Record<Unit, Intl.NumberFormat> = {
      count: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
      percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
      hours: new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
    };
    return {
      month: (period) => month.format(new Date(`${period}T00:00:00Z`)),
      value: (value, unit) => numbers[unit].format(value),
    };
  }, [locale]);
}
