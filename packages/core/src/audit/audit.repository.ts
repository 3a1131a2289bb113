import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { canonicalJson, chainHash, genesisHash } from './audit-chain.ts';
import type { Actor, AuditEntry, AuditVerification } from './audit.types.ts';

// One lock number for the whole chain: appends are serialised until their transaction commits,
// which is what makes the chain a total order. Callers append last, just before commit.
const chainLock = 0x76696769;

export async function appendAuditEvent(trx: Db, actor: Actor, entry: AuditEntry, now = new Date()): Promise<number> {
  await sql`select pg_advisory_xact_lock(${chainLock})`.execute(trx);
  const last = await trx.selectFrom('audit_event').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    occurredAt: now,
    actorType: actor.type,
    actorId: actor.id ?? null,
    address: actor.address ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
    prevHash: last?.hash ?? genesisHash,
  };
  await trx
    .insertInto('audit_event')
    .values({
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
      hash: chainHash(fields),
    })
    .execute();
  return fields.seq;
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
        return { ok: false, checked, firstBadSeq: expectedSeq, reason: `event ${expectedSeq} is missing (next is ${row.seq})` };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBadSeq: row.seq, reason: `event ${row.seq} does not follow the event before it` };
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
        return { ok: false, checked, firstBadSeq: row.seq, reason: `event ${row.seq} was changed after it was written` };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) return { ok: true, checked, headHash: checked > 0 ? prevHash : null };
  }
}
