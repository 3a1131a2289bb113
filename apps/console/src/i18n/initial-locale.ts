import { isLocale, type Locale } from './translate.ts';

/** The stored choice, else the browser's first language the console has, else English. */
export function initialLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
