import type { Translate } from './i18n/translate.ts';

/** "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP", as people read it out and type it in. */
export function groupSecret(secret: string): string {
  const compact = secret.replace(/\s+/g, '').toUpperCase();
  return compact.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** Accepts "123 456" or "123-456" as typed or pasted; null unless exactly six digits remain. */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** "in 40 seconds", "in 3 minutes" (whole seconds under a minute, whole minutes rounded up beyond). */
export function formatWait(seconds: number, t: Translate): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? t('wait.seconds', { count: s }) : t('wait.minutes', { count: Math.ceil(s / 60) });
}
