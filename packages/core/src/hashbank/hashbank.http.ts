import type { FastifyRequest } from 'fastify';
import { apiKeyOf } from '../access/index.ts';
import { isAppError, PlatformError } from '../platform/errors.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { Curator } from './bank-store.ts';
import type { HashbankService } from './hashbank.service.ts';
import { contentTypes, type ContentType } from './media-hashing.ts';

export const matchAccess = { apiKey: 'hashes:match', staff: ['analyst', 'supervisor', 'verifier'] } as const;
export const curateAccess = { apiKey: 'hashes:curate', staff: ['supervisor'] } as const;
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export type HashbankRouteOptions = Readonly<{ maxUploadBytes?: number }>;

/** The one media of a multipart request; its field name (photo or video) says what it is. */
export async function readUpload(request: FastifyRequest): Promise<{ contentType: ContentType; bytes: Buffer }> {
  try {
    const file = await request.file();
    if (!file || !(contentTypes as readonly string[]).includes(file.fieldname)) {
      throw new PlatformError('VALIDATION_FAILED', 'Send the media as the multipart field `photo` or `video`.');
    }
    const bytes = await file.toBuffer();
    return { contentType: file.fieldname as ContentType, bytes };
  } catch (error) {
    throw uploadError(error);
  }
}

/**
 * What the multipart parser throws (busboy's plain errors on a truncated or garbled body, the
 * plugin's 406 for a wrong content type) is the client's mistake: a 400, or a 413 when too big.
 */
export function uploadError(error: unknown): Error {
  if (isAppError(error)) return error;
  if ((error as { statusCode?: unknown }).statusCode === 413)
    return new PlatformError('PAYLOAD_TOO_LARGE', 'The upload is larger than allowed.');
  const reason = error instanceof Error ? error.message : String(error);
  return new PlatformError('VALIDATION_FAILED', `The request is not a well-formed multipart upload: ${reason}`);
}

/** A supervisor's session curates every bank; anything else is an organisation's key (fail closed). */
export function curatorOf(request: FastifyRequest): Curator {
  if (request.principal?.kind === 'staff') return { kind: 'staff' };
  return { kind: 'organisation', organisationId: apiKeyOf(request).organisationId };
}

/**
 * Every route of the scope with a bank in its path (`param`) first checks that the caller may
 * curate that bank (not found otherwise): a route added later cannot forget it.
 */
export function requireBankCuration(scope: HttpServer, hashbank: HashbankService, param: string): void {
  scope.addHook('preHandler', async (request) => {
    const name = (request.params as Record<string, unknown> | undefined)?.[param];
    if (typeof name === 'string') await hashbank.requireCuration(curatorOf(request), name);
  });
}

/** Whose share of the hashing capacity a request takes: its key's, or its staff user's. */
export function requesterOf(request: FastifyRequest): string {
  const p = request.principal;
  if (p?.kind === 'api_key') return `key:${p.keyId}`;
  if (p?.kind === 'staff') return `user:${p.userId}`;
  return `address:${request.ip}`;
}
