import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { en, fr, type MessageId } from './catalogue.ts';

export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const catalogues = { en, fr } as const;

export type Values = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: Values) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function translatorOf(intl: IntlShape): Translate {
  return (id, values) => intl.formatMessage({ id }, values);
}

/** A translator outside React (tests, formatting helpers). */
export function createTranslator(locale: Locale): Translate {
  return translatorOf(createIntl({ locale, messages: catalogues[locale], defaultLocale: 'en' }, createIntlCache()));
}
