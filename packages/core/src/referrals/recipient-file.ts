import { ReferralRecipientBody, ReferralRecipientFile } from '@vigie/contract';
import { Value } from 'typebox/value';
import { ReferralError } from './referrals.errors.ts';

// The recipient directory as data (`vigie referral-recipient import FILE`): an installation in
// another country loads its own police, agencies and partner hotlines. Two forms:
// - JSON: `{"recipients": [ ReferralRecipientBody, ... ]}` (the contract's ReferralRecipientFile);
// - CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks, as an armored key does)
//   with a header row of the same field names; lists (reportTypes, formats, coversCountries)
//   separated by `;`, booleans `true`/`false`, empty cells left unset.

const listFields = new Set(['reportTypes', 'formats', 'coversCountries']);
const booleanFields = new Set(['mayReceiveMedia', 'active']);
const integerFields = new Set(['sftpPort']);

/** RFC 4180 rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new ReferralError('REFERRAL_FILE_INVALID', 'The CSV ends inside a quoted field.');
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function fromCsv(text: string): unknown[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new ReferralError('REFERRAL_FILE_INVALID', 'The CSV has no header row.');
  const names = header.map((h) => h.trim());
  return rows.map((cells) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const cell = (cells[i] ?? '').trim();
      if (cell === '') return;
      if (listFields.has(name))
        record[name] = cell
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
      else if (booleanFields.has(name)) record[name] = cell === 'true';
      else if (integerFields.has(name)) record[name] = Number(cell);
      else record[name] = cells[i]!.replace(/\r\n/g, '\n');
    });
    return record;
  });
}

/** The recipients of a file, each checked against the contract; the first bad one named. */
export function parseRecipientFile(text: string, format: 'json' | 'csv'): ReferralRecipientBody[] {
  let recipients: unknown[];
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ReferralError('REFERRAL_FILE_INVALID', `Not JSON: ${(error as Error).message}`);
    }
    if (!Value.Check(ReferralRecipientFile, parsed)) {
      const first = [...Value.Errors(ReferralRecipientFile, parsed)][0];
      throw new ReferralError(
        'REFERRAL_FILE_INVALID',
        `Not a recipient file: ${first ? `${first.instancePath} ${first.message}` : 'unexpected shape'}`,
      );
    }
    recipients = parsed.recipients;
  } else recipients = fromCsv(text);
  return recipients.map((r, i) => {
    if (Value.Check(ReferralRecipientBody, r)) return r;
    const first = [...Value.Errors(ReferralRecipientBody, r)][0];
    throw new ReferralError(
      'REFERRAL_FILE_INVALID',
      `Recipient ${i + 1}: ${first ? `${first.instancePath} ${first.message}` : 'unexpected shape'}`,
    );
  });
}
