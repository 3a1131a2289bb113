import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { canonicalJson, chainHash, genesisHash } from './audit-chain.ts';
import type { Actor, AuditEntry, AuditVerification } from './audit.types.ts';

// One lock number for the whole chain: appends are serialised until their transaction commits,
// which is what makes the chain a total order. Callers append last, just before commit.
const chainLock = 0x76696769;

/** `at` is the caller's clock reading: the event's time is the decision's, not the insert's. */
export async function appendAuditEvent(trx: Db, actor: Actor, entry: AuditEntry, at: Date): Promise<number> {
  const [seq] = await appendAuditEvents(trx, [{ actor, entry }], at);
  return seq as number;
}

/**
 * Appends several events under one lock, one read of the chain head and one insert: what a
 * batch of reports committed together costs, instead of a round trip per event.
 */
export async function appendAuditEvents(
  trx: Db,
  events: ReadonlyArray<{ actor: Actor; entry: AuditEntry }>,
  at: Date,
): Promise<number[]> {
  if (events.length === 0) return [];
  await sql`select pg_advisory_xact_lock(${chainLock})`.execute(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? genesisHash;
  const rows = events.map(({ actor, entry }) => {
    seq += 1;
    const fields = {
      seq,
      occurredAt: at,
      actorType: actor.type,
      actorId: actor.id ?? null,
      address: actor.address ?? null,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? {},
      prevHash,
    };
    prevHash = chainHash(fields);
    return {
      seq: fields.seq,
      occurred_at: fields.occurredAt,
      actor_type: fields.actorType,
      actor_id: fields.actorId,
      address: fields.address,
      action: fields.action,
      subject_type: fields.subjectType,
      subject_id: fields.subjectId,
      details: canonicalJson(fields.details),
      prev_hash: fields.prevHash,
      hash: prevHash,
    };
  });
  await trx.insertInto('audit_event').values(rows).execute();
  return rows.map((r) => r.seq);
}

/** Walks the whole chain in order; the first event that does not follow is named. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          checked,
          firstBadSeq: expectedSeq,
          reason: `event ${expectedSeq} is missing (next is ${row.seq})`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBadSeq: row.seq,
          reason: `event ${row.seq} does not follow the event before it`,
        };
      }
      const recomputed = chainHash({
        seq: row.seq,
        occurredAt: row.occurred_at,
        actorType: row.actor_type,
        actorId: row.actor_id,
        address: row.address,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: row.details,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) {
        return {
          ok: false,
          checked,
          firstBadSeq: row.seq,
          reason: `event ${row.seq} was changed after it was written`,
        };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) return { ok: true, checked, headHash: checked > 0 ? prevHash : null };
  }
}

export async function readAuditHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_event').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function findAuditEventHash(db: Db, seq: number): Promise<string | undefined> {
  const row = await db.selectFrom('audit_event').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}
