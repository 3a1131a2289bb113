import { defineErrors } from '../platform/errors.ts';

export const HashbankError = defineErrors({
  HASHBANK_BANK_NOT_FOUND: { status: 404, message: 'No such bank.', retry: 'permanent' },
  HASHBANK_BANK_EXISTS: { status: 409, message: 'A bank with this name exists.', retry: 'permanent' },
  HASHBANK_BANK_NAME_INVALID: {
    status: 400,
    message: 'A bank name is CAPS_AND_UNDERSCORE (A-Z, 0-9, _), starting with a letter.',
    retry: 'permanent',
  },
  HASHBANK_ENTRY_NOT_FOUND: { status: 404, message: 'No such bank content.', retry: 'permanent' },
  HASHBANK_ENTRY_EXISTS: { status: 409, message: 'This media is already in the bank.', retry: 'permanent' },
  HASHBANK_ENTRY_WITHDRAWN: { status: 409, message: 'This bank content was withdrawn.', retry: 'permanent' },
  HASHBANK_ENTRY_NOT_WITHDRAWN: { status: 409, message: 'This bank content is not withdrawn.', retry: 'permanent' },
  HASHBANK_NOT_A_SUBMISSION: {
    status: 409,
    message: 'This bank content is not a submission awaiting review.',
    retry: 'permanent',
  },
  HASHBANK_ALREADY_ASSESSED: {
    status: 409,
    message: 'You have already assessed this bank content.',
    retry: 'permanent',
  },
  HASHBANK_SIGNAL_TYPE_UNKNOWN: {
    status: 400,
    message: 'Unknown signal type; use sha256, sha1, md5, pdq or vpdq.',
    retry: 'permanent',
  },
  HASHBANK_SIGNAL_MALFORMED: {
    status: 400,
    message: 'The signal is not a valid value for its type.',
    retry: 'permanent',
  },
  HASHBANK_NO_SIGNALS: { status: 400, message: 'Give at least one signal.', retry: 'permanent' },
  HASHBANK_QUALITY_TOO_LOW: { status: 422, message: 'The PDQ quality is below the bank minimum.', retry: 'permanent' },
  HASHBANK_MEDIA_INVALID: { status: 400, message: 'The media could not be hashed.', retry: 'permanent' },
  HASHBANK_HASHING_BUSY: {
    status: 503,
    message: 'Every media hashing slot of this server is taken; try again shortly.',
    retry: 'retry-later',
  },
  HASHBANK_HASHING_UNAVAILABLE: {
    status: 503,
    message: 'The media could not be hashed now; try again later.',
    retry: 'retry-with-backoff',
  },
  HASHBANK_CURSOR_INVALID: { status: 400, message: 'The cursor is not valid.', retry: 'permanent' },
  HASHBANK_URL_REFUSED: { status: 400, message: 'This address may not be fetched.', retry: 'permanent' },
  HASHBANK_FETCH_FAILED: { status: 502, message: 'The media could not be fetched.', retry: 'retry-with-backoff' },
  HASHBANK_INDEX_NOT_READY: { status: 503, message: 'The match index is still loading.', retry: 'retry-later' },
});
