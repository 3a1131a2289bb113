import { createHmac, timingSafeEqual } from 'node:crypto';

// CSRF protection without a cookie: the form carries a signed, time-limited token (HMAC with a
// key the intake derives from its key, so every API process accepts every other's tokens), and the
// route also checks Sec-Fetch-Site / Origin. A cross-site page can neither read a token nor
// forge one.
const lifetimeSeconds = 4 * 60 * 60;

export type FormTokens = { issue(): string; verify(token: string | undefined): boolean };

export function createFormTokens(key: Buffer, now: () => Date): FormTokens {
  const sign = (issued: string) => createHmac('sha256', key).update(issued).digest('base64url');
  return {
    issue() {
      const issued = String(Math.floor(now().getTime() / 1000));
      return `${issued}.${sign(issued)}`;
    },
    verify(token) {
      const [issued = '', mac = ''] = (token ?? '').split('.');
      if (!/^\d{1,12}$/.test(issued)) return false;
      const age = Math.floor(now().getTime() / 1000) - Number(issued);
      if (age < -60 || age > lifetimeSeconds) return false;
      const expected = Buffer.from(sign(issued));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/** A browser tells us where a form came from; refuse anything that says another site. */
export function isSameSiteRequest(headers: Record<string, string | string[] | undefined>): boolean {
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = headers.origin;
  // "null" is what browsers send under our no-referrer policy; the token still has to match.
  if (typeof origin !== 'string' || origin === 'null') return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
