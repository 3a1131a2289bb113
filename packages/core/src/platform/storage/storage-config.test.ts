import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeConfig, parseConfig } from '../config.ts';

test('the media store is a file store under the data directory by default', () => {
  const config = parseConfig({});
  assert.equal(config.mediaStore, 'file');
  assert.equal(config.mediaKeysFile, undefined);
  assert.equal(config.s3Prefix, '');
  assert.equal(config.s3ForcePathStyle, false);
});

test('an S3 store takes endpoint, region, bucket, prefix, credentials and path style', () => {
  const config = parseConfig({
    VIGIE_MEDIA_STORE: 's3',
    VIGIE_S3_ENDPOINT: 'https://minio.internal:9000',
    VIGIE_S3_REGION: 'ca-central-1',
    VIGIE_S3_BUCKET: 'hotline-evidence',
    VIGIE_S3_PREFIX: 'vigie/media',
    VIGIE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    VIGIE_S3_SECRET_ACCESS_KEY: 'very-secret-value',
    VIGIE_MEDIA_KEYS_FILE: '/etc/vigie/media-keys.json',
  });
  assert.equal(config.mediaStore, 's3');
  assert.equal(config.s3Bucket, 'hotline-evidence');
  assert.equal(config.s3Prefix, 'vigie/media/');
  assert.equal(config.s3ForcePathStyle, true, 'an endpoint of its own is most likely not AWS: path style');
  assert.equal(config.mediaKeysFile, '/etc/vigie/media-keys.json');
  assert.equal(
    parseConfig({ VIGIE_S3_ENDPOINT: 'http://x:9000', VIGIE_S3_FORCE_PATH_STYLE: 'false' }).s3ForcePathStyle,
    false,
  );
  const shown = JSON.stringify(describeConfig(config));
  assert.doesNotMatch(shown, /very-secret-value/);
  assert.match(shown, /hotline-evidence/);
});

test('every bad media store setting is listed at once, with the others', () => {
  assert.throws(
    () =>
      parseConfig({
        PORT: 'eighty',
        VIGIE_MEDIA_STORE: 's3',
        VIGIE_S3_ENDPOINT: 'minio:9000',
        VIGIE_S3_PREFIX: '/abs/../x',
        VIGIE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
        VIGIE_S3_FORCE_PATH_STYLE: 'yes',
      }),
    (error: Error & { details?: { problems?: string[] } }) => {
      const problems = error.details?.problems ?? [];
      for (const name of [
        'PORT',
        'VIGIE_S3_BUCKET: required when VIGIE_MEDIA_STORE=s3',
        'VIGIE_S3_ENDPOINT',
        'VIGIE_S3_PREFIX',
        'VIGIE_S3_SECRET_ACCESS_KEY',
        'VIGIE_S3_FORCE_PATH_STYLE',
      ])
        assert.ok(
          problems.some((p) => p.includes(name)),
          `${name} in ${problems.join(' | ')}`,
        );
      assert.equal(problems.length, 6);
      return true;
    },
  );
  assert.throws(() => parseConfig({ VIGIE_MEDIA_STORE: 'gcs' }), /VIGIE_MEDIA_STORE="gcs": expected file or s3/);
  assert.throws(() => parseConfig({ VIGIE_MEDIA_STORE: 's3', VIGIE_S3_BUCKET: 'Bad_Bucket' }), /VIGIE_S3_BUCKET/);
});
