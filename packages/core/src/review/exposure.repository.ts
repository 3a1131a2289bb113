import { sql } from 'kysely';
import type { Db } from '../database.ts';

// Exposure per analyst: the running session (one row per analyst, locked while it changes) and
// the day's totals (one row per analyst and UTC day, only ever added to).

export async function lockSession(trx: Db, userId: string) {
  await trx
    .insertInto('review_session')
    .values({ user_id: userId, since_break_ms: 0 })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  return trx
    .selectFrom('review_session')
    .select(['started_at', 'last_active_at', 'since_break_ms', 'break_until'])
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function updateSession(
  trx: Db,
  userId: string,
  changes: { started_at: Date | null; last_active_at: Date | null; since_break_ms: number; break_until: Date | null },
): Promise<void> {
  await trx.updateTable('review_session').set(changes).where('user_id', '=', userId).execute();
}

export type DayIncrement = Partial<{
  reviewMs: number;
  revealMs: number;
  reveals: number;
  breaks: number;
  stops: number;
}>;

/** Adds to the analyst's day and answers its totals. */
export async function addToDay(trx: Db, userId: string, day: string, add: DayIncrement) {
  const v = {
    review_ms: Math.round(add.reviewMs ?? 0),
    reveal_ms: Math.round(add.revealMs ?? 0),
    reveals: add.reveals ?? 0,
    breaks: add.breaks ?? 0,
    stops: add.stops ?? 0,
  };
  const row = await trx
    .insertInto('review_exposure_day')
    .values({ user_id: userId, day, ...v })
    .onConflict((oc) =>
      oc.columns(['user_id', 'day']).doUpdateSet({
        review_ms: sql`review_exposure_day.review_ms + excluded.review_ms`,
        reveal_ms: sql`review_exposure_day.reveal_ms + excluded.reveal_ms`,
        reveals: sql`review_exposure_day.reveals + excluded.reveals`,
        breaks: sql`review_exposure_day.breaks + excluded.breaks`,
        stops: sql`review_exposure_day.stops + excluded.stops`,
      }),
    )
    .returning(['review_ms', 'reveal_ms'])
    .executeTakeFirstOrThrow();
  return { reviewMs: Number(row.review_ms), revealMs: Number(row.reveal_ms) };
}

/** Every analyst with review time on that day, with the session state that says whether they are on a break. */
export async function readTeamDay(db: Db, day: string) {
  return db
    .selectFrom('review_exposure_day as d')
    .innerJoin('staff_user as u', 'u.id', 'd.user_id')
    .leftJoin('review_session as s', 's.user_id', 'd.user_id')
    .select([
      'd.user_id',
      'u.email',
      'd.review_ms',
      'd.reveal_ms',
      'd.reveals',
      'd.breaks',
      'd.stops',
      's.since_break_ms',
      's.break_until',
    ])
    .where('d.day', '=', day)
    .orderBy('u.email')
    .execute();
}

/** The analyst's session and day totals, read without counting anything. */
export async function readCurrent(db: Db, userId: string, day: string) {
  const [session, totals] = await Promise.all([
    db.selectFrom('review_session').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db
      .selectFrom('review_exposure_day')
      .select(['review_ms', 'reveal_ms'])
      .where('user_id', '=', userId)
      .where('day', '=', day)
      .executeTakeFirst(),
  ]);
  return { session, day: totals };
}
