import { defineErrors } from '../platform/errors.ts';

export const ExchangeError = defineErrors({
  EXCHANGE_NOT_FOUND: { status: 404, message: 'No such exchange.', retry: 'permanent' },
  EXCHANGE_API_UNKNOWN: { status: 400, message: 'No such exchange API.', retry: 'permanent' },
  EXCHANGE_EXISTS: {
    status: 409,
    message: 'An exchange or a bank of that name exists: an exchange pulls into a bank of its own.',
    retry: 'permanent',
  },
  EXCHANGE_SETTINGS_INVALID: { status: 400, message: "The exchange's settings are not valid.", retry: 'permanent' },
  EXCHANGE_CREDENTIALS_MISSING: {
    status: 400,
    message: 'This exchange needs credentials before it can pull.',
    retry: 'permanent',
  },
  EXCHANGE_REMOTE_UNAVAILABLE: {
    status: 502,
    message: 'The other side did not answer as expected; the pull resumes from its checkpoint.',
    retry: 'retry-with-backoff',
  },
  EXCHANGE_REMOTE_REFUSED: {
    status: 502,
    message: 'The other side refused the request (credentials or settings).',
    retry: 'permanent',
  },
  EXCHANGE_BUSY: { status: 409, message: 'A pull of this exchange is running.', retry: 'retry-later' },
  EXCHANGE_ITEM_NOT_FOUND: {
    status: 404,
    message: 'That entry did not come from this exchange.',
    retry: 'permanent',
  },
  EXCHANGE_FEEDBACK_UNSUPPORTED: {
    status: 400,
    message: 'This exchange takes no feedback.',
    retry: 'permanent',
  },
});
export type ExchangeError = InstanceType<typeof ExchangeError>;
