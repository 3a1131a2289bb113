import { ApiError } from './api.ts';
import { formatWait } from './format.ts';
import type { Messages } from './messages.ts';

/** What to tell the user about a failed call, in their language rather than the server's. */
export function describeError(error: unknown, m: Messages): string {
  if (!(error instanceof ApiError)) return m.unexpectedError(null);
  const wait = error.retryAfterSeconds === null ? null : formatWait(error.retryAfterSeconds, m);
  if (error.code === 'AUTH_LOCKED') return m.lockedOut(wait);
  if (error.code === 'RATE_LIMITED') return m.rateLimited(wait);
  return m.errors[error.code] ?? m.unexpectedError(error.requestId);
}

export function hasCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}
