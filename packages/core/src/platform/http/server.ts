import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ErrorCatalogue } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { installErrorMapper } from './error-mapper.ts';
import { markUploads, openapiOptions, type OpenapiSettings } from './openapi.ts';

export type HttpServer = FastifyInstance<any, any, any, FastifyBaseLogger, TypeBoxTypeProvider>;

export type HttpServerOptions = {
  logger: Logger;
  trustedProxies: readonly string[];
  bodyLimitBytes?: number;
  /** The whole request, body included, must arrive within this time (a slow sender is cut off). */
  requestTimeoutSeconds: number;
  version: string;
  /** Every module's error codes, from the composition root. */
  errors: ErrorCatalogue;
  /** What the OpenAPI document names and how it reads access rules (openapi.ts). */
  openapi: Pick<OpenapiSettings, 'schemas' | 'securitySchemes' | 'describeAccess'>;
};

// blob: images are the console's media previews: fetched with the session, never by an address
// another page could load, and shown through object URLs the console revokes.
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // The connection's address counts, unless it is a proxy the configuration names.
    trustProxy: options.trustedProxies.length > 0 ? [...options.trustedProxies] : false,
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
    requestTimeout: options.requestTimeoutSeconds * 1000,
    // Node checks request deadlines on this period; the default (30 s) would blur short limits.
    // Node ignores a request deadline shorter than the headers' one, so that one follows it down.
    http: {
      connectionsCheckingInterval: Math.min(5000, options.requestTimeoutSeconds * 250),
      headersTimeout: Math.min(60_000, options.requestTimeoutSeconds * 1000),
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Request lines would carry URLs; metrics count requests by route pattern instead.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    // Clients that join a base URL ending in `/` with a path starting with one (ROOST's Coop with
    // HMA_SERVICE_URL=http://host:port/, its default) ask for `//c/banks`: the same route.
    routerOptions: { ignoreDuplicateSlashes: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cookie);
  await app.register(formbody);
  markUploads(app);
  await app.register(
    swagger,
    openapiOptions({ ...options.openapi, version: options.version, errorCodes: Object.keys(options.errors) }),
  );
  installErrorMapper(app, options.errors);
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders))
      if (!reply.hasHeader(name)) void reply.header(name, value);
    return payload;
  });
  return app;
}
