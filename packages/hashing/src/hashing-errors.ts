export const HASHING_ERROR_CODES = [
  'HASHING_MEDIA_EMPTY',
  'HASHING_MEDIA_TRUNCATED',
  'HASHING_MEDIA_CORRUPT',
  'HASHING_MEDIA_UNSUPPORTED',
  'HASHING_MEDIA_TOO_LARGE',
  'HASHING_MEDIA_NOT_FOUND',
  'HASHING_PIXEL_LIMIT',
  'HASHING_DURATION_LIMIT',
  'HASHING_TIMEOUT',
  'HASHING_VIDEO_DECODE_FAILED',
  'HASHING_DECODER_MISSING',
  'HASHING_SIGNAL_MALFORMED',
  'HASHING_INVALID_ARGUMENT',
] as const;

export type HashingErrorCode = (typeof HASHING_ERROR_CODES)[number];

// Retry policy travels with the code: a job that hit a permanent error records the reason and
// stops; the others (a timeout on a busy machine, a missing ffmpeg) may succeed later.
const TRANSIENT_CODES: ReadonlySet<HashingErrorCode> = new Set(['HASHING_TIMEOUT', 'HASHING_DECODER_MISSING']);

export class HashingError extends Error {
  readonly code: HashingErrorCode;
  readonly isPermanent: boolean;

  constructor(code: HashingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HashingError';
    this.code = code;
    this.isPermanent = !TRANSIENT_CODES.has(code);
  }
}

export function isHashingError(value: unknown): value is HashingError {
  return value instanceof HashingError;
}
