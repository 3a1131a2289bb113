import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from './config.ts';

test('statistics settings: nothing published by default, figures and time zone read, every bad one listed', () => {
  const { statistics } = parseConfig({});
  assert.deepEqual([statistics.publicFigures, statistics.timeZone, statistics.recomputeDays], [[], 'UTC', 7]);

  const set = parseConfig({
    VIGIE_STATISTICS_PUBLIC: ' reports, removal ,reports',
    VIGIE_STATISTICS_TIME_ZONE: 'America/Toronto',
    VIGIE_STATISTICS_RECOMPUTE_DAYS: '31',
  }).statistics;
  assert.deepEqual(
    [set.publicFigures, set.timeZone, set.recomputeDays],
    [['reports', 'removal'], 'America/Toronto', 31],
  );

  assert.throws(
    () =>
      parseConfig({
        VIGIE_STATISTICS_PUBLIC: 'reports,exposure',
        VIGIE_STATISTICS_TIME_ZONE: 'Mars/Olympus',
        VIGIE_STATISTICS_RECOMPUTE_DAYS: '-1',
      }),
    (error: Error) => {
      for (const name of [
        'VIGIE_STATISTICS_PUBLIC: unknown figures exposure',
        'VIGIE_STATISTICS_TIME_ZONE',
        'VIGIE_STATISTICS_RECOMPUTE_DAYS',
      ])
        assert.ok(error.message.includes(name), `${name} in ${error.message}`);
      return true;
    },
  );
});
