import type { FastifyError, FastifyInstance } from 'fastify';
import { PlatformError, isAppError, type ErrorCatalogue } from '../errors.ts';

export type ErrorBody = {
  error: { code: string; message: string; requestId: string; retryAfterSeconds?: number; details?: unknown };
};

const platform = PlatformError.catalogue;

// The one place where errors become HTTP answers. AppErrors whose code the catalogue lists keep
// their code and message; Fastify's own errors map to the nearest stable code; anything else,
// an unlisted code included, is a 500 with only the request id.
export function installErrorMapper(app: FastifyInstance, catalogue: ErrorCatalogue): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let code = 'INTERNAL';
    let message: string = platform.INTERNAL.message;
    let status: number = platform.INTERNAL.status;
    let details: unknown;
    let retryAfterSeconds: number | undefined;
    const listed = isAppError(error) ? catalogue[error.code] : undefined;
    if (isAppError(error) && listed) {
      code = error.code;
      message = error.message;
      status = listed.status;
      const after = error.details?.retryAfterSeconds;
      if (typeof after === 'number') retryAfterSeconds = after;
      if (error.details?.fields) details = error.details.fields;
    } else if (isAppError(error)) {
      request.log.error({ code: error.code }, 'error code missing from the catalogue');
    } else if (error.validation) {
      code = 'VALIDATION_FAILED';
      message = `The request is not valid: ${error.message}`;
      status = error.statusCode && error.statusCode < 500 ? error.statusCode : platform.VALIDATION_FAILED.status;
      details = error.validation.map((v) => ({
        path: v.instancePath || v.params?.missingProperty,
        message: v.message,
      }));
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      code = 'PAYLOAD_TOO_LARGE';
      ({ message, status } = platform.PAYLOAD_TOO_LARGE);
    } else if (error.statusCode === 429) {
      code = 'RATE_LIMITED';
      ({ message, status } = platform.RATE_LIMITED);
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      code = 'VALIDATION_FAILED';
      message = error.message;
      status = error.statusCode;
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    const body: ErrorBody = {
      error: {
        code,
        message,
        requestId: request.id,
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        ...(details ? { details } : {}),
      },
    };
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: { code: 'NOT_FOUND', message: platform.NOT_FOUND.message, requestId: request.id },
    };
    void reply.status(404).send(body);
  });
}
