import { defineErrors } from '../errors.ts';

/** The media store's codes. A caller that stores evidence retries only STORAGE_UNAVAILABLE. */
export const StorageError = defineErrors({
  STORAGE_NOT_FOUND: { status: 404, message: 'No stored object has this SHA-256.', retry: 'permanent' },
  STORAGE_CORRUPT: {
    status: 500,
    message: 'A stored object failed its integrity check (tampered or damaged); it was not returned.',
    retry: 'permanent',
  },
  STORAGE_UNAVAILABLE: {
    status: 503,
    message: 'The media store does not answer; try again later.',
    retry: 'retry-with-backoff',
  },
  STORAGE_KEY_MISSING: {
    status: 500,
    message: 'The media key needed for this object is not in the media keys file.',
    retry: 'permanent',
  },
  STORAGE_KEYS_INVALID: {
    status: 500,
    message: 'The media keys file is not valid, or does not belong to this media store.',
    retry: 'permanent',
  },
  STORAGE_NAME_INVALID: {
    status: 400,
    message: 'Expected a SHA-256 as 64 lowercase hexadecimal digits.',
    retry: 'permanent',
  },
});

export type StorageErrorCode = keyof typeof StorageError.catalogue;
