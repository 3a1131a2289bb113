import { randomUUID } from 'node:crypto';
import { isHashingError, renderImagePreview, renderVideoStills, type Preview } from '@vigie/hashing';
import type { GridItemStatus, MediaClassification, MediaReviewState } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import { isAppError } from '../platform/errors.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { Exposure } from './exposure.ts';
import { addToDay } from './exposure.repository.ts';
import { dayOf } from './exposure.ts';
import {
  endReveal,
  insertReveal,
  lockOpenReveals,
  lockReveal,
  readCategories,
  readMediaStates,
  type MediaStateRow,
} from './media.repository.ts';
import { ReviewError } from './review.errors.ts';
import type { ReviewSettingsService } from './settings.service.ts';

// Previews and reveals: derivatives made here from the stored media, never the media itself.
// Known media is never rendered (its classification stands in for it).

/** A reveal left open counts at most this long (the console reports the real duration). */
export const MAX_REVEAL_MS = 10 * 60_000;

export function statusOf(row: MediaStateRow): GridItemStatus {
  if (row.state === 'known') return 'classified';
  if (row.item_state === 'awaiting_verification' || row.item_state === 'disputed') return 'awaiting_verification';
  if (row.verdict !== null) return 'decided';
  return 'reviewable';
}

export async function classificationsOf(db: Db, rows: readonly MediaStateRow[]) {
  const known = rows.filter((r) => r.state === 'known' && r.entry_id !== null);
  const categories = await readCategories(
    db,
    known.filter((r) => r.age_band && r.activity).map((r) => ({ ageBand: r.age_band!, activity: r.activity! })),
  );
  const out = new Map<string, MediaClassification>();
  for (const r of known)
    out.set(r.sha256, {
      entryId: String(r.entry_id),
      bank: r.bank_name ?? '',
      ageBand: (r.age_band as MediaClassification['ageBand']) ?? null,
      activity: (r.activity as MediaClassification['activity']) ?? null,
      origin: (r.origin as MediaClassification['origin']) ?? null,
      victimIdentified: r.victim_identified,
      uses: r.uses,
      categories: categories.get(`${r.age_band} ${r.activity}`) ?? {},
    });
  return out;
}

export function createMediaReview(
  deps: ServiceDeps,
  parts: { store: MediaStore; settings: ReviewSettingsService; exposure: Exposure },
) {
  const { db } = deps;
  const installed = deps.config.review;

  async function reviewable(sha256: string): Promise<MediaStateRow> {
    const [row] = await readMediaStates(db, [sha256]);
    if (!row) throw new ReviewError('REVIEW_MEDIA_NOT_FOUND');
    if (row.state === 'known') throw new ReviewError('REVIEW_MEDIA_CLASSIFIED');
    return row;
  }

  async function render(row: MediaStateRow, userId: string, sharp: boolean): Promise<Preview> {
    const settings = await parts.settings.effective(userId);
    try {
      const bytes = await parts.store.get(row.sha256);
      const look = sharp
        ? { maxSide: installed.revealPixels, blur: false, greyscale: settings.greyscale }
        : { maxSide: installed.previewPixels, blur: settings.blur, greyscale: settings.greyscale };
      if (row.kind !== 'video') return await renderImagePreview(bytes, look);
      const stills = settings.videoMode === 'poster' ? 1 : installed.videoStills;
      return await renderVideoStills(
        bytes,
        { ...look, maxSide: sharp ? Math.round(look.maxSide / 2) : Math.round(look.maxSide * 0.6) },
        { stills },
      );
    } catch (error) {
      if (isHashingError(error) && !error.isPermanent) throw error;
      if (isHashingError(error) || (isAppError(error) && error.code !== 'STORAGE_UNAVAILABLE'))
        throw new ReviewError('REVIEW_PREVIEW_FAILED');
      throw error;
    }
  }

  /** Ends the analyst's open reveals at `at`; answers the time they add. */
  async function closeOpen(trx: Db, userId: string, at: Date, actor: Actor): Promise<number> {
    let total = 0;
    for (const open of await lockOpenReveals(trx, userId)) {
      const ms = Math.min(Math.max(0, at.getTime() - open.started_at.getTime()), MAX_REVEAL_MS);
      await endReveal(trx, open.id, at, ms);
      await auditEnd(trx, actor, open.sha256, open.id, ms, at);
      total += ms;
    }
    return total;
  }

  const auditEnd = (trx: Db, actor: Actor, sha256: string, revealId: string, ms: number, at: Date) =>
    appendAuditEvent(
      trx,
      actor,
      { action: 'review.reveal-ended', subjectType: 'media', subjectId: sha256, details: { revealId, durationMs: ms } },
      at,
    );

  return {
    async state(sha256: string): Promise<MediaReviewState> {
      const [row] = await readMediaStates(db, [sha256]);
      if (!row) throw new ReviewError('REVIEW_MEDIA_NOT_FOUND');
      const classification = (await classificationsOf(db, [row])).get(sha256) ?? null;
      return {
        sha256,
        kind: row.kind,
        status: statusOf(row),
        classification,
        sightings: Number(row.sightings),
      };
    },

    async preview(userId: string, sha256: string): Promise<Preview> {
      const row = await reviewable(sha256);
      await parts.exposure.admit(userId);
      return render(row, userId, false);
    },

    /** A sharper derivative, one at a time: a new reveal ends the analyst's previous one. Audited. */
    async reveal(userId: string, sha256: string, actor: Actor) {
      const row = await reviewable(sha256);
      await parts.exposure.admit(userId);
      const preview = await render(row, userId, true);
      const revealId = randomUUID();
      const startedAt = deps.now();
      const exposure = await db.transaction().execute(async (trx) => {
        const ended = await closeOpen(trx, userId, startedAt, actor);
        await insertReveal(trx, { id: revealId, user_id: userId, sha256, started_at: startedAt });
        await addToDay(trx, userId, dayOf(startedAt), { reveals: 1 });
        await appendAuditEvent(
          trx,
          actor,
          { action: 'review.media-revealed', subjectType: 'media', subjectId: sha256, details: { revealId } },
          startedAt,
        );
        return parts.exposure.step(trx, userId, 'heartbeat', { revealMs: ended });
      });
      return { revealId, preview, startedAt, exposure };
    },

    /** The reveal's end: the duration the console measured, never more than has passed (nor 10 minutes). */
    async endReveal(
      userId: string,
      sha256: string,
      revealId: string,
      durationSeconds: number | undefined,
      actor: Actor,
    ) {
      return db.transaction().execute(async (trx) => {
        const reveal = await lockReveal(trx, userId, revealId);
        if (!reveal || reveal.sha256 !== sha256) throw new ReviewError('REVIEW_REVEAL_NOT_FOUND');
        if (reveal.ended_at !== null && reveal.duration_ms !== null)
          return {
            revealId,
            durationSeconds: reveal.duration_ms / 1000,
            exposure: await parts.exposure.step(trx, userId, 'heartbeat'),
          };
        const at = deps.now();
        const elapsed = Math.max(0, at.getTime() - reveal.started_at.getTime());
        const reported = durationSeconds === undefined ? elapsed : durationSeconds * 1000;
        const ms = Math.min(reported, elapsed, MAX_REVEAL_MS);
        await endReveal(trx, revealId, at, ms);
        await auditEnd(trx, actor, sha256, revealId, ms, at);
        const exposure = await parts.exposure.step(trx, userId, 'heartbeat', { revealMs: ms });
        return { revealId, durationSeconds: Math.round(ms) / 1000, exposure };
      });
    },

    /** "Stop now": the console hid everything; the session and any open reveal stop counting. */
    async stop(userId: string, actor: Actor) {
      return db.transaction().execute(async (trx) => {
        const at = deps.now();
        const ended = await closeOpen(trx, userId, at, actor);
        await appendAuditEvent(
          trx,
          actor,
          { action: 'review.stopped', subjectType: 'staff_user', subjectId: userId, details: { revealMs: ended } },
          at,
        );
        return parts.exposure.step(trx, userId, 'stop', { revealMs: ended });
      });
    },
  };
}

export type MediaReview = ReturnType<typeof createMediaReview>;
