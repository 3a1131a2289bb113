import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export type ChainedFields = {
  seq: number;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  address: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: unknown;
  prevHash: string;
};

/** JSON with object keys sorted, so the digest survives jsonb's key reordering. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Each event commits to its sequence number, its content and the hash of the event before. */
export function chainHash(fields: ChainedFields): string {
  const material = canonicalJson([
    fields.seq,
    fields.occurredAt.toISOString(),
    fields.actorType,
    fields.actorId,
    fields.address,
    fields.action,
    fields.subjectType,
    fields.subjectId,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
