import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/index.ts';
import { AppError } from '../platform/errors.ts';
import { contentTypes, type ContentType } from './media-hashing.ts';

export const matchAccess = { apiKey: 'hashes:match', staff: ['analyst', 'supervisor', 'verifier'] } as const;
export const curateAccess = { apiKey: 'hashes:curate', staff: ['supervisor'] } as const;
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The one media of a multipart request; its field name (photo or video) says what it is. */
export async function readUpload(request: FastifyRequest): Promise<{ contentType: ContentType; bytes: Buffer }> {
  const file = await request.file();
  if (!file || !(contentTypes as readonly string[]).includes(file.fieldname)) {
    throw new AppError('VALIDATION_FAILED', 'Send the media as the multipart field `photo` or `video`.');
  }
  const bytes = await file.toBuffer();
  return { contentType: file.fieldname as ContentType, bytes };
}

export function requestActor(request: FastifyRequest): Actor {
  const p = request.principal;
  if (!p) return { type: 'anonymous', address: request.ip };
  return p.kind === 'staff'
    ? { type: 'user', id: p.userId, address: request.ip }
    : { type: 'api_key', id: p.keyId, address: request.ip };
}
