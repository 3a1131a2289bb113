import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { ApiScope, OrganisationKind, StaffRole, StaffUser, UserStatus } from './access.types.ts';

export async function insertUser(db: Db, email: string, role: StaffRole): Promise<StaffUser> {
  const row = await db
    .insertInto('staff_user')
    .values({ email, role, password_hash: null, totp_secret: null, totp_last_step: null, locked_until: null })
    .returning(['id', 'email', 'role', 'status', 'created_at'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('staff_user')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<StaffUser[]> {
  const rows = await db
    .selectFrom('staff_user')
    .select(['id', 'email', 'role', 'status', 'created_at'])
    .orderBy('created_at')
    .execute();
  return rows.map(toUser);
}

function toUser(row: { id: string; email: string; role: string; status: string; created_at: Date }): StaffUser {
  return {
    id: row.id,
    email: row.email,
    role: row.role as StaffRole,
    status: row.status as UserStatus,
    createdAt: row.created_at,
  };
}

/** Sets a user's status; `invited` also forgets the password and second factor. Ends their sessions. */
export async function setUserStatus(db: Db, userId: string, status: 'invited' | 'disabled', now: Date): Promise<void> {
  await db
    .updateTable('staff_user')
    .set({
      status,
      updated_at: now,
      failed_logins: 0,
      locked_until: null,
      ...(status === 'invited' ? { password_hash: null, totp_secret: null, totp_last_step: null } : {}),
    })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('staff_session').where('user_id', '=', userId).execute();
  await db
    .updateTable('enrolment')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertEnrolment(db: Db, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .insertInto('enrolment')
    .values({ token_hash: tokenHash, user_id: userId, pending_totp_secret: null, expires_at: expiresAt, used_at: null })
    .execute();
}

/** A usable enrolment, locked for the rest of the transaction. */
export async function findOpenEnrolment(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('enrolment')
    .innerJoin('staff_user', 'staff_user.id', 'enrolment.user_id')
    .select([
      'enrolment.token_hash',
      'enrolment.user_id',
      'enrolment.pending_totp_secret',
      'staff_user.email',
      'staff_user.role',
      'staff_user.status',
    ])
    .where('enrolment.token_hash', '=', tokenHash)
    .where('enrolment.used_at', 'is', null)
    .where('enrolment.expires_at', '>', now)
    .forUpdate('enrolment')
    .executeTakeFirst();
}

export async function setPendingTotpSecret(db: Db, tokenHash: string, secret: string): Promise<void> {
  await db.updateTable('enrolment').set({ pending_totp_secret: secret }).where('token_hash', '=', tokenHash).execute();
}

export async function markEnrolmentUsed(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('enrolment').set({ used_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function activateUser(
  db: Db,
  userId: string,
  passwordHash: string,
  totpSecret: string,
  totpStep: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('staff_user')
    .set({
      password_hash: passwordHash,
      totp_secret: totpSecret,
      totp_last_step: totpStep,
      status: 'active',
      failed_logins: 0,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

/**
 * Takes one sign-in attempt before the password is checked, so parallel attempts cannot all pass
 * a stale lock check: the counter is raised first, and an account that is locked, or whose
 * attempts in flight already reach the limit, gets none. Undefined: no attempt left.
 */
export async function reserveLoginAttempt(
  db: Db,
  userId: string,
  maxFailures: number,
  now: Date,
): Promise<{ failures: number } | undefined> {
  const row = await db
    .updateTable('staff_user')
    .set({ failed_logins: sql<number>`failed_logins + 1` })
    .where('id', '=', userId)
    .where('failed_logins', '<', maxFailures)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('failed_logins')
    .executeTakeFirst();
  return row ? { failures: row.failed_logins } : undefined;
}

/** Gives back an attempt that was not a failure (right password, second factor still to come). */
export async function releaseLoginAttempt(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('staff_user')
    .set({ failed_logins: sql<number>`greatest(failed_logins - 1, 0)` })
    .where('id', '=', userId)
    .execute();
}

/**
 * A reserved attempt failed. The attempt that reached the limit (its number is unique: the
 * reservation counted it) locks the account and starts the counter again; earlier ones change
 * nothing more.
 */
export async function recordLoginFailure(
  db: Db,
  userId: string,
  attempt: number,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ locked: boolean }> {
  if (attempt < maxFailures) return { locked: false };
  await db
    .updateTable('staff_user')
    .set({ locked_until: lockUntil, failed_logins: 0 })
    .where('id', '=', userId)
    .execute();
  return { locked: true };
}

/**
 * A successful sign-in uses up its TOTP step: only one of several logins racing with the same
 * code gets a row back (false: the code was used meanwhile).
 */
export async function recordLoginSuccess(db: Db, userId: string, totpStep: number): Promise<boolean> {
  const row = await db
    .updateTable('staff_user')
    .set({ failed_logins: 0, locked_until: null, totp_last_step: totpStep })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', totpStep)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSession(
  db: Db,
  values: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('staff_session')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      csrf_token: values.csrfToken,
      expires_at: values.expiresAt,
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('staff_session')
    .innerJoin('staff_user', 'staff_user.id', 'staff_session.user_id')
    .select([
      'staff_session.token_hash',
      'staff_session.csrf_token',
      'staff_user.id',
      'staff_user.email',
      'staff_user.role',
    ])
    .where('staff_session.token_hash', '=', tokenHash)
    .where('staff_session.expires_at', '>', now)
    .where('staff_user.status', '=', 'active')
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const sessions = await db.deleteFrom('staff_session').where('expires_at', '<=', now).executeTakeFirst();
  return Number(sessions.numDeletedRows);
}

export async function upsertOrganisation(
  db: Db,
  name: string,
  kind: OrganisationKind,
): Promise<{ id: string; name: string }> {
  const existing = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return existing;
  return db.insertInto('organisation').values({ name, kind }).returning(['id', 'name']).executeTakeFirstOrThrow();
}

export async function insertApiKey(
  db: Db,
  values: { organisationId: string; prefix: string; keyHash: string; scopes: ApiScope[] },
): Promise<string> {
  const row = await db
    .insertInto('api_key')
    .values({
      organisation_id: values.organisationId,
      prefix: values.prefix,
      key_hash: values.keyHash,
      scopes: values.scopes,
      revoked_at: null,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listApiKeys(db: Db) {
  return db
    .selectFrom('api_key')
    .innerJoin('organisation', 'organisation.id', 'api_key.organisation_id')
    .select([
      'api_key.id',
      'api_key.prefix',
      'api_key.scopes',
      'api_key.created_at',
      'api_key.revoked_at',
      'organisation.name as organisation_name',
    ])
    .orderBy('api_key.created_at')
    .execute();
}

/** Marks a key revoked; answers whether a live key was found. */
export const apiKeyChannel = 'vigie_api_key_changed';

/** Revokes a key and, on commit, tells every process to forget it (NOTIFY is transactional). */
export async function revokeApiKey(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_key')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await sql`select pg_notify(${apiKeyChannel}, ${id})`.execute(db);
  return true;
}

export async function findApiKeyByPrefix(db: Db, prefix: string) {
  return db
    .selectFrom('api_key')
    .innerJoin('organisation', 'organisation.id', 'api_key.organisation_id')
    .select([
      'api_key.id',
      'api_key.key_hash',
      'api_key.scopes',
      'api_key.revoked_at',
      'organisation.id as organisation_id',
      'organisation.name as organisation_name',
    ])
    .where('api_key.prefix', '=', prefix)
    .executeTakeFirst();
}
