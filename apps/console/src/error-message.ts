import { ApiError } from './api.ts';
import { formatWait } from './format.ts';
import { en, type MessageId } from './i18n/catalogue.ts';
import type { Translate } from './i18n/translate.ts';

function errorId(code: string): MessageId | null {
  const id = `error.${code}`;
  return id in en ? (id as MessageId) : null;
}

/** What to tell the user about a failed call, in their language rather than the server's. */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  const wait = error.retryAfterSeconds === null ? null : formatWait(error.retryAfterSeconds, t);
  if (error.code === 'AUTH_LOCKED') return t('error.lockedOut', { wait: wait ?? t('wait.later') });
  if (error.code === 'RATE_LIMITED') return t('error.rateLimited', { wait: wait ?? t('wait.moment') });
  const id = errorId(error.code);
  if (id !== null) return t(id);
  return error.requestId === null
    ? t('error.unexpected')
    : t('error.unexpectedWithReference', { requestId: error.requestId });
}

export function hasCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

/**
 * Something to tell the user, kept as what happened rather than as words, so that switching
 * the language re-words it: a message of the console's own, or a failed call.
 */
export type Problem = { id: MessageId; values?: Record<string, string | number> } | { error: unknown };

export function describeProblem(problem: Problem | null | undefined, t: Translate): string | null {
  if (problem == null) return null;
  return 'id' in problem ? t(problem.id, problem.values) : describeError(problem.error, t);
}
