import { createHash, randomBytes, randomInt } from 'node:crypto';

// The report number is read aloud on the phone: ten digits in groups of 3-3-4, the last a Luhn
// check digit so a misheard digit is caught. It is random, so it says nothing about volumes.
export function newReportNumber(): string {
  let digits = String(randomInt(1, 10)); // no leading zero: some systems drop it
  for (let i = 0; i < 8; i += 1) digits += String(randomInt(0, 10));
  digits += String(luhnCheckDigit(digits));
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

export function isValidReportNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) && luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

// The follow-up code: 80 random bits in Crockford base32 (no I, L, O, U), four groups of four.
// Stored only as SHA-256; it lets the reporter add information, never read the report.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newFollowUpCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts the code as a person types it: any case, spaces or dashes, O for 0 and I/L for 1. */
export function followUpCodeHash(typed: string): string {
  const canonical = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(canonical).digest('hex');
}
