import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from './api.ts';
import { describeError } from './error-message.ts';
import { createTranslator } from './i18n/translate.ts';

const en = createTranslator('en');
const fr = createTranslator('fr');
const apiError = (code: string, extra: { retryAfterSeconds?: number; requestId?: string } = {}): ApiError =>
  new ApiError({ status: 400, code, message: 'server wording', ...extra });

describe('describeError', () => {
  it('tells a locked-out user how long to wait, in their language', () => {
    assert.equal(
      describeError(apiError('AUTH_LOCKED', { retryAfterSeconds: 840 }), en),
      'Too many failed attempts: this account is locked for now. Try again in 14 minutes.',
    );
    assert.match(describeError(apiError('AUTH_LOCKED'), en), /Try again later\.$/);
    assert.match(
      describeError(apiError('AUTH_LOCKED', { retryAfterSeconds: 840 }), fr),
      /Réessayez dans 14 minutes\.$/,
    );
  });

  it('tells a rate-limited user how long to wait', () => {
    assert.match(describeError(apiError('RATE_LIMITED', { retryAfterSeconds: 20 }), en), /in 20 seconds\.$/);
    assert.match(describeError(apiError('RATE_LIMITED', { retryAfterSeconds: 1 }), fr), /dans 1 seconde\.$/);
  });

  it('uses the console wording for known codes', () => {
    assert.equal(
      describeError(apiError('AUTH_INVALID_CREDENTIALS'), en),
      'The email address or password is not right.',
    );
    assert.equal(
      describeError(apiError('AUTH_INVALID_CREDENTIALS'), fr),
      'L’adresse courriel ou le mot de passe n’est pas correct.',
    );
  });

  it('gives the request id for anything unexpected, never the server detail', () => {
    const text = describeError(apiError('INTERNAL', { requestId: 'req-42' }), en);
    assert.match(text, /req-42/);
    assert.doesNotMatch(text, /server wording/);
    assert.equal(describeError(new TypeError('x'), en), 'Something went wrong. Try again.');
  });
});
