import type { Kysely } from 'kysely';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Database } from '../database.ts';
import type { Clock } from '../platform/clock.ts';
import type { Notifications } from '../platform/db/notifications.ts';
import { PlatformError } from '../platform/errors.ts';
import { AccessError } from './access.errors.ts';
import * as repo from './access.repository.ts';
import {
  apiScopes,
  organisationKinds,
  type ApiKeyPrincipal,
  type ApiScope,
  type OrganisationKind,
} from './access.types.ts';
import { newToken, sameSecret, tokenHash } from './secrets.ts';

const apiKeyCacheMs = 30_000;

/** Organisations' API keys: shown once, stored as SHA-256, cached briefly, revoked everywhere at once. */
export function createApiKeyService(db: Kysely<Database>, now: Clock, notifications: Notifications) {
  // Keyed by the key's hash. Trusted only while this process hears revocations: a revoke in any
  // process reaches every cache at its commit, and a lost connection empties it.
  const apiKeyCache = new Map<string, { principal: ApiKeyPrincipal | undefined; until: number }>();
  let cacheGeneration = 0;
  const forgetKeys = () => {
    apiKeyCache.clear();
    cacheGeneration += 1;
  };
  notifications.subscribe(repo.apiKeyChannel, forgetKeys);
  notifications.onGap(forgetKeys);

  return {
    async createApiKey(
      input: { organisation: string; kind?: string; scopes: string[] },
      actor: Actor,
    ): Promise<{ id: string; key: string; organisationId: string }> {
      const unknown = input.scopes.filter((s) => !apiScopes.includes(s as ApiScope));
      if (unknown.length > 0 || input.scopes.length === 0)
        throw new AccessError(
          'ACCESS_SCOPE_UNKNOWN',
          `Unknown scope(s) ${unknown.join(', ') || '(none given)'}; use ${apiScopes.join(', ')}.`,
        );
      if (input.kind !== undefined && !organisationKinds.includes(input.kind as OrganisationKind)) {
        throw new PlatformError(
          'VALIDATION_FAILED',
          `Unknown organisation kind ${input.kind}; use one of ${organisationKinds.join(', ')}.`,
        );
      }
      const prefix = newToken(6);
      const key = `vgk_${prefix}_${newToken(32)}`;
      return db.transaction().execute(async (trx) => {
        const organisation = await repo.upsertOrganisation(
          trx,
          input.organisation.trim(),
          (input.kind as OrganisationKind | undefined) ?? 'other',
        );
        const id = await repo.insertApiKey(trx, {
          organisationId: organisation.id,
          prefix,
          keyHash: tokenHash(key),
          scopes: input.scopes as ApiScope[],
        });
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'access.api-key-created',
            subjectType: 'api_key',
            subjectId: id,
            details: { organisation: organisation.name, scopes: input.scopes },
          },
          now(),
        );
        return { id, key, organisationId: organisation.id };
      });
    },

    async listApiKeys(): Promise<
      Array<{
        id: string;
        organisation: string;
        prefix: string;
        scopes: string[];
        createdAt: Date;
        revokedAt: Date | null;
      }>
    > {
      const rows = await repo.listApiKeys(db);
      return rows.map((r) => ({
        id: r.id,
        organisation: r.organisation_name,
        prefix: r.prefix,
        scopes: r.scopes,
        createdAt: r.created_at,
        revokedAt: r.revoked_at,
      }));
    },

    async revokeApiKey(id: string, actor: Actor): Promise<void> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new PlatformError('NOT_FOUND', 'No live API key has this id.');
      await db.transaction().execute(async (trx) => {
        if (!(await repo.revokeApiKey(trx, id, now())))
          throw new PlatformError('NOT_FOUND', 'No live API key has this id.');
        await appendAuditEvent(
          trx,
          actor,
          { action: 'access.api-key-revoked', subjectType: 'api_key', subjectId: id },
          now(),
        );
      });
      // Every process, this one included, forgets it when the NOTIFY arrives; this one also now.
      forgetKeys();
    },

    /** Keys are cached briefly per process; a revocation takes effect everywhere at its commit. */
    async authenticateApiKey(key: string): Promise<ApiKeyPrincipal | undefined> {
      const hash = tokenHash(key);
      const cached = apiKeyCache.get(hash);
      if (cached && cached.until > now().getTime() && notifications.isListening()) return cached.principal;
      // A revocation heard while the row is read must not let the stale answer into the cache.
      const generation = cacheGeneration;
      const match = /^vgk_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/.exec(key);
      const row = match?.[1] ? await repo.findApiKeyByPrefix(db, match[1]) : undefined;
      const principal: ApiKeyPrincipal | undefined =
        row && !row.revoked_at && sameSecret(row.key_hash, hash)
          ? {
              kind: 'api_key',
              keyId: row.id,
              organisationId: row.organisation_id,
              organisationName: row.organisation_name,
              scopes: row.scopes as ApiScope[],
            }
          : undefined;
      if (apiKeyCache.size > 10_000) apiKeyCache.clear();
      if (notifications.isListening() && generation === cacheGeneration)
        apiKeyCache.set(hash, { principal, until: now().getTime() + apiKeyCacheMs });
      return principal;
    },

    /**
     * The key an installation lets keyless HMA clients act as (config.hmaKeyless), by its prefix:
     * no secret is checked, so only the guard calls this, for the configured networks. Read each
     * time (no cache), so a revocation ends it at once.
     */
    async authenticateKeylessPrefix(prefix: string): Promise<ApiKeyPrincipal | undefined> {
      const row = await repo.findApiKeyByPrefix(db, prefix);
      if (!row || row.revoked_at) return undefined;
      return {
        kind: 'api_key',
        keyId: row.id,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        scopes: row.scopes as ApiScope[],
      };
    },
  };
}
