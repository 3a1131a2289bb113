import type { CaseSummary } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { CaseworkError } from './casework.errors.ts';
import type { CaseActor } from './casework.types.ts';
import { insertCaseEvent, lockCase, setClaim, type CaseRow, type LockedCase } from './queue.repository.ts';

// Claims: one analyst per case (one claim column on the case's row, taken under its row lock);
// a claim lasts VIGIE_CASE_CLAIM_MINUTES from the holder's last activity on the case, and a
// supervisor (or an administrator) may release anyone's.

export const isSupervisor = (actor: CaseActor) => actor.role === 'supervisor' || actor.role === 'administrator';
export const auditActor = (actor: CaseActor): Actor => ({ type: 'user', id: actor.staffId, address: actor.address });
export const isLive = (c: { claimedBy: string | null; claimExpiresAt: Date | null }, now: Date) =>
  c.claimedBy !== null && c.claimExpiresAt !== null && c.claimExpiresAt > now;

export function toSummary(row: CaseRow, viewer: string, now: Date): CaseSummary {
  const live = isLive(row, now);
  return {
    reportId: row.reportId,
    reportNumber: row.reportNumber,
    state: row.state,
    priority: row.priority,
    happeningNow: row.happeningNow,
    hasPersonInfo: row.hasPersonInfo,
    type: row.type,
    reportedType: row.reportedType,
    typeConfirmed: row.typeConfirmed,
    region: row.region,
    source: row.source,
    urls: row.urls,
    receivedAt: row.receivedAt.toISOString(),
    claim: live
      ? {
          staffId: row.claimedBy!,
          email: row.claimedByEmail ?? '',
          expiresAt: row.claimExpiresAt!.toISOString(),
          isMine: row.claimedBy === viewer,
        }
      : null,
    closeReason: row.closeReason,
  };
}

export function createClaims(deps: Pick<ServiceDeps, 'now' | 'config'>) {
  const claimMs = deps.config.caseClaimMinutes * 60_000;
  const expiry = (at: Date) => new Date(at.getTime() + claimMs);

  /** The case locked, open to `actor`'s work: it holds the live claim (taken now if free and `take`). */
  async function lockForWork(trx: Db, reportId: string, actor: CaseActor, at: Date): Promise<LockedCase> {
    const locked = await lockCase(trx, reportId);
    if (!locked) throw new CaseworkError('CASE_NOT_FOUND');
    if (locked.state === 'closed') throw new CaseworkError('CASE_CLOSED');
    if (!isLive(locked, at) || locked.claimedBy !== actor.staffId)
      throw new CaseworkError(isLive(locked, at) ? 'CASE_CLAIMED' : 'CASE_NOT_CLAIMED');
    // Activity renews the claim.
    await setClaim(trx, reportId, { staffId: actor.staffId, expiresAt: expiry(at) }, at);
    return locked;
  }

  async function claim(trx: Db, reportId: string, actor: CaseActor): Promise<void> {
    const at = deps.now();
    const locked = await lockCase(trx, reportId);
    if (!locked) throw new CaseworkError('CASE_NOT_FOUND');
    if (locked.state === 'closed') throw new CaseworkError('CASE_CLOSED');
    const live = isLive(locked, at);
    if (live && locked.claimedBy !== actor.staffId) throw new CaseworkError('CASE_CLAIMED');
    const expiresAt = expiry(at);
    await setClaim(trx, reportId, { staffId: actor.staffId, expiresAt }, at);
    const details = {
      expiresAt: expiresAt.toISOString(),
      ...(live ? { renewed: true } : {}),
      ...(!live && locked.claimedBy ? { expiredClaimOf: locked.claimedBy } : {}),
    };
    await insertCaseEvent(trx, { reportId, kind: 'claimed', staffId: actor.staffId, details }, at);
    await appendAuditEvent(
      trx,
      auditActor(actor),
      { action: 'case.claimed', subjectType: 'report', subjectId: reportId, details },
      at,
    );
  }

  async function release(trx: Db, reportId: string, actor: CaseActor, note: string | null): Promise<void> {
    const at = deps.now();
    const locked = await lockCase(trx, reportId);
    if (!locked) throw new CaseworkError('CASE_NOT_FOUND');
    if (!isLive(locked, at) && locked.claimedBy === null) return;
    if (isLive(locked, at) && locked.claimedBy !== actor.staffId && !isSupervisor(actor))
      throw new CaseworkError('CASE_CLAIMED');
    await setClaim(trx, reportId, null, at);
    const details = { holder: locked.claimedBy, ...(note ? { note } : {}) };
    await insertCaseEvent(trx, { reportId, kind: 'released', staffId: actor.staffId, details }, at);
    await appendAuditEvent(
      trx,
      auditActor(actor),
      { action: 'case.released', subjectType: 'report', subjectId: reportId, details },
      at,
    );
  }

  return { claim, release, lockForWork, expiry };
}

export type Claims = ReturnType<typeof createClaims>;
