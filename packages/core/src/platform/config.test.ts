import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeConfig, parseConfig } from './config.ts';

test('defaults give a local installation on port 8080 under ./data', () => {
  const config = parseConfig({});
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.port, 8080);
  assert.match(config.dataDir, /\/data$/);
  assert.equal(config.databaseUrl, undefined);
  assert.ok(Object.isFrozen(config));
});

test('every bad setting is listed at once', () => {
  assert.throws(
    () =>
      parseConfig({
        PORT: 'eighty',
        VIGIE_LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        VIGIE_WORKER_CONCURRENCY: '0',
      }),
    (error: Error) => {
      for (const name of ['PORT', 'VIGIE_LOG_LEVEL', 'DATABASE_URL', 'VIGIE_WORKER_CONCURRENCY'])
        assert.match(error.message, new RegExp(name));
      return true;
    },
  );
});

test('VIGIE_FETCH_ALLOW_NETWORKS is a list of CIDR blocks, checked at start', () => {
  assert.deepEqual(parseConfig({}).fetchAllowNetworks, [], 'none by default: only public addresses are fetched');
  assert.deepEqual(parseConfig({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8, ::1/128,10.1.2.3' }).fetchAllowNetworks, [
    '127.0.0.0/8',
    '::1/128',
    '10.1.2.3/32',
  ]);
  for (const bad of ['127.0.0.1/8', '10.0.0.0/33', 'localhost', '::1/129', '1.2.3.4/x', 'true']) {
    assert.throws(() => parseConfig({ VIGIE_FETCH_ALLOW_NETWORKS: bad }), /VIGIE_FETCH_ALLOW_NETWORKS/, bad);
  }
  assert.throws(
    () => parseConfig({ VIGIE_HASH_FETCH_ALLOW_PRIVATE: 'true' }),
    /replaced by VIGIE_FETCH_ALLOW_NETWORKS/,
  );
});

test('the printed configuration hides the database password', () => {
  const shown = describeConfig(parseConfig({ DATABASE_URL: 'postgres://vigie:s3cret@db.internal:5432/vigie' }));
  assert.doesNotMatch(JSON.stringify(shown), /s3cret/);
  assert.match(String(shown.databaseUrl), /db\.internal/);
});

test('the tipline is Canadian by default and every bad tipline setting is listed', () => {
  const config = parseConfig({});
  assert.equal(config.tiplineEmergencyNumber, '911');
  assert.deepEqual(
    config.tiplineRegions.map((r) => r.code),
    ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'],
  );
  assert.equal(config.tiplineName, undefined);
  const names = [
    'VIGIE_TIPLINE_REGIONS',
    'VIGIE_TIPLINE_PHONE',
    'VIGIE_TIPLINE_PRIVACY_URL',
    'VIGIE_TIPLINE_HELP_LINES',
    'VIGIE_TIPLINE_NAME',
  ];
  assert.throws(
    () =>
      parseConfig({
        VIGIE_TIPLINE_REGIONS: '[{"code": "ON", "name": "Ontario"}, {"code": "ON", "name": "again"}]',
        VIGIE_TIPLINE_PHONE: 'call me',
        VIGIE_TIPLINE_PRIVACY_URL: 'javascript:alert(1)',
        VIGIE_TIPLINE_HELP_LINES: '[{"label": "x", "url": "ftp://example.org/"}]',
        VIGIE_TIPLINE_NAME: '{"en": ""}',
      }),
    (error: Error) => {
      for (const name of names) assert.match(error.message, new RegExp(name));
      return true;
    },
  );
});

test('keyless HMA clients: off by default; a key prefix and networks together, or a clear error', () => {
  assert.equal(parseConfig({}).hmaKeyless, undefined);
  assert.deepEqual(
    parseConfig({ VIGIE_HMA_KEYLESS_KEY: 'vgk_AbCd1234', VIGIE_HMA_KEYLESS_NETWORKS: '10.0.5.7,192.0.2.0/24' })
      .hmaKeyless,
    { keyPrefix: 'AbCd1234', networks: ['10.0.5.7/32', '192.0.2.0/24'] },
  );
  assert.throws(() => parseConfig({ VIGIE_HMA_KEYLESS_KEY: 'vgk_AbCd1234' }), /VIGIE_HMA_KEYLESS_NETWORKS: required/);
  assert.throws(() => parseConfig({ VIGIE_HMA_KEYLESS_NETWORKS: '10.0.0.0/8' }), /VIGIE_HMA_KEYLESS_KEY: expected/);
  assert.throws(
    () => parseConfig({ VIGIE_HMA_KEYLESS_KEY: 'AbCd1234', VIGIE_HMA_KEYLESS_NETWORKS: '10.0.0.1/8' }),
    /VIGIE_HMA_KEYLESS_NETWORKS: "10.0.0.1\/8" not a CIDR block/,
  );
});
