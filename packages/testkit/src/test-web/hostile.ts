// hostile.vigie.test: a raw TCP server that speaks just enough HTTP/1.1 to misbehave in ways a
// node:http server would not allow (headers that never end, lying lengths, resets). Every answer
// closes its connection. Nothing large is held in memory: the gzip bomb repeats one small gzip
// member (16 MiB of zeros) 640 times, 10 GiB once inflated, about 10 MB on the wire.
import net from 'node:net';
import { createGzip } from 'node:zlib';
import { pixelBombPng } from './images.ts';
import type { HostileEntry } from './manifest.ts';
import type { StatsRecorder } from './stats.ts';

export const HOSTILE_PATHS = {
  'slowloris-headers': ['/slow/headers', 'sends its status line and headers one byte per second, forever'],
  'slowloris-body': ['/slow/body', 'sends headers (Content-Length 100000), then the body one byte per second'],
  'endless-body': ['/endless', 'an HTML body without length that never ends'],
  'gzip-bomb': ['/gzip-bomb', 'Content-Encoding: gzip, text/html: 10 GiB of zeros once inflated'],
  'pixel-bomb': ['/pixel-bomb.png', 'a PNG of a few hundred bytes declaring 50000x50000 pixels'],
  'malformed-html': ['/malformed', 'unclosed tags, NUL bytes and a 5 MB attribute, then a link'],
  'redirect-loop': ['/loop/a', '302 to /loop/b, which 302s back to /loop/a'],
  'lying-length': ['/lying-length', 'declares Content-Length 1000000, sends 1000 bytes and closes'],
  'link-farm': ['/link-farm', 'a page of 100,000 links to /farm/N (each a tiny page)'],
  'rate-limited': ['/rate-limited', 'always 429 with Retry-After: 120'],
  'rate-limited-once': ['/rate-limited-once', '429 with Retry-After: 1 the first time, then 200'],
  unavailable: ['/unavailable', 'always 503 with Retry-After: 60'],
  'reset-mid-body': ['/reset', 'declares 100000 bytes, sends 4000, then resets the connection (RST)'],
  'never-ending-headers': ['/never-headers', 'sends a status line and one header, then nothing, ever'],
} as const satisfies Record<string, readonly [string, string]>;
export type HostileName = keyof typeof HOSTILE_PATHS;

const GZIP_MEMBER_ZEROS = 16 * 1024 * 1024;
const GZIP_MEMBERS = 640;
const FARM_LINKS = 100_000;

let gzipMember: Promise<Buffer> | undefined;
function zerosMember(): Promise<Buffer> {
  gzipMember ??= new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (c: Buffer) => parts.push(c));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < GZIP_MEMBER_ZEROS / zeros.length; i++) gzip.write(zeros);
    gzip.end();
  });
  return gzipMember;
}

let farm: string | undefined;
let malformed: Buffer | undefined;

function linkFarm(): string {
  if (farm) return farm;
  const links: string[] = [];
  for (let i = 0; i < FARM_LINKS; i++) links.push(`<a href="/farm/${i}">${i}</a>`);
  return (farm = `<!DOCTYPE html><html><head><title>Link farm</title></head><body>${links.join('\n')}</body></html>`);
}

function malformedHtml(): Buffer {
  malformed ??= Buffer.concat([
    Buffer.from('<!DOCTYPE html><html><head><title>Broken<body><div><p><b><i><table><tr><td>unclosed\0\0 NUL '),
    Buffer.from('<div data-huge="'),
    Buffer.alloc(5 * 1024 * 1024, 'x'),
    Buffer.from('"><a href="/farm/1">after the huge attribute</a><img src="/pixel-bomb.png"><p>\0<span <<>> </'),
  ]);
  return malformed;
}

function head(status: string, headers: Record<string, string | number>): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  return `HTTP/1.1 ${status}\r\n${lines.join('')}Connection: close\r\n\r\n`;
}

function respond(socket: net.Socket, status: string, type: string, body: string | Buffer, extra = {}): void {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  socket.write(head(status, { 'Content-Type': type, 'Content-Length': length, ...extra }));
  socket.end(body);
}

/** Writes `chunk` `times` times (or forever), waiting for drain, stopping when the socket goes. */
async function pump(socket: net.Socket, chunk: Buffer, times = Infinity): Promise<void> {
  for (let i = 0; i < times && !socket.destroyed; i++)
    if (!socket.write(chunk))
      await new Promise<void>((resolve) => {
        const done = (): void => {
          socket.off('drain', done).off('close', done);
          resolve();
        };
        socket.on('drain', done).on('close', done);
      });
}

function trickle(socket: net.Socket, bytes: Buffer | (() => number)): void {
  let at = 0;
  const timer = setInterval(() => {
    const byte = typeof bytes === 'function' ? bytes() : bytes[at++];
    if (byte === undefined) return clearInterval(timer);
    socket.write(Buffer.of(byte));
  }, 1000);
  socket.once('close', () => clearInterval(timer));
}

export function hostileEntries(origin: string): HostileEntry[] {
  return Object.entries(HOSTILE_PATHS).map(([name, [path, behaviour]]) => ({ name, url: origin + path, behaviour }));
}

export function createHostileServer(name: string, port: () => number, stats: StatsRecorder): net.Server {
  let rateLimitedOnce = false;
  const page = (title: string, body: string): string =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
  const handle = (socket: net.Socket, path: string): void => {
    const html = 'text/html; charset=utf-8';
    switch (path) {
      case '/':
        return respond(socket, '200 OK', html, page('Hostile', hostileIndex()));
      case '/robots.txt':
        return respond(socket, '200 OK', 'text/plain', 'User-agent: *\nDisallow:\n');
      case '/slow/headers':
        return trickle(socket, Buffer.from(head('200 OK', { 'Content-Type': html, 'Content-Length': 2 })));
      case '/slow/body':
        socket.write(head('200 OK', { 'Content-Type': html, 'Content-Length': 100_000 }));
        return trickle(socket, () => 0x61);
      case '/endless':
        socket.write(head('200 OK', { 'Content-Type': html }));
        void pump(socket, Buffer.from('<p>more and more and more</p>\n'.repeat(2000)));
        return;
      case '/gzip-bomb':
        socket.write(head('200 OK', { 'Content-Type': html, 'Content-Encoding': 'gzip' }));
        void zerosMember()
          .then((member) => pump(socket, member, GZIP_MEMBERS))
          .then(() => socket.end());
        return;
      case '/pixel-bomb.png':
        return respond(socket, '200 OK', 'image/png', pixelBombPng());
      case '/malformed':
        return respond(socket, '200 OK', html, malformedHtml());
      case '/loop/a':
      case '/loop/b':
        socket.write(head('302 Found', { Location: path === '/loop/a' ? '/loop/b' : '/loop/a', 'Content-Length': 0 }));
        return void socket.end();
      case '/lying-length':
        socket.write(head('200 OK', { 'Content-Type': html, 'Content-Length': 1_000_000 }));
        return void socket.end(Buffer.alloc(1000, 'a'));
      case '/link-farm':
        return respond(socket, '200 OK', html, linkFarm());
      case '/rate-limited':
        return respond(socket, '429 Too Many Requests', 'text/plain', 'slow down\n', { 'Retry-After': 120 });
      case '/rate-limited-once':
        if (!rateLimitedOnce) {
          rateLimitedOnce = true;
          return respond(socket, '429 Too Many Requests', 'text/plain', 'slow down\n', { 'Retry-After': 1 });
        }
        return respond(socket, '200 OK', html, page('Thank you for waiting', '<p>Here it is.</p>'));
      case '/unavailable':
        return respond(socket, '503 Service Unavailable', 'text/plain', 'down\n', { 'Retry-After': 60 });
      case '/reset':
        socket.write(head('200 OK', { 'Content-Type': html, 'Content-Length': 100_000 }));
        socket.write(Buffer.alloc(4000, 'a'), () => socket.resetAndDestroy());
        return;
      case '/never-headers':
        return void socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n');
    }
    if (/^\/farm\/\d+$/.test(path)) return respond(socket, '200 OK', html, page('Farm', `<p>${path}</p>`));
    respond(socket, '404 Not Found', 'text/plain', 'not found\n');
  };
  const hostileIndex = (): string =>
    Object.entries(HOSTILE_PATHS)
      .map(([n, [path]]) => `<p><a href="${path}">${n}</a></p>`)
      .join('\n') + '<img src="/pixel-bomb.png" alt="">';

  return net.createServer((socket) => {
    socket.on('error', () => undefined);
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) {
        if (received.length > 16_384) socket.destroy();
        return;
      }
      socket.off('data', onData);
      const [, target = '/'] = received.subarray(0, end).toString('latin1').split(' ');
      socket.once('close', stats.begin(name, `http://${name}:${port()}${target}`));
      handle(socket, target.split('?')[0] ?? '/');
    };
    socket.on('data', onData);
  });
}
