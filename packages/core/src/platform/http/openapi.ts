import type { SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { createSchemaNamer, type NamedSchemaSources } from './openapi-schemas.ts';

// The OpenAPI document is derived here, for every route at once, from what each route already
// declares (method, URL, `config.access`, TypeBox schemas, the content types it parses): a route
// added anywhere gets a stable operationId, its security requirement, the shared error answers
// and named schemas without repeating them. A route may still set `schema.operationId` itself.

export type SecurityRequirement = Record<string, string[]>;

/** What a route's access rule means in the document: who may call, and what a refusal looks like. */
export type AccessDescription = { security: SecurityRequirement[]; errors: Record<string, string> };

export type OpenapiSettings = NamedSchemaSources & {
  version: string;
  /** Every error code the mapper may answer (the composition root's catalogue). */
  errorCodes: readonly string[];
  securitySchemes: Record<string, unknown>;
  /** Reads a route's config (its access rule) into security requirements and refusals. */
  describeAccess(config: unknown, method: string): AccessDescription;
};

type Json = Record<string, unknown>;
const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);
const multipart = 'multipart/form-data';

export const ErrorResponse = {
  type: 'object',
  description: 'Every error answer: a stable code (docs/errors.md), a message for people, the request id.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { $ref: '#/components/schemas/ErrorCode' },
        message: { type: 'string' },
        requestId: { type: 'string', description: 'Quote it when asking the operator about this answer' },
        retryAfterSeconds: { type: 'integer', minimum: 0, description: 'Also sent as the Retry-After header' },
        details: { description: 'Per-field problems of a request that is not valid' },
      },
    },
  },
} as const;

/** The one media of an upload, as the field named for its kind (HMA's convention). */
export const MediaUpload = {
  type: 'object',
  description: 'Exactly one field: `photo` for an image, `video` for a video.',
  minProperties: 1,
  maxProperties: 1,
  properties: {
    photo: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' },
    video: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' },
  },
} as const;

/** The body of a route that declares other `consumes` and no body schema: a file, as bytes. */
const RawFile = { type: 'string', format: 'binary', description: 'The file itself, as bytes' } as const;

/** `GET /api/v1/captures/:id` → `getCapturesById`; `/api/v1` is left out, other segments kept. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1).replace(/\(.*$/, '')}` : segment))
    .flatMap((segment) => segment.replace(/\*/g, 'wildcard').split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return method.toLowerCase() + (words.length > 0 ? words.join('') : 'Root');
}

/**
 * Routes in a scope that parses multipart bodies, with no JSON body of their own, take an upload:
 * marked as `consumes` when the route is added, so the document describes their request body.
 */
export function markUploads(app: FastifyInstance): void {
  app.addHook('onRoute', function (this: FastifyInstance, route: RouteOptions) {
    const methods = [route.method].flat();
    if (!methods.some((m) => bodyMethods.has(m)) || route.schema?.body || route.schema?.consumes) return;
    if (this.hasContentTypeParser(multipart)) route.schema = { ...route.schema, consumes: [multipart] };
  });
}

// Errors are JSON whatever the route produces on success (a CSV export, Prometheus text).
function errorResponse(namer: ReturnType<typeof createSchemaNamer>, description: string): Json {
  return { description, content: { 'application/json': { schema: namer.reference('ErrorResponse') } } };
}

export function openapiOptions(settings: OpenapiSettings): SwaggerOptions {
  const namer = createSchemaNamer({
    schemas: settings.schemas,
    fixed: {
      ErrorResponse,
      ErrorCode: { type: 'string', enum: [...settings.errorCodes].sort(), description: 'docs/errors.md' },
      MediaUpload,
    },
  });
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigie API',
        version: settings.version,
        description: 'The API of Vigie, the platform for child-protection hotlines. Errors: docs/errors.md.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'The installation that serves this document' }],
      components: { securitySchemes: settings.securitySchemes as never },
    },
    transform({ schema, url, route }) {
      const method = [route.method].flat()[0]!;
      const access = settings.describeAccess(route.config, method);
      const out: Json = { ...schema, operationId: schema?.operationId ?? operationIdOf(method, url) };
      out.security = access.security;
      for (const part of ['querystring', 'params', 'headers'] as const)
        if (schema?.[part]) out[part] = namer.typed(schema[part]);
      const consumes = (schema?.consumes as string[] | undefined) ?? [];
      if (schema?.body) out.body = namer.refer(schema.body);
      else if (consumes.includes(multipart)) out.body = namer.reference('MediaUpload');
      else if (consumes.length > 0) out.body = RawFile;
      const hasInput = Boolean(out.body || schema?.querystring || schema?.params || /[:*]/.test(url));
      const errors: Record<string, string> = {
        ...(hasInput ? { 400: 'VALIDATION_FAILED: the request is not valid' } : {}),
        ...access.errors,
        ...(/:/.test(url) ? { 404: 'NOT_FOUND: nothing of that name or id, or not visible to this caller' } : {}),
        ...(out.body ? { 413: 'PAYLOAD_TOO_LARGE: the body is larger than this route takes' } : {}),
        429: 'RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds',
        500: 'INTERNAL: an unexpected failure; only the request id is given',
        default: 'Any other error code of docs/errors.md, with its HTTP status',
      };
      const declared = (schema?.response ?? {}) as Record<string, unknown>;
      const response: Json = {};
      for (const [status, body] of Object.entries(declared)) response[status] = namer.refer(body);
      // A route that declares no success schema answers something undescribed: say so, without
      // inventing a body (`type: null` is how @fastify/swagger writes a response without content).
      if (!Object.keys(response).some((s) => s.startsWith('2')))
        response[200] = { type: 'null', description: 'Success; the answer is not described' };
      for (const [status, description] of Object.entries(errors))
        response[status] ??= errorResponse(namer, description);
      out.response = response;
      return { schema: out as typeof schema, url };
    },
    transformObject(documentObject) {
      const document = (documentObject as { openapiObject: { components?: { schemas?: Json } } }).openapiObject;
      const components = (document.components ??= {});
      components.schemas = { ...components.schemas, ...namer.components() };
      return document as never;
    },
  };
}
