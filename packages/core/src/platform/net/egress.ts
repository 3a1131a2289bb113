import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { SocksClient } from 'socks';
import { NetError } from './net.errors.ts';

// How connections leave the installation: straight out, or through an HTTP CONNECT or SOCKS5
// proxy. Through a proxy the target is still resolved and checked here, and the proxy is asked
// for the checked IP address (never the name), so the proxy cannot re-resolve it to somewhere
// else. Plain http goes through a CONNECT tunnel too: the proxy sees a tunnel to an address,
// never a request line. Our own DNS questions do not go through the proxy: they leave from the
// installation to its resolver (VIGIE_FETCH_DNS_SERVERS chooses which one).

export type ProxyEgress = Readonly<{
  kind: 'http' | 'socks5';
  host: string;
  port: number;
  username?: string;
  password?: string;
}>;
export type Egress = Readonly<{ kind: 'direct' }> | ProxyEgress;

/** `direct`, `http://[user:pass@]host:port` or `socks5://[user:pass@]host:port`; else a reason. */
export function parseEgress(text: string): Egress | { problem: string } {
  const raw = text.trim();
  if (raw === '' || raw === 'direct') return { kind: 'direct' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'expected direct, http://host:port or socks5://host:port' };
  }
  const kind = url.protocol === 'http:' ? 'http' : url.protocol === 'socks5:' ? 'socks5' : undefined;
  if (!kind) return { problem: 'only http:// (CONNECT) and socks5:// proxies are supported' };
  if (!url.port) return { problem: 'the proxy needs an explicit port' };
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash)
    return { problem: 'a proxy is host:port only (no path or query)' };
  return {
    kind,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

/** The setting as it may be shown (`vigie config`, logs): the password hidden. */
export function describeEgress(egress: Egress): string {
  if (egress.kind === 'direct') return 'direct';
  const auth = egress.username ? `${encodeURIComponent(egress.username)}:${egress.password ? '[redacted]' : ''}@` : '';
  const host = isIP(egress.host) === 6 ? `[${egress.host}]` : egress.host;
  return `${egress.kind}://${auth}${host}:${egress.port}`;
}

const egressFailed = (why: string) => new NetError('NET_EGRESS_FAILED', `The outbound proxy failed: ${why}`);
const targetFailed = (why: string) => new NetError('NET_FETCH_FAILED', `The address could not be reached: ${why}`);

/** A TCP connection to `address:port` through the proxy, ready for TLS or plain HTTP. */
export function openTunnel(egress: ProxyEgress, address: string, port: number, timeoutMs: number): Promise<Socket> {
  return egress.kind === 'socks5'
    ? openSocksTunnel(egress, address, port, timeoutMs)
    : openConnectTunnel(egress, address, port, timeoutMs);
}

// SOCKS5 replies that say the target, not the proxy, is at fault.
const targetReplies = ['NetworkUnreachable', 'HostUnreachable', 'ConnectionRefused', 'TTLExpired'];

async function openSocksTunnel(egress: ProxyEgress, address: string, port: number, timeoutMs: number) {
  try {
    const { socket } = await SocksClient.createConnection({
      proxy: {
        host: egress.host,
        port: egress.port,
        type: 5,
        ...(egress.username ? { userId: egress.username, password: egress.password ?? '' } : {}),
      },
      command: 'connect',
      destination: { host: address, port },
      timeout: timeoutMs,
    });
    return socket;
  } catch (error) {
    const message = (error as Error).message;
    if (/rejected connection/.test(message) && targetReplies.some((reply) => message.endsWith(reply)))
      throw targetFailed(message);
    throw egressFailed(message);
  }
}

const maxProxyAnswer = 16 * 1024;

function openConnectTunnel(egress: ProxyEgress, address: string, port: number, timeoutMs: number) {
  return new Promise<Socket>((resolve, reject) => {
    const authority = `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    const socket = connectTcp({ host: egress.host, port: egress.port });
    let answer = Buffer.alloc(0);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(egressFailed('no answer in time')), timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      fail(egressFailed(error.message));
    });
    socket.once('close', () => {
      clearTimeout(timer);
      fail(egressFailed('it closed the connection'));
    });
    socket.once('connect', () => {
      const auth = egress.username
        ? `proxy-authorization: Basic ${Buffer.from(`${egress.username}:${egress.password ?? ''}`).toString('base64')}\r\n`
        : '';
      socket.write(`CONNECT ${authority} HTTP/1.1\r\nhost: ${authority}\r\n${auth}\r\n`);
    });
    const onData = (chunk: Buffer) => {
      answer = Buffer.concat([answer, chunk]);
      const end = answer.indexOf('\r\n\r\n');
      if (end < 0) {
        if (answer.length > maxProxyAnswer) fail(egressFailed('its answer is too long'));
        return;
      }
      clearTimeout(timer);
      socket.off('data', onData);
      socket.removeAllListeners('close');
      socket.removeAllListeners('error');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer.subarray(0, end).toString('latin1'))?.[1]);
      if (status !== 200) {
        socket.destroy();
        // 502/503/504 are the proxy reporting on the target; anything else is the proxy refusing.
        return reject(
          status >= 502 && status <= 504
            ? targetFailed(`the proxy answered ${status}`)
            : egressFailed(`it answered ${Number.isNaN(status) ? 'something else than HTTP' : status}`),
        );
      }
      // Paused so that nothing is read before TLS or the HTTP client takes the socket over.
      socket.pause();
      const rest = answer.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    socket.on('data', onData);
  });
}
