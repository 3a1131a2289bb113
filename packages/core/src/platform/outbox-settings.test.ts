import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeConfig, parseConfig } from './config.ts';

test('mail and notice settings: defaults, every bad one listed, the SMTP password hidden', () => {
  const config = parseConfig({});
  assert.equal(config.outbox.smtp.host, undefined, 'no mail server unless one is set');
  assert.equal(config.outbox.smtp.port, 587);
  assert.equal(config.outbox.smtp.poolSize, 2);
  assert.equal(config.outbox.maxAttempts, 8);
  assert.deepEqual(config.notices.preserveCountries, ['CA', 'US']);
  assert.equal(config.notices.defaultBatchMinutes, 0, 'each batch of findings at once');
  assert.equal(parseConfig({ VIGIE_SMTP_SECURE: 'true' }).outbox.smtp.port, 465, 'implicit TLS on 465');
  assert.throws(
    () =>
      parseConfig({
        VIGIE_SMTP_HOST: 'smtp.example',
        VIGIE_SMTP_USER: 'u',
        VIGIE_SMTP_POOL_SIZE: '0',
        VIGIE_NOTICE_DOMAIN: 'Not A Domain',
        VIGIE_NOTICE_CONTACT: 'nobody',
        VIGIE_NOTICE_PRESERVE_COUNTRIES: 'Canada',
        VIGIE_NOTICE_LEGAL_BASIS: '{"en": ',
      }),
    (error: Error) => {
      for (const name of [
        'VIGIE_SMTP_FROM: required',
        'VIGIE_SMTP_USER / VIGIE_SMTP_PASSWORD',
        'VIGIE_SMTP_POOL_SIZE',
        'VIGIE_NOTICE_DOMAIN',
        'VIGIE_NOTICE_CONTACT',
        'VIGIE_NOTICE_PRESERVE_COUNTRIES',
        'VIGIE_NOTICE_LEGAL_BASIS',
      ])
        assert.ok(error.message.includes(name), name);
      return true;
    },
  );
  const shown = describeConfig(
    parseConfig({
      VIGIE_SMTP_HOST: 'smtp.example',
      VIGIE_SMTP_FROM: 'n@hotline.example',
      VIGIE_SMTP_USER: 'u',
      VIGIE_SMTP_PASSWORD: 'pa55word',
    }),
  );
  assert.doesNotMatch(JSON.stringify(shown), /pa55word/);
  assert.match(JSON.stringify(shown), /smtp\.example/);
});
