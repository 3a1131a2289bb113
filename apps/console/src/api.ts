// The console's only way to the server. Every call is same-origin JSON; any non-GET request
// carries the CSRF token from the last session the server handed out.

import type {
  EnrolmentStartResponse,
  LoginBody,
  SessionResponse,
  SessionUser as WireSessionUser,
} from '@vigie/contract/access';
import { staffRoles } from '@vigie/contract/access-names';

// The wire types come from the server's own schemas (packages/contract): a change there that
// the console does not follow fails the console's typecheck.
export const roles = staffRoles;
export type Role = (typeof roles)[number];
export type SessionUser = WireSessionUser;
export type Session = SessionResponse;
export type EnrolmentStart = EnrolmentStartResponse;
export type LoginInput = LoginBody;

/** A failed call: `code` is the server's stable code, or NETWORK_ERROR / HTTP_ERROR. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | null;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export interface ApiClient {
  getSession(): Promise<Session>;
  login(input: LoginInput): Promise<Session>;
  logout(): Promise<void>;
  startEnrolment(token: string): Promise<EnrolmentStart>;
  completeEnrolment(input: { token: string; password: string; totpCode: string }): Promise<Session>;
}

const API_ROOT = '/api/v1';

export function createApiClient(fetchImpl: typeof fetch = fetch.bind(globalThis)): ApiClient {
  let csrfToken: string | null = null;

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(API_ROOT + path, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) });
    }
    if (!response.ok) throw await toApiError(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  async function withSession(promise: Promise<Session>): Promise<Session> {
    const session = await promise;
    csrfToken = session.csrfToken;
    return session;
  }

  return {
    getSession: () => withSession(request<Session>('GET', '/auth/session')),
    login: (input) => withSession(request<Session>('POST', '/auth/login', input)),
    async logout() {
      await request<undefined>('POST', '/auth/logout');
      csrfToken = null;
    },
    startEnrolment: (token) => request<EnrolmentStart>('POST', '/auth/enrolment/start', { token }),
    completeEnrolment: (input) => withSession(request<Session>('POST', '/auth/enrolment/complete', input)),
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, code: 'HTTP_ERROR', message: response.statusText };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiError(fallback);
  }
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  if (error === null || typeof error['code'] !== 'string') return new ApiError(fallback);
  const retryAfter = error['retryAfterSeconds'];
  return new ApiError({
    status: response.status,
    code: error['code'],
    message: typeof error['message'] === 'string' ? error['message'] : fallback.message,
    requestId: typeof error['requestId'] === 'string' ? error['requestId'] : null,
    retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : null,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
