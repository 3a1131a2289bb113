import { sessionCookie } from './access.guard.ts';
import type { AccessRule } from './access.types.ts';

// How `config.access` reads in the OpenAPI document. Staff sign in for a session cookie; a write
// by a session also needs the session's CSRF token in `x-csrf-token` (both schemes together). An
// organisation's key is a bearer token; the scope it needs is listed as the requirement's role.

export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const accessSecuritySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookie,
    description: 'A staff session (POST /api/v1/auth/login). Listed roles may call; administrators always may.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: csrfHeader,
    description: "The session's csrfToken (from the sign-in answer): required with the session on every write.",
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: "An organisation's API key (vgk_...); the requirement lists the scope it needs.",
  },
} as const;

export type SecurityRequirement = Record<string, string[]>;

/** Security requirements (alternatives) and refusal answers of a route's access rule. */
export function describeAccess(
  config: unknown,
  method: string,
): { security: SecurityRequirement[]; errors: Record<string, string> } {
  const rule = (config as { access?: AccessRule } | undefined)?.access;
  if (!rule) throw new Error('a route without an access rule cannot be described');
  const invalidKey = 'AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key';
  // Public routes still recognise (and rate-limit) a key when one is sent: it is optional.
  if ('public' in rule) return { security: [{}, { apiKey: [] }], errors: { 401: invalidKey } };
  const security: SecurityRequirement[] = [];
  const roles = rule.staff ?? [];
  if (roles.length > 0) {
    const listed = roles.includes('administrator') ? [...roles] : [...roles, 'administrator'];
    security.push(safeMethods.has(method) ? { session: listed } : { session: listed, csrf: [] });
  }
  if (rule.apiKey) security.push({ apiKey: [rule.apiKey] });
  return {
    security,
    errors: {
      401: `AUTH_REQUIRED: no session or key; ${invalidKey}`,
      403: 'AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this',
    },
  };
}
