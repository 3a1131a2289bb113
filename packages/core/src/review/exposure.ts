import type { ExposureState, ExposureStatus, ReviewPolicy } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { addToDay, lockSession, readCurrent, readTeamDay, updateSession } from './exposure.repository.ts';
import { ReviewError } from './review.errors.ts';

// Time in media review, per analyst per UTC day. The console sends a heartbeat while media are on
// screen (and every media-serving request counts as one); the time between two beats is counted,
// at most MAX_CREDIT_MS of it, so a closed laptop counts nothing. A gap longer than the session
// timeout ends the session (the next beat starts a new one and counts nothing); a gap of the
// break's length is a break. Reveal time is added on top (a revealed second counts twice).
// At the soft limit the answer says break_suggested; at the hard limit a break of breakMinutes
// is imposed (review endpoints answer REVIEW_BREAK_REQUIRED until it is over); at the daily
// limit review stops until the next UTC day.

export const MAX_CREDIT_MS = 60_000;
const minute = 60_000;

export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

type Mode = 'admit' | 'heartbeat' | 'stop';

function stateOf(
  policy: ReviewPolicy,
  now: Date,
  figures: { exposureMs: number; sinceBreakMs: number; breakUntil: Date | null },
): ExposureState {
  if (figures.breakUntil && figures.breakUntil > now) return 'break_required';
  if (figures.exposureMs >= policy.dailyLimitMinutes * minute) return 'daily_limit';
  if (figures.sinceBreakMs >= policy.softLimitMinutes * minute) return 'break_suggested';
  return 'ok';
}

export function createExposure(deps: ServiceDeps, policyOf: () => Promise<ReviewPolicy>) {
  const { db } = deps;

  function status(
    policy: ReviewPolicy,
    now: Date,
    day: { reviewMs: number; revealMs: number },
    session: { startedAt: Date | null; lastActiveAt: Date | null; sinceBreakMs: number; breakUntil: Date | null },
  ): ExposureStatus {
    const exposureMs = day.reviewMs + day.revealMs;
    const expires = session.lastActiveAt
      ? new Date(session.lastActiveAt.getTime() + policy.sessionTimeoutMinutes * minute)
      : null;
    const active = session.startedAt !== null && expires !== null && expires > now;
    return {
      day: dayOf(now),
      reviewSeconds: Math.floor(day.reviewMs / 1000),
      revealSeconds: Math.floor(day.revealMs / 1000),
      exposureSeconds: Math.floor(exposureMs / 1000),
      sinceBreakSeconds: Math.floor(session.sinceBreakMs / 1000),
      softLimitSeconds: policy.softLimitMinutes * 60,
      hardLimitSeconds: policy.hardLimitMinutes * 60,
      dailyLimitSeconds: policy.dailyLimitMinutes * 60,
      state: stateOf(policy, now, { exposureMs, sinceBreakMs: session.sinceBreakMs, breakUntil: session.breakUntil }),
      breakUntil: session.breakUntil && session.breakUntil > now ? session.breakUntil.toISOString() : null,
      sessionActive: active,
      sessionExpiresAt: active && expires ? expires.toISOString() : null,
    };
  }

  /** One step of the analyst's session, in the caller's transaction: credit time, impose a break. */
  async function step(trx: Db, userId: string, mode: Mode, extra: { revealMs?: number } = {}) {
    const policy = await policyOf();
    const s = await lockSession(trx, userId);
    // Read once the row is ours: a request that waited for the lock behind a later one (or a process
    // whose clock is a little behind) sees no time go backwards and credits nothing negative.
    const now = new Date(Math.max(deps.now().getTime(), s.last_active_at?.getTime() ?? 0));
    const gap = s.last_active_at ? now.getTime() - s.last_active_at.getTime() : Number.POSITIVE_INFINITY;
    const timeoutMs = policy.sessionTimeoutMinutes * minute;
    let sinceBreak = Number(s.since_break_ms);
    let breakUntil = s.break_until;
    let startedAt = s.started_at;
    let lastActive = s.last_active_at;
    let credit = 0;
    let breaks = 0;
    if (!(breakUntil && now < breakUntil)) {
      const breakServed = breakUntil !== null;
      if (breakServed || (gap >= policy.breakMinutes * minute && sinceBreak > 0)) {
        if (!breakServed) breaks += 1;
        sinceBreak = 0;
        breakUntil = null;
      }
      if (!breakServed && startedAt && gap <= timeoutMs) credit = Math.min(gap, MAX_CREDIT_MS);
      if (mode === 'stop') startedAt = null;
      else if (breakServed || !startedAt || gap > timeoutMs) startedAt = now;
      lastActive = now;
      sinceBreak += credit + (extra.revealMs ?? 0);
      if (sinceBreak >= policy.hardLimitMinutes * minute) {
        breakUntil = new Date(now.getTime() + policy.breakMinutes * minute);
        breaks += 1;
      }
    }
    const day = await addToDay(trx, userId, dayOf(now), {
      reviewMs: credit,
      revealMs: extra.revealMs ?? 0,
      breaks,
      stops: mode === 'stop' ? 1 : 0,
    });
    await updateSession(trx, userId, {
      started_at: startedAt,
      last_active_at: lastActive,
      since_break_ms: Math.round(sinceBreak),
      break_until: breakUntil,
    });
    return status(policy, now, day, { startedAt, lastActiveAt: lastActive, sinceBreakMs: sinceBreak, breakUntil });
  }

  function refuseWhenBlocked(current: ExposureStatus): ExposureStatus {
    if (current.state === 'break_required') {
      const seconds = Math.max(1, Math.ceil((Date.parse(current.breakUntil!) - deps.now().getTime()) / 1000));
      throw new ReviewError('REVIEW_BREAK_REQUIRED', undefined, { retryAfterSeconds: seconds });
    }
    if (current.state === 'daily_limit') throw new ReviewError('REVIEW_DAILY_LIMIT');
    return current;
  }

  return {
    step,
    /** Before any media is shown: counts as activity, refuses during a break or past the day's limit. */
    async admit(userId: string): Promise<ExposureStatus> {
      return refuseWhenBlocked(await db.transaction().execute((trx) => step(trx, userId, 'admit')));
    },
    heartbeat: (userId: string) => db.transaction().execute((trx) => step(trx, userId, 'heartbeat')),
    /** The status without counting anything (for answers that show no media). */
    async current(userId: string): Promise<ExposureStatus> {
      const policy = await policyOf();
      const now = deps.now();
      const { session, day } = await readCurrent(db, userId, dayOf(now));
      return status(
        policy,
        now,
        { reviewMs: Number(day?.review_ms ?? 0), revealMs: Number(day?.reveal_ms ?? 0) },
        {
          startedAt: session?.started_at ?? null,
          lastActiveAt: session?.last_active_at ?? null,
          sinceBreakMs: Number(session?.since_break_ms ?? 0),
          breakUntil: session?.break_until ?? null,
        },
      );
    },
    async team(asked?: string) {
      const policy = await policyOf();
      const now = deps.now();
      const day = asked ?? dayOf(now);
      const rows = await readTeamDay(db, day);
      const analysts = rows.map((r) => {
        const reviewMs = Number(r.review_ms);
        const revealMs = Number(r.reveal_ms);
        const today = day === dayOf(now);
        return {
          userId: r.user_id,
          email: r.email,
          reviewSeconds: Math.floor(reviewMs / 1000),
          revealSeconds: Math.floor(revealMs / 1000),
          reveals: r.reveals,
          breaks: r.breaks,
          stops: r.stops,
          state: today
            ? stateOf(policy, now, {
                exposureMs: reviewMs + revealMs,
                sinceBreakMs: Number(r.since_break_ms ?? 0),
                breakUntil: r.break_until ?? null,
              })
            : ('ok' as const),
        };
      });
      const sum = (f: (a: (typeof analysts)[number]) => number) => analysts.reduce((n, a) => n + f(a), 0);
      return {
        day,
        analysts,
        totals: {
          analysts: analysts.length,
          reviewSeconds: sum((a) => a.reviewSeconds),
          revealSeconds: sum((a) => a.revealSeconds),
          reveals: sum((a) => a.reveals),
        },
      };
    },
  };
}

export type Exposure = ReturnType<typeof createExposure>;
