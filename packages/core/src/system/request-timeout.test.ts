import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { createTestApp } from '@vigie/testkit';

// A body sent a byte at a time must not hold a connection for ever: the whole request has a
// deadline (VIGIE_REQUEST_TIMEOUT_SECONDS), as its headers already had.
let t: Awaited<ReturnType<typeof createTestApp>>;
let port: number;
before(async () => {
  t = await createTestApp({ VIGIE_REQUEST_TIMEOUT_SECONDS: '2' });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
});
after(() => t.close());

test('a request body trickling in is cut off at the request deadline with 408', async () => {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(
    'POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
  );
  const started = Date.now();
  const trickle = setInterval(() => socket.writable && socket.write(' '), 300);
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.on('error', () => {});
  await once(socket, 'close');
  clearInterval(trickle);
  const elapsed = Date.now() - started;
  assert.match(answer, /^HTTP\/1\.1 408/);
  assert.ok(elapsed >= 1500 && elapsed < 6000, `cut off after ${elapsed} ms`);
});
