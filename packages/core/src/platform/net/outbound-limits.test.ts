import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { brotliCompressSync, createGzip, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { createOutbound, type FetchLimits } from './outbound.ts';
import { loopback, startRaw, startWeb } from './net.test-helpers.ts';

// Hostile answers: slow, endless, lying or compressed to explode. Loopback servers only.
const page = Buffer.from('<html>'.padEnd(5000, 'a decoded page of text ') + '</html>');
let bombProduced = 0;
let web: Awaited<ReturnType<typeof startWeb>>;
before(async () => {
  web = await startWeb((request, response) => {
    const path = request.url ?? '/';
    if (path === '/drip') {
      // Headers at once, then one byte a second.
      response.writeHead(200, { 'content-type': 'text/plain' }).flushHeaders();
      const timer = setInterval(() => response.write('.'), 1000);
      return void response.on('close', () => clearInterval(timer));
    }
    if (path === '/trickle') {
      // Never idle for long, never finished.
      response.writeHead(200);
      const timer = setInterval(() => response.write('.'), 100);
      return void response.on('close', () => clearInterval(timer));
    }
    if (path === '/endless') {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (response.write(chunk));
      };
      response.on('drain', pump);
      return void pump();
    }
    if (path === '/bomb') {
      // 1 GiB of zeros gzipped as it is sent: made only as fast as the client reads it.
      bombProduced = 0;
      const zeros = Buffer.alloc(1024 * 1024);
      const source = Readable.from(
        (function* () {
          for (let i = 0; i < 1024; i++) {
            bombProduced += zeros.length;
            yield zeros;
          }
        })(),
      );
      response.writeHead(200, { 'content-encoding': 'gzip' });
      return void source.pipe(createGzip({ level: 9 })).pipe(response);
    }
    if (path === '/declared-huge') {
      response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      return void response.flushHeaders(); // and then nothing: it must be refused without waiting
    }
    if (path === '/fat-headers') return void response.writeHead(200, { 'x-fat': 'x'.repeat(8000) }).end('ok');
    const encodings: Record<string, () => Buffer> = {
      '/gzip': () => gzipSync(page),
      '/br': () => brotliCompressSync(page),
      '/deflate': () => deflateSync(page),
      '/deflate-raw': () => deflateRawSync(page),
      '/zstd': () => page,
      '/truncated-gzip': () => gzipSync(page).subarray(0, 40),
    };
    const encode = encodings[path];
    if (!encode) return void response.writeHead(404).end();
    const coding = path
      .slice(1)
      .replace(/-(raw|gzip)$/, '')
      .replace('truncated', 'gzip');
    response.writeHead(200, { 'content-encoding': coding }).end(encode());
  });
});
after(() => web.close());

const limits: FetchLimits = {
  maxBytes: 1024 * 1024,
  timeoutMs: 5000,
  idleTimeoutMs: 2000,
  maxRedirects: 5,
  maxDecompressionRatio: 100,
};
const outbound = createOutbound({ egress: { kind: 'direct' }, allowNetworks: loopback });
after(() => outbound.close());
const base = () => `http://127.0.0.1:${web.port}`;

async function elapsed(work: Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work;
  return performance.now() - start;
}

test('slowloris: a body that goes quiet longer than the idle time stops with NET_TIMEOUT', async () => {
  const start = performance.now();
  const response = await outbound.fetch(`${base()}/drip`, { ...limits, idleTimeoutMs: 400 });
  await assert.rejects(response.read(), { code: 'NET_TIMEOUT', message: /stalled/ });
  const took = performance.now() - start;
  assert.ok(took < 950, `stopped after ${took} ms, before the first byte a second later`);
});

test('slowloris: a body never quiet but never done stops at the total time', async () => {
  const start = performance.now();
  const response = await outbound.fetch(`${base()}/trickle`, { ...limits, idleTimeoutMs: 1000, timeoutMs: 700 });
  await assert.rejects(response.read(), { code: 'NET_TIMEOUT', message: /700 ms/ });
  const took = performance.now() - start;
  assert.ok(took >= 650 && took < 1500, `stopped after ${took} ms`);
});

test('slowloris: headers dribbled byte by byte stop at the idle time', async () => {
  const raw = await startRaw((socket) => {
    const head = 'HTTP/1.1 200 OK\r\nx-slow: ' + 'y'.repeat(100);
    let i = 0;
    const timer = setInterval(() => (i < head.length ? socket.write(head[i++]!) : clearInterval(timer)), 50);
    socket.on('close', () => clearInterval(timer));
  });
  try {
    const took = await elapsed(
      assert.rejects(outbound.fetch(`http://127.0.0.1:${raw.port}/`, { ...limits, idleTimeoutMs: 500 }), {
        code: 'NET_TIMEOUT',
      }),
    );
    assert.ok(took < 1500, `stopped after ${took} ms; the headers would take 5 s`);
  } finally {
    raw.close();
  }
});

test('an endless body stops at the size cap', async () => {
  const response = await outbound.fetch(`${base()}/endless`, limits);
  await assert.rejects(response.read(), { code: 'NET_TOO_LARGE' });
  // Streaming consumers see the bytes up to the cap, then the error.
  const streamed = await outbound.fetch(`${base()}/endless`, limits);
  let seen = 0;
  await assert.rejects(
    (async () => {
      for await (const chunk of streamed.body) seen += chunk.byteLength;
    })(),
    { code: 'NET_TOO_LARGE' },
  );
  assert.ok(seen > 0 && seen <= limits.maxBytes);
});

test('a gzip bomb stops by ratio early, and by size with a lenient ratio, in little memory', async () => {
  const heap = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
  const start = performance.now();
  const byRatio = await outbound.fetch(`${base()}/bomb`, { ...limits, maxBytes: 2 ** 31 });
  let decoded = 0;
  await assert.rejects(
    (async () => {
      for await (const chunk of byRatio.body) decoded += chunk.byteLength;
    })(),
    { code: 'NET_DECOMPRESSION_BOMB' },
  );
  assert.ok(decoded < 4 * 1024 * 1024, `${decoded} bytes decoded before stopping`);
  assert.ok(performance.now() - start < 2000);
  // Unread, the rest stays unmade (what the server made ahead sits in socket buffers).
  assert.ok(bombProduced < 512 * 1024 * 1024, `the server had produced ${bombProduced} bytes`);
  const bySize = await outbound.fetch(`${base()}/bomb`, {
    ...limits,
    maxBytes: 8 * 1024 * 1024,
    maxDecompressionRatio: 1e9,
  });
  decoded = 0;
  await assert.rejects(
    (async () => {
      for await (const chunk of bySize.body) decoded += chunk.byteLength;
    })(),
    { code: 'NET_TOO_LARGE', message: /decoded/ },
  );
  assert.ok(decoded <= 8 * 1024 * 1024);
  const grown = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed - heap;
  assert.ok(grown < 64 * 1024 * 1024, `memory grew by ${grown} bytes`);
});

test('a Content-Length above the cap is refused before any body is read', async () => {
  const took = await elapsed(
    assert.rejects(outbound.fetch(`${base()}/declared-huge`, limits), { code: 'NET_TOO_LARGE', message: /declared/ }),
  );
  assert.ok(took < 1000, 'not waiting for a body that never comes');
});

test('headers over maxHeaderBytes are NET_TOO_LARGE', async () => {
  await assert.rejects(outbound.fetch(`${base()}/fat-headers`, { ...limits, maxHeaderBytes: 4096 }), {
    code: 'NET_TOO_LARGE',
  });
  const roomy = await outbound.fetch(`${base()}/fat-headers`, limits);
  assert.equal(Buffer.from(await roomy.read()).toString(), 'ok');
});

test('a lying Content-Length: a body cut short fails; a longer one is cut at the length and the connection dropped', async () => {
  let connections = 0;
  const raw = await startRaw((socket) => {
    connections++;
    socket.once('data', (request) => {
      const path = /^GET (\S+)/.exec(request.toString('latin1'))?.[1];
      if (path === '/short') socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly twenty bytes...');
      else socket.write('HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello, and more that was not declared');
    });
  });
  try {
    const short = await outbound.fetch(`http://127.0.0.1:${raw.port}/short`, limits);
    await assert.rejects(short.read(), { code: 'NET_FETCH_FAILED', message: /shorter/ });
    const long = await outbound.fetch(`http://127.0.0.1:${raw.port}/long`, limits);
    assert.equal(Buffer.from(await long.read()).toString(), 'hello');
    // The bytes past the declared length must not be read as the next answer on a reused connection.
    const again = await outbound.fetch(`http://127.0.0.1:${raw.port}/long`, limits);
    assert.equal(Buffer.from(await again.read()).toString(), 'hello');
    assert.equal(connections, 3);
  } finally {
    raw.close();
  }
});

test('gzip, br and deflate (wrapped or raw) bodies are decoded; unknown or broken encodings fail', async () => {
  for (const path of ['/gzip', '/br', '/deflate', '/deflate-raw']) {
    const response = await outbound.fetch(`${base()}${path}`, limits);
    assert.deepEqual(Buffer.from(await response.read()), page, path);
    assert.ok(response.headers['content-encoding'], 'headers stay as received');
  }
  await assert.rejects((await outbound.fetch(`${base()}/zstd`, limits)).read(), {
    code: 'NET_FETCH_FAILED',
    message: /not understood/,
  });
  await assert.rejects((await outbound.fetch(`${base()}/truncated-gzip`, limits)).read(), {
    code: 'NET_FETCH_FAILED',
  });
});
