import { createSocket } from 'node:dgram';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer as createTcpServer, isIP, type AddressInfo, type Server, type Socket } from 'node:net';
import { once } from 'node:events';
import type { Resolver } from './dns-cache.ts';
import { parse4, parse6 } from './address-classifier.ts';
import { parseNetworks } from './networks.ts';

// Loopback servers for the outbound client's tests: web servers, an HTTP CONNECT proxy, a SOCKS5
// proxy and a DNS responder, each counting what it was asked.

export const loopback = parseNetworks('127.0.0.0/8,::1/128').networks;

/** A resolver from a table; names not in it do not resolve (tests never ask real DNS). */
export function names(table: Record<string, string[]>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  return Object.assign(
    async (host: string) => {
      asked.push(host);
      const answer = table[host];
      if (!answer) throw new Error(`${host} is not in the test's table`);
      return answer;
    },
    { asked },
  );
}

async function listen(server: Server | ReturnType<typeof createHttpServer>): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

export type Seen = { path: string; headers: IncomingMessage['headers']; remotePort: number; socket: Socket };

/**
 * An HTTP server that records every request (and from which port it came), on 127.0.0.1 and on
 * the same port of each extra loopback address (so that tests can tell which address was used).
 */
export async function startWeb(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  extraAddresses: readonly string[] = [],
) {
  const seen: Seen[] = [];
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    seen.push({
      path: request.url ?? '',
      headers: request.headers,
      remotePort: request.socket.remotePort ?? 0,
      socket: request.socket,
    });
    handler(request, response);
  };
  const server = createHttpServer(onRequest);
  const port = await listen(server);
  const servers = [server];
  for (const address of extraAddresses) {
    const extra = createHttpServer(onRequest);
    extra.listen(port, address);
    await once(extra, 'listening');
    servers.push(extra);
  }
  return {
    port,
    seen,
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        s.close();
      }
    },
  };
}

/** A TCP server answering each connection by hand (for answers node:http refuses to send). */
export async function startRaw(onConnection: (socket: Socket) => void) {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  const port = await listen(server);
  return {
    port,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

type Tunnel = { asked: string; upstreamPort: number; addressType?: 'ipv4' | 'ipv6' | 'name' };

function pipeBoth(a: Socket, b: Socket) {
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.pipe(b).pipe(a);
}

/** An HTTP CONNECT proxy; with `auth`, it answers 407 to a tunnel without those credentials. */
export async function startConnectProxy(auth?: string) {
  const tunnels: Tunnel[] = [];
  const server = createHttpServer((_request, response) => response.writeHead(405).end());
  const sockets = new Set<Socket>();
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('error', () => undefined);
    const expected = auth ? `Basic ${Buffer.from(auth).toString('base64')}` : undefined;
    if (expected && request.headers['proxy-authorization'] !== expected)
      return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(request.url ?? '');
    const upstream = connect({ host: match?.[1] ?? '', port: Number(match?.[2]) });
    sockets.add(upstream);
    upstream.once('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    upstream.once('connect', () => {
      tunnels.push({ asked: request.url ?? '', upstreamPort: upstream.localPort ?? 0 });
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      pipeBoth(client, upstream);
    });
  });
  const port = await listen(server);
  return {
    port,
    tunnels,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** Reads exactly n bytes from a paused socket. */
async function readBytes(socket: Socket, n: number): Promise<Buffer> {
  for (;;) {
    const chunk = socket.read(n) as Buffer | null;
    if (chunk) return chunk;
    if (socket.readableEnded || socket.destroyed) throw new Error('closed');
    await Promise.race([once(socket, 'readable'), once(socket, 'close')]);
  }
}

/** A minimal SOCKS5 proxy (RFC 1928: no authentication, CONNECT only) recording what it was asked. */
export async function startSocksProxy() {
  const tunnels: Tunnel[] = [];
  const reply = (code: number) => Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]);
  const upstreams = new Set<Socket>();
  const raw = await startRaw((client) => {
    client.pause();
    void (async () => {
      const [version, methods] = await readBytes(client, 2);
      await readBytes(client, methods!);
      if (version !== 5) return void client.destroy();
      client.write(Buffer.from([5, 0]));
      const [, command, , type] = await readBytes(client, 4);
      let host: string;
      if (type === 1) host = [...(await readBytes(client, 4))].join('.');
      else if (type === 4) host = ((await readBytes(client, 16)).toString('hex').match(/.{4}/g) ?? []).join(':');
      else host = (await readBytes(client, (await readBytes(client, 1))[0]!)).toString('latin1');
      const port = (await readBytes(client, 2)).readUInt16BE(0);
      if (command !== 1) return void client.end(reply(7));
      const upstream = connect({ host, port });
      upstreams.add(upstream);
      upstream.once('error', () => client.end(reply(5)));
      upstream.once('connect', () => {
        tunnels.push({
          asked: `${host}:${port}`,
          upstreamPort: upstream.localPort ?? 0,
          addressType: type === 1 ? 'ipv4' : type === 4 ? 'ipv6' : 'name',
        });
        client.write(reply(0));
        pipeBoth(client, upstream);
        client.resume();
      });
    })().catch(() => client.destroy());
  });
  return {
    port: raw.port,
    tunnels,
    close() {
      for (const socket of upstreams) socket.destroy();
      raw.close();
    },
  };
}

/** A UDP DNS responder for A and AAAA questions from a table; other names get NXDOMAIN. */
export async function startDns(table: Record<string, string[]>) {
  const questions: string[] = [];
  const server = createSocket('udp4');
  server.on('message', (query, peer) => {
    let offset = 12;
    const labels: string[] = [];
    while (query[offset]! > 0) {
      labels.push(query.subarray(offset + 1, offset + 1 + query[offset]!).toString('latin1'));
      offset += query[offset]! + 1;
    }
    const type = query.readUInt16BE(offset + 1);
    const question = query.subarray(12, offset + 5);
    const name = labels.join('.').toLowerCase();
    questions.push(`${name} ${type === 1 ? 'A' : type === 28 ? 'AAAA' : type}`);
    const known = table[name];
    const answers = (known ?? [])
      .filter((address) => isIP(address) === (type === 1 ? 4 : type === 28 ? 6 : 0))
      .map((address) => {
        const data = Buffer.from((isIP(address) === 4 ? parse4(address) : parse6(address))!);
        const record = Buffer.alloc(12);
        record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
        record.writeUInt16BE(type, 2);
        record.writeUInt16BE(1, 4); // IN
        record.writeUInt32BE(300, 6);
        record.writeUInt16BE(data.length, 10);
        return Buffer.concat([record, data]);
      });
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // the id
    header.writeUInt16BE(known ? 0x8180 : 0x8183, 2); // a response; NXDOMAIN for unknown names
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    server.send(Buffer.concat([header, question, ...answers]), peer.port, peer.address);
  });
  server.bind(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: server.address().port, questions, close: () => server.close() };
}
