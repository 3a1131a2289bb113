import type { FastifyRequest } from 'fastify';
import { PlatformError } from '../platform/errors.ts';
import { contentTypes, type ContentType } from './media-hashing.ts';

export const matchAccess = { apiKey: 'hashes:match', staff: ['analyst', 'supervisor', 'verifier'] } as const;
export const curateAccess = { apiKey: 'hashes:curate', staff: ['supervisor'] } as const;
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export type HashbankRouteOptions = Readonly<{ maxUploadBytes?: number }>;

/** The one media of a multipart request; its field name (photo or video) says what it is. */
export async function readUpload(request: FastifyRequest): Promise<{ contentType: ContentType; bytes: Buffer }> {
  const file = await request.file();
  if (!file || !(contentTypes as readonly string[]).includes(file.fieldname)) {
    throw new PlatformError('VALIDATION_FAILED', 'Send the media as the multipart field `photo` or `video`.');
  }
  const bytes = await file.toBuffer();
  return { contentType: file.fieldname as ContentType, bytes };
}
