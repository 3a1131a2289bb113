import { isIP } from 'node:net';
import { buildConnector } from 'undici';
import type { Egress } from './egress.ts';
import { openTunnel } from './egress.ts';

export type PinnedTarget = Readonly<{
  /** The URL's host name (no brackets): TLS SNI and certificate check; never resolved again. */
  name: string;
  /** The checked address every connection goes to, directly or asked of the proxy. */
  address: string;
  egress: Egress;
  connectTimeoutMs: number;
  /** Extra trusted certificate authorities (tests' self-signed servers, a private CA). */
  ca?: string | Buffer | readonly (string | Buffer)[];
}>;

/**
 * An undici connect function that connects to `address` only, whatever the URL's name: straight
 * out, or through a tunnel the proxy opens to that address; TLS then runs over it with the name
 * as SNI and certificate identity (an IP-literal URL is checked against the IP itself).
 */
export function pinnedConnector(target: PinnedTarget): buildConnector.connector {
  const tls = buildConnector({
    allowH2: false,
    timeout: target.connectTimeoutMs,
    ...(target.ca ? { ca: target.ca as string[] } : {}),
  });
  const servername = isIP(target.name) ? undefined : target.name;
  const { egress } = target;
  return (options, callback) => {
    const https = options.protocol === 'https:';
    const port = Number(options.port) || (https ? 443 : 80);
    const pinned = { ...options, hostname: target.address, port: String(port), servername };
    if (egress.kind === 'direct') return void tls(https ? pinned : { ...pinned, servername: undefined }, callback);
    openTunnel(egress, target.address, port, target.connectTimeoutMs).then(
      (socket) => (https ? tls({ ...pinned, httpSocket: socket }, callback) : callback(null, socket)),
      (error: Error) => callback(error, null),
    );
  };
}
