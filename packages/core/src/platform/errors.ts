// Every error a service can throw carries a stable code from this catalogue. The HTTP layer maps
// codes to statuses in one place (http/error-mapper.ts) and jobs read the retry policy from it.
// docs/errors.md is generated from this table (npm run docs:errors).

export const retryPolicies = ['permanent', 'retry-later', 'retry-with-backoff'] as const;
export type RetryPolicy = (typeof retryPolicies)[number];

export type ErrorSpec = {
  readonly status: number;
  readonly message: string;
  readonly retry: RetryPolicy;
};

const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid.', retry: 'permanent' },
  NOT_FOUND: { status: 404, message: 'Not found.', retry: 'permanent' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; try again later.', retry: 'retry-later' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.', retry: 'permanent' },
  INTERNAL: { status: 500, message: 'Internal error.', retry: 'retry-with-backoff' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service is unavailable.', retry: 'retry-with-backoff' },
  AUTH_REQUIRED: { status: 401, message: 'Sign in or present an API key.', retry: 'permanent' },
  AUTH_FORBIDDEN: { status: 403, message: 'Your role or key may not do this.', retry: 'permanent' },
  AUTH_CSRF_INVALID: { status: 403, message: 'Missing or wrong CSRF token.', retry: 'permanent' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Wrong email or password.', retry: 'permanent' },
  AUTH_TOTP_REQUIRED: { status: 401, message: 'Enter the code from your authenticator app.', retry: 'permanent' },
  AUTH_TOTP_INVALID: { status: 401, message: 'That code is not valid; try the current one.', retry: 'permanent' },
  AUTH_LOCKED: {
    status: 423,
    message: 'Too many failed sign-ins; the account is locked for a while.',
    retry: 'retry-later',
  },
  AUTH_ENROLMENT_INCOMPLETE: {
    status: 403,
    message: 'Finish enrolment with your one-time link first.',
    retry: 'permanent',
  },
  AUTH_ENROLMENT_NOT_FOUND: {
    status: 404,
    message: 'This enrolment link is unknown, used or expired.',
    retry: 'permanent',
  },
  AUTH_PASSWORD_WEAK: { status: 400, message: 'Choose a password of at least 12 characters.', retry: 'permanent' },
  AUTH_APIKEY_INVALID: { status: 401, message: 'The API key is not valid.', retry: 'permanent' },
  ACCESS_USER_EXISTS: { status: 409, message: 'A user with this email exists.', retry: 'permanent' },
  ACCESS_ROLE_UNKNOWN: { status: 400, message: 'Unknown role.', retry: 'permanent' },
  ACCESS_SCOPE_UNKNOWN: { status: 400, message: 'Unknown API key scope.', retry: 'permanent' },
  JOB_PAYLOAD_INVALID: { status: 500, message: 'A job payload did not match its schema.', retry: 'permanent' },
  CONFIG_INVALID: { status: 500, message: 'The configuration is not valid.', retry: 'permanent' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database does not answer.', retry: 'retry-with-backoff' },
  BACKUP_INVALID: { status: 400, message: 'The backup file is not valid.', retry: 'permanent' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;
const catalogue: Record<string, ErrorSpec> = { ...errorCatalogue };

/** Feature modules add their codes at import time; a clash is a programming error. */
export function registerErrorCodes(codes: Record<string, ErrorSpec>): void {
  for (const [code, spec] of Object.entries(codes)) {
    if (catalogue[code] && catalogue[code] !== spec) throw new Error(`error code ${code} registered twice`);
    catalogue[code] = spec;
  }
}

export function errorSpec(code: string): ErrorSpec {
  return catalogue[code] ?? errorCatalogue.INTERNAL;
}

export function listErrorCodes(): Array<[string, ErrorSpec]> {
  return Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b));
}

export class AppError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode | (string & {}), message?: string, details?: Record<string, unknown>) {
    super(message ?? errorSpec(code).message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get retry(): RetryPolicy {
    return errorSpec(this.code).retry;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
