import type { ReviewPolicy, ReviewPolicyBody, ReviewSettings, ReviewSettingsBody } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { ReviewError } from './review.errors.ts';
import { readSettings, removeSetting, writeSetting } from '../settings/index.ts';
import { readPolicy, readUserSetting, upsertPolicy, upsertUserSetting } from './settings.repository.ts';

// Installation defaults (the environment's, platform/review-settings.ts, or what supervisors set on
// the console since), the supervisors' policy over them, and
// each analyst's choices within it. A setting the policy no longer allows is overruled, not kept.

const POLICY_TTL_MS = 5_000;

export function createReviewSettings(deps: ServiceDeps) {
  const installed = deps.config.review;
  const environmentDefaults: ReviewSettings = Object.freeze({
    blur: installed.blur,
    greyscale: installed.greyscale,
    hoverPeek: installed.hoverPeek,
    videoMode: installed.videoMode,
  });
  const installedPolicy: ReviewPolicy = Object.freeze({
    allowUnblurred: installed.allowUnblurred,
    allowColour: installed.allowColour,
    allowHoverPeek: installed.allowHoverPeek,
    softLimitMinutes: installed.softLimitMinutes,
    hardLimitMinutes: installed.hardLimitMinutes,
    breakMinutes: installed.breakMinutes,
    dailyLimitMinutes: installed.dailyLimitMinutes,
    sessionTimeoutMinutes: installed.sessionTimeoutMinutes,
  });
  // Read on every media request: cached briefly per process (a change applies within 5 s everywhere).
  let cached: { policy: ReviewPolicy; at: number } | undefined;
  let cachedDefaults: { defaults: ReviewSettings; at: number } | undefined;

  /** The installation's defaults: what supervisors set on the console, else the environment's. */
  async function defaults(): Promise<ReviewSettings> {
    const at = deps.now().getTime();
    if (cachedDefaults && at - cachedDefaults.at >= 0 && at - cachedDefaults.at < POLICY_TTL_MS)
      return cachedDefaults.defaults;
    const saved = (await readSettings(deps.db, 'review')).get('defaults') as Partial<ReviewSettings> | undefined;
    const value = { ...environmentDefaults, ...saved };
    cachedDefaults = { defaults: value, at };
    return value;
  }

  async function policy(): Promise<ReviewPolicy> {
    const at = deps.now().getTime();
    if (cached && at - cached.at >= 0 && at - cached.at < POLICY_TTL_MS) return cached.policy;
    const row = await readPolicy(deps.db);
    const value: ReviewPolicy = row
      ? {
          allowUnblurred: row.allow_unblurred,
          allowColour: row.allow_colour,
          allowHoverPeek: row.allow_hover_peek,
          softLimitMinutes: row.soft_limit_minutes,
          hardLimitMinutes: row.hard_limit_minutes,
          breakMinutes: row.break_minutes,
          dailyLimitMinutes: row.daily_limit_minutes,
          sessionTimeoutMinutes: row.session_timeout_minutes,
        }
      : installedPolicy;
    cached = { policy: value, at };
    return value;
  }

  function within(settings: ReviewSettings, p: ReviewPolicy): ReviewSettings {
    return {
      blur: settings.blur || !p.allowUnblurred,
      greyscale: settings.greyscale || !p.allowColour,
      hoverPeek: settings.hoverPeek && p.allowHoverPeek,
      videoMode: settings.videoMode,
    };
  }

  async function effective(userId: string): Promise<ReviewSettings> {
    const [row, p, installation] = await Promise.all([readUserSetting(deps.db, userId), policy(), defaults()]);
    return within(
      {
        blur: row?.blur ?? installation.blur,
        greyscale: row?.greyscale ?? installation.greyscale,
        hoverPeek: row?.hover_peek ?? installation.hoverPeek,
        videoMode: row?.video_mode ?? installation.videoMode,
      },
      p,
    );
  }

  async function audited(
    actor: Actor,
    details: Record<string, unknown>,
    write: (trx: typeof deps.db) => Promise<void>,
  ) {
    await deps.db.transaction().execute(async (trx) => {
      await write(trx);
      await appendAuditEvent(
        trx,
        actor,
        { action: 'review.defaults-changed', subjectType: 'installation', subjectId: 'review', details },
        deps.now(),
      );
    });
    cachedDefaults = undefined;
  }

  return {
    defaults,
    environmentDefaults,
    policy,
    effective,
    async view(userId: string) {
      return {
        settings: await effective(userId),
        defaults: within(await defaults(), await policy()),
        policy: await policy(),
      };
    },

    /** The defaults every analyst starts from (their own choices stay); audited. */
    async updateDefaults(body: ReviewSettingsBody, actor: Actor & { id: string }) {
      const next: ReviewSettings = { ...(await defaults()), ...body };
      await audited(actor, { ...next }, (trx) =>
        writeSetting(trx, 'review.defaults', next, deps.now(), `${actor.type}:${actor.id}`),
      );
      return this.describeDefaults();
    },
    /** Back to the environment's defaults (VIGIE_REVIEW_*); audited. */
    async resetDefaults(actor: Actor & { id: string }) {
      await audited(actor, { reset: true }, (trx) => removeSetting(trx, 'review.defaults'));
      return this.describeDefaults();
    },
    async describeDefaults() {
      const saved = (await readSettings(deps.db, 'review')).has('defaults');
      return { defaults: await defaults(), environment: environmentDefaults, changed: saved };
    },

    async update(userId: string, body: ReviewSettingsBody, actor: Actor) {
      const p = await policy();
      if (
        (body.blur === false && !p.allowUnblurred) ||
        (body.greyscale === false && !p.allowColour) ||
        (body.hoverPeek === true && !p.allowHoverPeek)
      )
        throw new ReviewError('REVIEW_SETTING_NOT_ALLOWED');
      const current = await readUserSetting(deps.db, userId);
      await deps.db.transaction().execute(async (trx) => {
        await upsertUserSetting(trx, {
          user_id: userId,
          blur: body.blur ?? current?.blur ?? null,
          greyscale: body.greyscale ?? current?.greyscale ?? null,
          hover_peek: body.hoverPeek ?? current?.hover_peek ?? null,
          video_mode: body.videoMode ?? current?.video_mode ?? null,
          updated_at: deps.now(),
        });
        await appendAuditEvent(
          trx,
          actor,
          { action: 'review.settings-changed', subjectType: 'staff_user', subjectId: userId, details: { ...body } },
          deps.now(),
        );
      });
      return this.view(userId);
    },

    async updatePolicy(body: ReviewPolicyBody, actor: Actor & { id: string }): Promise<ReviewPolicy> {
      const next: ReviewPolicy = { ...(await policy()), ...body };
      if (next.softLimitMinutes > next.hardLimitMinutes) throw new ReviewError('REVIEW_POLICY_INVALID');
      await deps.db.transaction().execute(async (trx) => {
        await upsertPolicy(trx, {
          allow_unblurred: next.allowUnblurred,
          allow_colour: next.allowColour,
          allow_hover_peek: next.allowHoverPeek,
          soft_limit_minutes: next.softLimitMinutes,
          hard_limit_minutes: next.hardLimitMinutes,
          break_minutes: next.breakMinutes,
          daily_limit_minutes: next.dailyLimitMinutes,
          session_timeout_minutes: next.sessionTimeoutMinutes,
          updated_by: actor.id,
          updated_at: deps.now(),
        });
        await appendAuditEvent(
          trx,
          actor,
          { action: 'review.policy-changed', subjectType: 'review_policy', subjectId: 'installation', details: next },
          deps.now(),
        );
      });
      cached = undefined;
      return next;
    },
  };
}

export type ReviewSettingsService = ReturnType<typeof createReviewSettings>;
