// Errors that services throw carry a stable code and, with it, an HTTP status and a retry policy
// for jobs. Each module owns its codes: `defineErrors` gives it an error class whose constructor
// accepts only that module's codes, so a misspelt code does not compile. The composition root
// hands every module's catalogue to the one HTTP mapper and to the docs/errors.md generator.

export const retryPolicies = ['permanent', 'retry-later', 'retry-with-backoff'] as const;
export type RetryPolicy = (typeof retryPolicies)[number];

export type ErrorSpec = {
  readonly status: number;
  readonly message: string;
  readonly retry: RetryPolicy;
};

export type ErrorCatalogue = Readonly<Record<string, ErrorSpec>>;

export abstract class AppError extends Error {
  readonly code: string;
  readonly spec: ErrorSpec;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: string, spec: ErrorSpec, message?: string, details?: Record<string, unknown>) {
    super(message ?? spec.message);
    this.name = 'AppError';
    this.code = code;
    this.spec = spec;
    this.details = details;
  }
  get retry(): RetryPolicy {
    return this.spec.retry;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export type ModuleErrorClass<C extends ErrorCatalogue> = {
  new (
    code: keyof C & string,
    message?: string,
    details?: Record<string, unknown>,
  ): AppError & { code: keyof C & string };
  readonly catalogue: C;
};

/** A module's error class over its own catalogue. */
export function defineErrors<const C extends ErrorCatalogue>(catalogue: C): ModuleErrorClass<C> {
  return class ModuleError extends AppError {
    static readonly catalogue = catalogue;
    declare readonly code: keyof C & string;
    constructor(code: keyof C & string, message?: string, details?: Record<string, unknown>) {
      const spec = catalogue[code];
      if (!spec) throw new TypeError(`unknown error code ${code}`);
      super(code, spec, message, details);
    }
  };
}

/** Joins modules' catalogues; a code defined twice is a programming error. */
export function mergeErrorCatalogues(catalogues: readonly ErrorCatalogue[]): ErrorCatalogue {
  const merged: Record<string, ErrorSpec> = {};
  for (const catalogue of catalogues) {
    for (const [code, spec] of Object.entries(catalogue)) {
      if (merged[code]) throw new Error(`error code ${code} is defined twice`);
      merged[code] = spec;
    }
  }
  return Object.freeze(merged);
}

export function listErrorCodes(catalogue: ErrorCatalogue): Array<[string, ErrorSpec]> {
  return Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b));
}

/** The platform's own codes: generic answers any module may give. */
export const PlatformError = defineErrors({
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid.', retry: 'permanent' },
  NOT_FOUND: { status: 404, message: 'Not found.', retry: 'permanent' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; try again later.', retry: 'retry-later' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.', retry: 'permanent' },
  INTERNAL: { status: 500, message: 'Internal error.', retry: 'retry-with-backoff' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service is unavailable.', retry: 'retry-with-backoff' },
  JOB_PAYLOAD_INVALID: { status: 500, message: 'A job payload did not match its schema.', retry: 'permanent' },
  CONFIG_INVALID: { status: 500, message: 'The configuration is not valid.', retry: 'permanent' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database does not answer.', retry: 'retry-with-backoff' },
  BACKUP_INVALID: { status: 400, message: 'The backup file is not valid.', retry: 'permanent' },
});
