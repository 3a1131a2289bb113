import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createLogger } from './logging.ts';

test('report text, reported URLs and contact details never reach the log', async () => {
  const out = new PassThrough();
  let written = '';
  out.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const logger = createLogger({ level: 'info', destination: out });
  logger.info(
    {
      report: {
        description: 'secret words',
        urls: ['https://bad.example.test/x'],
        contact: { email: 'me@example.org' },
      },
      url: 'https://bad.example.test/y',
      password: 'hunter22',
    },
    'received',
  );
  logger.flush();
  await new Promise((r) => setImmediate(r));
  assert.match(written, /received/);
  for (const secret of ['secret words', 'bad.example.test', 'me@example.org', 'hunter22'])
    assert.ok(!written.includes(secret), `${secret} is redacted`);
});
