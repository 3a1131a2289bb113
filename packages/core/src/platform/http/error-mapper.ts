import type { FastifyError, FastifyInstance } from 'fastify';
import { errorSpec, isAppError } from '../errors.ts';

export type ErrorBody = {
  error: { code: string; message: string; requestId: string; retryAfterSeconds?: number; details?: unknown };
};

// The one place where errors become HTTP answers. AppErrors keep their code and message; Fastify's
// own errors map to the nearest stable code; anything else is a 500 with only the request id.
export function installErrorMapper(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let code = 'INTERNAL';
    let message = errorSpec('INTERNAL').message;
    let details: unknown;
    let retryAfterSeconds: number | undefined;
    if (isAppError(error)) {
      code = error.code;
      message = error.message;
      const after = error.details?.retryAfterSeconds;
      if (typeof after === 'number') retryAfterSeconds = after;
      if (error.details?.fields) details = error.details.fields;
    } else if (error.validation) {
      code = 'VALIDATION_FAILED';
      message = `The request is not valid: ${error.message}`;
      details = error.validation.map((v) => ({
        path: v.instancePath || v.params?.missingProperty,
        message: v.message,
      }));
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      code = 'PAYLOAD_TOO_LARGE';
      message = errorSpec(code).message;
    } else if (error.statusCode === 429) {
      code = 'RATE_LIMITED';
      message = errorSpec(code).message;
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      code = 'VALIDATION_FAILED';
      message = error.message;
    }
    const status =
      code === 'VALIDATION_FAILED' && error.statusCode && error.statusCode < 500 && !isAppError(error)
        ? error.statusCode
        : errorSpec(code).status;
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
      error: { code: 'NOT_FOUND', message: errorSpec('NOT_FOUND').message, requestId: request.id },
    };
    void reply.status(404).send(body);
  });
}
