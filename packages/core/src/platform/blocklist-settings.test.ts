import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from './config.ts';

test('blocklist criteria and feed settings: defaults, any age band, every bad one listed', () => {
  const { blocklist } = parseConfig({});
  assert.equal(blocklist.requireConfirmed, true);
  assert.deepEqual(blocklist.ageBands, ['infant_toddler', 'prepubescent']);
  assert.equal(blocklist.removalFailedDays, 7);
  assert.equal(blocklist.rpzZone, 'blocklist.vigie.invalid');
  assert.equal(blocklist.timestampValidHours, 2);

  const set = parseConfig({
    VIGIE_BLOCKLIST_REQUIRE_CONFIRMED: 'false',
    VIGIE_BLOCKLIST_AGE_BANDS: 'any',
    VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0',
    VIGIE_BLOCKLIST_RPZ_ZONE: 'RPZ.Hotline.Example.',
  }).blocklist;
  assert.deepEqual(
    [set.requireConfirmed, set.ageBands, set.removalFailedDays, set.rpzZone],
    [false, [], 0, 'rpz.hotline.example'],
  );
  assert.deepEqual(parseConfig({ VIGIE_BLOCKLIST_AGE_BANDS: ' pubescent , prepubescent' }).blocklist.ageBands, [
    'pubescent',
    'prepubescent',
  ]);

  assert.throws(
    () =>
      parseConfig({
        VIGIE_BLOCKLIST_AGE_BANDS: 'prepubescent,teen',
        VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '400',
        VIGIE_BLOCKLIST_RPZ_ZONE: 'not a zone',
        VIGIE_BLOCKLIST_TIMESTAMP_VALID_HOURS: '0',
      }),
    (error: Error) => {
      for (const name of [
        'VIGIE_BLOCKLIST_AGE_BANDS: teen',
        'VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS',
        'VIGIE_BLOCKLIST_RPZ_ZONE',
        'VIGIE_BLOCKLIST_TIMESTAMP_VALID_HOURS',
      ])
        assert.ok(error.message.includes(name), name);
      return true;
    },
  );
});
