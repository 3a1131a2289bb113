import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// CSRF protection without a cookie: the form carries a signed, time-limited token (HMAC with a
// key the intake derives from its key, so every API process accepts every other's tokens), and the
// route also checks Sec-Fetch-Site / Origin. A cross-site page can neither read a token nor
// forge one.
//
// The token also names the report being written: a random submission key, kept when the form is
// shown again (errors, language switch), so a form sent twice files once. Its confirmation's id is
// derived from that key with a second secret, so a resent form finds the same confirmation.
const lifetimeSeconds = 4 * 60 * 60;

export type FormTokens = {
  /** A token for a new form, or for the form of `submissionKey` shown again. */
  issue(submissionKey?: string): string;
  /** The submission key of a valid token. */
  verify(token: string | undefined): string | undefined;
  /** Where the confirmation of what `submissionKey` filed is shown. */
  receiptIdFor(kind: 'report' | 'follow-up', submissionKey: string): string;
  /** A fresh one-time confirmation id (the confirmation page's language switch). */
  newReceiptId(): string;
};

export const receiptIdPattern = /^[A-Za-z0-9_-]{43}$/;

export function createFormTokens(keys: { form: Buffer; receipt: Buffer }, now: () => Date): FormTokens {
  const sign = (body: string) => createHmac('sha256', keys.form).update(body).digest('base64url');
  return {
    issue(submissionKey = randomBytes(18).toString('base64url')) {
      const body = `${Math.floor(now().getTime() / 1000)}.${submissionKey}`;
      return `${body}.${sign(body)}`;
    },
    verify(token) {
      const [issued = '', submissionKey = '', mac = '', ...rest] = (token ?? '').split('.');
      if (rest.length > 0 || !/^\d{1,12}$/.test(issued) || !/^[A-Za-z0-9_-]{24}$/.test(submissionKey)) return undefined;
      const age = Math.floor(now().getTime() / 1000) - Number(issued);
      if (age < -60 || age > lifetimeSeconds) return undefined;
      const expected = Buffer.from(sign(`${issued}.${submissionKey}`));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected) ? submissionKey : undefined;
    },
    receiptIdFor(kind, submissionKey) {
      return createHmac('sha256', keys.receipt).update(`${kind}\n${submissionKey}`).digest('base64url');
    },
    newReceiptId() {
      return randomBytes(32).toString('base64url');
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
