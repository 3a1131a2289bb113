import type { FastifyRequest } from 'fastify';
import { PlatformError } from '../../platform/errors.ts';
import { uploadError } from '../hashbank.http.ts';
import { contentTypes, type ContentType } from '../media-hashing.ts';

/** One media sent as HMA's clients send it, with the form's other fields (metadata, note...). */
export type HmaUpload = { contentType: ContentType; bytes: Buffer; fields: Record<string, string> };

/**
 * The multipart body as HMA reads it: one file whose field name (photo or video) says what it is,
 * fields before or after it (Coop and HMA's UI append metadata after the file).
 */
export async function readHmaUpload(request: FastifyRequest): Promise<HmaUpload> {
  if (!request.isMultipart()) throw new PlatformError('VALIDATION_FAILED', 'Missing multipart/form-data file upload.');
  let upload: { contentType: ContentType; bytes: Buffer } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      if (upload) throw new PlatformError('VALIDATION_FAILED', 'Only one file allowed per request.');
      if (!(contentTypes as readonly string[]).includes(part.fieldname))
        throw new PlatformError('VALIDATION_FAILED', `Unknown content type ${part.fieldname}; send photo or video.`);
      upload = { contentType: part.fieldname as ContentType, bytes };
    }
  } catch (error) {
    throw uploadError(error);
  }
  if (!upload) throw new PlatformError('VALIDATION_FAILED', 'Missing multipart/form-data file upload.');
  return { ...upload, fields };
}

/** HMA's banked-content metadata: content_id, content_uri and json, each optional; nothing else. */
export type HmaMetadata = { content_id?: string; content_uri?: string; json?: Record<string, unknown> };
const hmaMetadataKeys = new Set(['content_id', 'content_uri', 'json', 'collab']);

/**
 * HMA's `metadata` (a JSON object, or its text in a form field), read as HMA reads it; and, as
 * ROOST's Coop sends it, an object of other keys taken as the `json` part, with content_id and
 * content_uri as fields of their own (HMA would refuse the first and ignore the second).
 */
export function parseHmaMetadata(
  raw: unknown,
  fields: { content_id?: unknown; content_uri?: unknown } = {},
): HmaMetadata | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new PlatformError('VALIDATION_FAILED', 'metadata form field must be valid JSON');
    }
  }
  if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value)))
    throw new PlatformError('VALIDATION_FAILED', 'metadata should be a json object');
  const given = (value ?? {}) as Record<string, unknown>;
  const out: HmaMetadata = {};
  if (Object.keys(given).every((key) => hmaMetadataKeys.has(key))) {
    for (const key of ['content_id', 'content_uri'] as const) {
      const v = given[key];
      if (typeof v === 'string') out[key] = v;
      else if (v !== undefined && v !== null)
        throw new PlatformError('VALIDATION_FAILED', `Invalid metadata: ${key} should be a string`);
    }
    const json = given.json;
    if (json !== undefined && json !== null && (typeof json !== 'object' || Array.isArray(json)))
      throw new PlatformError('VALIDATION_FAILED', 'Invalid metadata: json should be an object');
    if (json) out.json = json as Record<string, unknown>;
  } else {
    out.json = given;
  }
  for (const key of ['content_id', 'content_uri'] as const) {
    const v = fields[key];
    if (out[key] === undefined && typeof v === 'string' && v !== '') out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** HMA's note on banked content: a string of at most 255 characters (empty: none). */
export function parseHmaNote(raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw new PlatformError('VALIDATION_FAILED', 'note should be a string');
  if (raw.length > 255) throw new PlatformError('VALIDATION_FAILED', 'note must be at most 255 characters');
  return raw;
}
