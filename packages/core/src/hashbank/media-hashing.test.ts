import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashingError } from '@vigie/hashing';
import { hashingFailure, hashMediaBytes } from './media-hashing.ts';
import { syntheticPhoto } from './hashbank.test-helpers.ts';

const missing = { ffmpeg: '/nonexistent/ffmpeg', ffprobe: '/nonexistent/ffprobe' };

test('a missing decoder is a retryable 503, not a bad media', async () => {
  await assert.rejects(hashMediaBytes(Buffer.from('any bytes will do'), 'video', { binaries: missing }), (error) => {
    const e = error as { code: string; spec: { status: number; retry: string }; details?: Record<string, unknown> };
    assert.equal(e.code, 'HASHBANK_HASHING_UNAVAILABLE');
    assert.equal(e.spec.status, 503);
    assert.equal(e.spec.retry, 'retry-with-backoff');
    assert.equal(typeof e.details?.retryAfterSeconds, 'number');
    return true;
  });
});

test('a timeout is transient; broken or over-limit media is a permanent 400', async () => {
  assert.equal(hashingFailure(new HashingError('HASHING_TIMEOUT', 'slow')).code, 'HASHBANK_HASHING_UNAVAILABLE');
  assert.equal(hashingFailure(new HashingError('HASHING_PIXEL_LIMIT', 'big')).code, 'HASHBANK_MEDIA_INVALID');
  await assert.rejects(hashMediaBytes(Buffer.from('not an image'), 'photo'), { code: 'HASHBANK_MEDIA_INVALID' });
  const photo = await syntheticPhoto(3);
  await assert.rejects(hashMediaBytes(photo, 'photo', { limits: { maxPixels: 100 } }), {
    code: 'HASHBANK_MEDIA_INVALID',
  });
  assert.match((await hashMediaBytes(photo, 'photo')).pdq ?? '', /^[0-9a-f]{64}$/);
});
