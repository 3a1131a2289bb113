import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/index.ts';
import { AccessError } from './access.errors.ts';
import type { ApiKeyPrincipal, ApiScope, Principal, StaffPrincipal } from './access.types.ts';

// Who is calling, for routes: the guard has already checked the route's rule, so these read the
// principal it resolved and refuse only when a route asks for a caller its rule cannot give.

/** The audited actor behind a request; the anonymous public's address only when asked to keep it. */
export function actorOf(request: FastifyRequest, options: { keepAnonymousAddress?: boolean } = {}): Actor {
  const p = request.principal;
  if (!p) return { type: 'anonymous', address: (options.keepAnonymousAddress ?? true) ? request.ip : null };
  return p.kind === 'staff'
    ? { type: 'user', id: p.userId, address: request.ip }
    : { type: 'api_key', id: p.keyId, address: request.ip };
}

export function staffOf(request: FastifyRequest): StaffPrincipal {
  const p = request.principal;
  if (p?.kind !== 'staff') throw new AccessError(p ? 'AUTH_FORBIDDEN' : 'AUTH_REQUIRED');
  return p;
}

export function apiKeyOf(request: FastifyRequest): ApiKeyPrincipal {
  const p = request.principal;
  if (p?.kind !== 'api_key') throw new AccessError(p ? 'AUTH_FORBIDDEN' : 'AUTH_REQUIRED');
  return p;
}

/** A key's scopes include `scope` (or `all`, for trusted internal clients). */
export function hasScope(principal: ApiKeyPrincipal, scope: ApiScope): boolean {
  return principal.scopes.includes(scope) || principal.scopes.includes('all');
}

/** For routes open to several kinds of caller where an API key needs one more scope. */
export function requireScope(principal: Principal | null, scope: ApiScope): void {
  if (principal?.kind === 'api_key' && !hasScope(principal, scope))
    throw new AccessError('AUTH_SCOPE_REQUIRED', `This API key lacks the scope ${scope}.`);
}
