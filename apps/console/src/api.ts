// The console's only way to the server: a client generated from the server's OpenAPI document
// (@vigie/contract/openapi, openapi-fetch), so every path, body and answer is typed from the
// server's own schemas. Same-origin JSON; every non-GET request carries the CSRF token of the
// last session the server handed out.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@vigie/contract/openapi';
import type { EnrolmentStartResponse, LoginBody, SessionResponse } from '@vigie/contract/access';
import { staffRoles } from '@vigie/contract/access-names';

export const roles = staffRoles;
export type Role = (typeof roles)[number];
export type Session = SessionResponse;
export type EnrolmentStart = EnrolmentStartResponse;
export type LoginInput = LoginBody;
export type ApiPaths = paths;
/** The JSON body of an operation's answer: `Json<ApiPaths['/api/v1/x']['get']['responses'][200]>`. */
export type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
/** The JSON request body of an operation: `Body<ApiPaths['/api/v1/x']['post']>`. */
export type Body<T> = T extends { requestBody: { content: { 'application/json': infer J } } } ? J : never;

export type FieldRefusal = { path: string; message: string };

/** A failed call: `code` is the server's stable code, or NETWORK_ERROR / HTTP_ERROR. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;
  /** For VALIDATION_FAILED: each refused field's JSON pointer ("/dailyLimitMinutes") and why. */
  readonly fields: readonly FieldRefusal[];

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | null;
    retryAfterSeconds?: number | null;
    fields?: readonly FieldRefusal[];
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.fields = init.fields ?? [];
  }
}

type Outcome<T> = { data?: T; error?: unknown; response: Response };

export interface Api {
  /** The typed client: `api.client.GET('/api/v1/...', { params })`; pass its promise to `call`. */
  readonly client: Client<paths>;
  /** The data of a call, or an ApiError carrying the server's code. */
  call<T>(outcome: Promise<Outcome<T>>): Promise<T>;
  getSession(): Promise<Session>;
  login(input: LoginInput): Promise<Session>;
  logout(): Promise<void>;
  startEnrolment(token: string): Promise<EnrolmentStart>;
  completeEnrolment(input: { token: string; password: string; totpCode: string }): Promise<Session>;
}

export function createApi(options: { fetch?: (request: Request) => Promise<Response>; baseUrl?: string } = {}): Api {
  let csrfToken: string | null = null;
  const csrf: Middleware = {
    onRequest({ request }) {
      request.headers.set('accept', 'application/json');
      if (request.method !== 'GET' && csrfToken !== null) request.headers.set('x-csrf-token', csrfToken);
      return request;
    },
  };
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    credentials: 'same-origin',
    cache: 'no-store',
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use(csrf);

  async function call<T>(outcome: Promise<Outcome<T>>): Promise<T> {
    let result: Outcome<T>;
    try {
      result = await outcome;
    } catch (cause) {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) });
    }
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return result.data as T;
  }
  async function withSession(outcome: Promise<Outcome<Session>>): Promise<Session> {
    const session = await call(outcome);
    csrfToken = session.csrfToken;
    return session;
  }

  return {
    client,
    call,
    getSession: () => withSession(client.GET('/api/v1/auth/session')),
    login: (body) => withSession(client.POST('/api/v1/auth/login', { body })),
    async logout() {
      await call(client.POST('/api/v1/auth/logout'));
      csrfToken = null;
    },
    startEnrolment: (token) => call(client.POST('/api/v1/auth/enrolment/start', { body: { token } })),
    completeEnrolment: (body) => withSession(client.POST('/api/v1/auth/enrolment/complete', { body })),
  };
}

function toApiError(response: Response, body: unknown): ApiError {
  const fallback = { status: response.status, code: 'HTTP_ERROR', message: response.statusText };
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  if (error === null || typeof error['code'] !== 'string') return new ApiError(fallback);
  const retryAfter = error['retryAfterSeconds'];
  return new ApiError({
    status: response.status,
    code: error['code'],
    message: typeof error['message'] === 'string' ? error['message'] : fallback.message,
    requestId: typeof error['requestId'] === 'string' ? error['requestId'] : null,
    retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : null,
    fields: Array.isArray(error['details']) ? error['details'].filter(isRefusal) : [],
  });
}

function isRefusal(value: unknown): value is FieldRefusal {
  return isRecord(value) && typeof value['path'] === 'string' && typeof value['message'] === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
