import { en, type Messages } from './messages.en.ts';
import { fr } from './messages.fr.ts';

// Adding a language: a new messages.xx.ts and one entry here.
const catalogues: Readonly<Record<string, Messages>> = Object.freeze({ en, fr });
export const languages = Object.keys(catalogues);
export const defaultLanguage = 'en';

// Own keys only: `?lang=constructor` or `__proto__` must not find Object.prototype's members.
export const isLanguage = (tag: unknown): tag is string => typeof tag === 'string' && Object.hasOwn(catalogues, tag);

/** An explicit ?lang= wins; else the browser's Accept-Language, by its q order; else English. */
export function pickLanguage(explicit: unknown, acceptLanguage: string | undefined): string {
  if (isLanguage(explicit)) return explicit;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((e) => isLanguage(e.lang))?.lang ?? defaultLanguage;
}

export function messagesFor(language: string): Messages {
  return isLanguage(language) ? (catalogues[language] as Messages) : en;
}

/** Replaces {name} placeholders; values are plain text (the page escapes them). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
