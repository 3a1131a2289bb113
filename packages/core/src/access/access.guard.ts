import type { FastifyRequest } from 'fastify';
import { hasScope } from './access.caller.ts';
import { AccessError } from './access.errors.ts';
import { PlatformError } from '../platform/errors.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { networkContains, parseNetwork, type Network } from '../platform/net/networks.ts';
import type { RateLimiter } from '../platform/http/shared-rate-limiter.ts';
import type { AccessService } from './access.service.ts';
import type { AccessRule, Principal } from './access.types.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
    /** Keyless callers from the installation's configured networks may call it (HMA's surface). */
    keyless?: true;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route with its access rule, for the route-by-role test and the docs. */
    declaredRoutes: DeclaredRoute[];
  }
}

export type DeclaredRoute = { method: string; url: string; access: AccessRule };
export const sessionCookie = 'vigie_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isAllowed(rule: AccessRule, principal: Principal | null): boolean {
  if ('public' in rule) return true;
  if (!principal) return false;
  if (principal.kind === 'staff') {
    const roles = 'staff' in rule ? (rule.staff ?? []) : [];
    // Administrators may do whatever some staff role may (AccessRule's promise).
    return roles.length > 0 && (principal.role === 'administrator' || roles.includes(principal.role));
  }
  const scope = 'apiKey' in rule ? rule.apiKey : undefined;
  return scope !== undefined && hasScope(principal, scope);
}

/** Keyless HMA clients: requests from these networks act as this key (config.hmaKeyless). */
export type KeylessCallers = Readonly<{ keyPrefix: string; networks: readonly string[] }>;

async function resolvePrincipal(
  request: FastifyRequest,
  access: AccessService,
  isPublic: boolean,
  keyless: { keyPrefix: string; networks: Network[] } | undefined,
): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  const bearer = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
  // HMA-style clients send the key as X-API-Key; beside a Bearer token it must be the same key.
  const header = request.headers['x-api-key'];
  const apiKeyHeader = typeof header === 'string' && header.trim() ? header.trim() : undefined;
  if (apiKeyHeader) {
    const principal =
      bearer === undefined || bearer === apiKeyHeader ? await access.authenticateApiKey(apiKeyHeader) : undefined;
    if (!principal) throw new AccessError('AUTH_APIKEY_INVALID');
    return principal;
  }
  // A browser may send other schemes (Basic to an intranet proxy, say): on public routes they mean
  // nothing to Vigie. Elsewhere, and for any Bearer token, a key that is not valid is refused.
  if (authorization && (bearer || !isPublic)) {
    const principal = bearer ? await access.authenticateApiKey(bearer) : undefined;
    if (!principal) throw new AccessError('AUTH_APIKEY_INVALID');
    return principal;
  }
  const token = request.cookies[sessionCookie];
  if (token) return (await access.authenticateSession(token)) ?? null;
  // No credentials at all: a route open to keyless clients, from a configured network, acts as the
  // configured key (its organisation, scopes and audit trail); a revoked key ends it at once.
  if (keyless && request.routeOptions.config.keyless && keyless.networks.some((n) => networkContains(n, request.ip)))
    return (await access.authenticateKeylessPrefix(keyless.keyPrefix)) ?? null;
  return null;
}

/**
 * Every route must declare who may call it (config.access); a route without a rule refuses to
 * register, so nothing is reachable by omission.
 */
export function installAccessGuard(
  app: HttpServer,
  access: AccessService,
  keyLimiter: RateLimiter,
  keylessCallers?: KeylessCallers,
): void {
  const keyless = keylessCallers && {
    keyPrefix: keylessCallers.keyPrefix,
    networks: keylessCallers.networks.map(parseNetwork).filter((n): n is Network => n !== undefined),
  };
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') declared.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule) return;
    const principal = await resolvePrincipal(request, access, 'public' in rule, keyless);
    request.principal = principal;
    if (!isAllowed(rule, principal)) throw new AccessError(principal ? 'AUTH_FORBIDDEN' : 'AUTH_REQUIRED');
    if (principal?.kind === 'api_key') {
      const outcome = await keyLimiter.take(principal.keyId);
      if (!outcome.allowed)
        throw new PlatformError('RATE_LIMITED', undefined, { retryAfterSeconds: outcome.retryAfterSeconds });
    }
    // Public routes act for nobody in particular (the tipline form has its own token), so a staff
    // cookie in the same browser must not make them demand the console's CSRF header.
    const actsAsStaff = !('public' in rule);
    if (
      actsAsStaff &&
      principal?.kind === 'staff' &&
      !safeMethods.has(request.method) &&
      request.headers['x-csrf-token'] !== principal.csrfToken
    ) {
      throw new AccessError('AUTH_CSRF_INVALID');
    }
  });
}
