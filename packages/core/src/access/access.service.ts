import type { Kysely } from 'kysely';
import { AccessError } from './access.errors.ts';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Database } from '../database.ts';
import { PlatformError } from '../platform/errors.ts';
import type { Clock } from '../platform/clock.ts';
import type { Notifications } from '../platform/db/notifications.ts';
import { createApiKeyService } from './api-key.service.ts';
import * as repo from './access.repository.ts';
import { staffRoles, type StaffPrincipal, type StaffRole, type StaffUser } from './access.types.ts';
import {
  checkTotp,
  decoyPasswordHash,
  hashPassword,
  newToken,
  newTotpSecret,
  tokenHash,
  totpUri,
  verifyPassword,
} from './secrets.ts';
import { isUniqueViolation } from '../platform/db/database.ts';

export type AccessSettings = {
  publicUrl: string;
  loginMaxFailures: number;
  loginLockMinutes: number;
  sessionHours: number;
  enrolmentHours: number;
};

/** An email address, or a user's id. */
export type UserRef = string | { id: string };
export type NewSession = { token: string; principal: StaffPrincipal; expiresAt: Date };
const issuer = 'Vigie';
const minPasswordLength = 12;

export function createAccessService(
  db: Kysely<Database>,
  settings: AccessSettings,
  now: Clock,
  notifications: Notifications,
) {
  async function openSession(
    trx: Kysely<Database>,
    user: { id: string; email: string; role: string },
  ): Promise<NewSession> {
    const token = newToken();
    const csrfToken = newToken(24);
    const expiresAt = new Date(now().getTime() + settings.sessionHours * 3_600_000);
    await repo.insertSession(trx, { tokenHash: tokenHash(token), userId: user.id, csrfToken, expiresAt });
    const principal: StaffPrincipal = {
      kind: 'staff',
      userId: user.id,
      email: user.email,
      role: user.role as StaffRole,
      sessionTokenHash: tokenHash(token),
      csrfToken,
    };
    return { token, principal, expiresAt };
  }

  /** A one-time enrolment link for a user, valid for the configured hours. */
  const insertEnrolmentLink = (trx: Kysely<Database>, userId: string, token: string) =>
    repo.insertEnrolment(
      trx,
      userId,
      tokenHash(token),
      new Date(now().getTime() + settings.enrolmentHours * 3_600_000),
    );
  const enrolmentUrl = (token: string) => `${settings.publicUrl}/console/enrol?token=${token}`;

  /**
   * A user by email (the CLI) or by id (the API) whom `actor` may disable or reset: not
   * themselves, which would lock the last administrator out with one click.
   */
  const findUser = async (who: UserRef, actor: Actor) => {
    const user =
      typeof who === 'string' ? await repo.findUserByEmail(db, who.trim()) : await repo.findUserById(db, who.id);
    if (!user) throw new PlatformError('NOT_FOUND', 'No such user.');
    if (actor.type === 'user' && actor.id === user.id) throw new AccessError('ACCESS_SELF_CHANGE');
    return user;
  };

  return {
    async createUser(
      input: { email: string; role: string },
      actor: Actor,
    ): Promise<{ user: StaffUser; enrolmentUrl: string }> {
      if (!staffRoles.includes(input.role as StaffRole))
        throw new AccessError(
          'ACCESS_ROLE_UNKNOWN',
          `Unknown role ${input.role}; use one of ${staffRoles.join(', ')}.`,
        );
      const email = input.email.trim();
      if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254)
        throw new PlatformError('VALIDATION_FAILED', 'That is not an email address.');
      const token = newToken();
      try {
        const user = await db.transaction().execute(async (trx) => {
          const user = await repo.insertUser(trx, email, input.role as StaffRole);
          await insertEnrolmentLink(trx, user.id, token);
          await appendAuditEvent(
            trx,
            actor,
            {
              action: 'access.user-created',
              subjectType: 'staff_user',
              subjectId: user.id,
              details: { role: user.role },
            },
            now(),
          );
          return user;
        });
        return { user, enrolmentUrl: enrolmentUrl(token) };
      } catch (error) {
        if (isUniqueViolation(error)) throw new AccessError('ACCESS_USER_EXISTS');
        throw error;
      }
    },

    listUsers: () => repo.listUsers(db),

    /** Disables an account: its sessions end and it can no longer sign in. */
    async disableUser(who: UserRef, actor: Actor, reason?: string): Promise<StaffUser> {
      const user = await findUser(who, actor);
      await db.transaction().execute(async (trx) => {
        await repo.setUserStatus(trx, user.id, 'disabled', now());
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'access.user-disabled',
            subjectType: 'staff_user',
            subjectId: user.id,
            ...(reason ? { details: { reason } } : {}),
          },
          now(),
        );
      });
      return { id: user.id, email: user.email, role: user.role, status: 'disabled', createdAt: user.created_at };
    },

    /**
     * For a lost phone or password: the account goes back to `invited` (password and second factor
     * forgotten, sessions ended) and gets a new one-time enrolment link.
     */
    async resetUser(who: UserRef, actor: Actor, reason?: string): Promise<{ enrolmentUrl: string }> {
      const user = await findUser(who, actor);
      const token = newToken();
      await db.transaction().execute(async (trx) => {
        await repo.setUserStatus(trx, user.id, 'invited', now());
        await insertEnrolmentLink(trx, user.id, token);
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'access.user-reset',
            subjectType: 'staff_user',
            subjectId: user.id,
            ...(reason ? { details: { reason } } : {}),
          },
          now(),
        );
      });
      return { enrolmentUrl: enrolmentUrl(token) };
    },

    async startEnrolment(token: string): Promise<{ email: string; totpSecret: string; otpauthUrl: string }> {
      return db.transaction().execute(async (trx) => {
        const enrolment = await repo.findOpenEnrolment(trx, tokenHash(token), now());
        if (!enrolment) throw new AccessError('AUTH_ENROLMENT_NOT_FOUND');
        // The same secret on every visit, so reloading the page does not break a scanned code.
        let secret = enrolment.pending_totp_secret;
        if (!secret) {
          secret = newTotpSecret();
          await repo.setPendingTotpSecret(trx, enrolment.token_hash, secret);
        }
        return { email: enrolment.email, totpSecret: secret, otpauthUrl: totpUri(secret, enrolment.email, issuer) };
      });
    },

    async completeEnrolment(
      input: { token: string; password: string; totpCode: string },
      address: string | null,
    ): Promise<NewSession> {
      if (input.password.length < minPasswordLength || input.password.length > 1024)
        throw new AccessError('AUTH_PASSWORD_WEAK');
      const passwordHash = await hashPassword(input.password);
      return db.transaction().execute(async (trx) => {
        const enrolment = await repo.findOpenEnrolment(trx, tokenHash(input.token), now());
        if (!enrolment || !enrolment.pending_totp_secret) throw new AccessError('AUTH_ENROLMENT_NOT_FOUND');
        const step = checkTotp(enrolment.pending_totp_secret, input.totpCode);
        if (step === undefined) throw new AccessError('AUTH_TOTP_INVALID');
        await repo.activateUser(trx, enrolment.user_id, passwordHash, enrolment.pending_totp_secret, step, now());
        await repo.markEnrolmentUsed(trx, enrolment.token_hash, now());
        const session = await openSession(trx, { id: enrolment.user_id, email: enrolment.email, role: enrolment.role });
        await appendAuditEvent(
          trx,
          { type: 'user', id: enrolment.user_id, address },
          { action: 'access.enrolment-completed', subjectType: 'staff_user', subjectId: enrolment.user_id },
          now(),
        );
        return session;
      });
    },

    async login(
      input: { email: string; password: string; totpCode?: string | undefined },
      address: string | null,
    ): Promise<NewSession> {
      const user = await repo.findUserByEmail(db, input.email.trim());
      if (!user || user.status !== 'active' || !user.password_hash || !user.totp_secret) {
        await verifyPassword(await decoyPasswordHash(), input.password);
        throw new AccessError('AUTH_INVALID_CREDENTIALS');
      }
      const actor: Actor = { type: 'user', id: user.id, address };
      const attempt = await repo.reserveLoginAttempt(db, user.id, settings.loginMaxFailures, now());
      if (!attempt) {
        const lockedFor = user.locked_until ? user.locked_until.getTime() - now().getTime() : 0;
        if (lockedFor > 0)
          throw new AccessError('AUTH_LOCKED', undefined, { retryAfterSeconds: Math.ceil(lockedFor / 1000) });
        // Not locked yet, but the attempts in flight reach the limit: one of them may lock it.
        throw new PlatformError('RATE_LIMITED', undefined, { retryAfterSeconds: 1 });
      }

      const fail = async (code: 'AUTH_INVALID_CREDENTIALS' | 'AUTH_TOTP_INVALID'): Promise<never> => {
        const lockUntil = new Date(now().getTime() + settings.loginLockMinutes * 60_000);
        const outcome = await db.transaction().execute(async (trx) => {
          const result = await repo.recordLoginFailure(
            trx,
            user.id,
            attempt.failures,
            settings.loginMaxFailures,
            lockUntil,
          );
          await appendAuditEvent(
            trx,
            actor,
            {
              action: result.locked ? 'access.account-locked' : 'access.login-failed',
              subjectType: 'staff_user',
              subjectId: user.id,
              details: { reason: code },
            },
            now(),
          );
          return result;
        });
        // Backoff: each failure in a row costs the caller more time before the answer.
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt.failures, 2000)));
        if (outcome.locked)
          throw new AccessError('AUTH_LOCKED', undefined, { retryAfterSeconds: settings.loginLockMinutes * 60 });
        throw new AccessError(code);
      };

      if (!(await verifyPassword(user.password_hash, input.password))) return fail('AUTH_INVALID_CREDENTIALS');
      if (!input.totpCode) {
        await repo.releaseLoginAttempt(db, user.id);
        throw new AccessError('AUTH_TOTP_REQUIRED');
      }
      const step = checkTotp(user.totp_secret, input.totpCode, user.totp_last_step);
      if (step === undefined) return fail('AUTH_TOTP_INVALID');
      const session = await db.transaction().execute(async (trx) => {
        if (!(await repo.recordLoginSuccess(trx, user.id, step))) return undefined;
        const opened = await openSession(trx, user);
        await appendAuditEvent(
          trx,
          actor,
          { action: 'access.login', subjectType: 'staff_user', subjectId: user.id },
          now(),
        );
        return opened;
      });
      if (session) return session;
      // Another sign-in with the right password used this code first (a double submit, or a
      // replay): refused, but not a failure that could lock the account out.
      await repo.releaseLoginAttempt(db, user.id);
      throw new AccessError('AUTH_TOTP_INVALID');
    },

    async authenticateSession(token: string): Promise<StaffPrincipal | undefined> {
      const row = await repo.findSession(db, tokenHash(token), now());
      if (!row) return undefined;
      return {
        kind: 'staff',
        userId: row.id,
        email: row.email,
        role: row.role as StaffRole,
        sessionTokenHash: row.token_hash,
        csrfToken: row.csrf_token,
      };
    },

    async logout(principal: StaffPrincipal, address: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await repo.deleteSession(trx, principal.sessionTokenHash);
        await appendAuditEvent(
          trx,
          { type: 'user', id: principal.userId, address },
          { action: 'access.logout', subjectType: 'staff_user', subjectId: principal.userId },
          now(),
        );
      });
    },

    ...createApiKeyService(db, now, notifications),

    expireSessions: () => repo.deleteExpiredSessions(db, now()),
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
