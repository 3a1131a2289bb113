import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the server answers for one path: an RDAP object (200) or a status, body and headers of its own. */
export type RdapServerAnswer =
  | Readonly<{ status: number; body?: unknown; headers?: Readonly<Record<string, string>>; raw?: string }>
  | Readonly<{ object: unknown }>;

export type RdapTestServer = {
  /** `http://127.0.0.1:PORT/rdap/`: the base URL every bootstrap entry points at. */
  baseUrl: string;
  /** A directory with dns.json, ipv4.json, ipv6.json and asn.json pointing at this server (VIGIE_RDAP_BOOTSTRAP_DIR). */
  bootstrapDir: string;
  /** Sets the answer for a path below the base (`ip/127.0.0.10`, `domain/shop.example-tld`, `entity/H-1`). */
  answer(path: string, answer: RdapServerAnswer): void;
  /** Every path asked, in order (without the base). */
  requests: string[];
  close(): Promise<void>;
};

export type RdapServerOptions = Readonly<{
  /** TLDs the bootstrap sends here (default: hosting-fixture, a name no registry has). */
  tlds?: readonly string[];
  ipv4?: readonly string[];
  ipv6?: readonly string[];
  /** ASN ranges (`64496-64511`), default the documentation and private ranges. */
  asns?: readonly string[];
  answers?: Readonly<Record<string, RdapServerAnswer>>;
}>;

const bootstrapFile = (description: string, keys: readonly string[], url: string) =>
  JSON.stringify({ description, publication: '2026-01-01T00:00:00Z', version: '1.0', services: [[keys, [url]]] });

/**
 * A loopback RDAP server (RFC 9082 paths, RFC 9083 answers) with a bootstrap pointing at it.
 * Bodies may say `{{base}}` where the server's base URL belongs (entities' self links). A path
 * without an answer gets RDAP's 404 error object, as registries send it.
 */
export async function startRdapServer(options: RdapServerOptions = {}): Promise<RdapTestServer> {
  const answers = new Map<string, RdapServerAnswer>(Object.entries(options.answers ?? {}));
  const requests: string[] = [];
  let base = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/rdap\//, '');
    requests.push(path);
    const found = answers.get(path) ?? {
      status: 404,
      body: { errorCode: 404, title: 'Not Found', description: [`${path} is not here`] },
    };
    const status = 'object' in found ? 200 : found.status;
    const headers = 'object' in found ? {} : (found.headers ?? {});
    const payload =
      'raw' in found && found.raw !== undefined
        ? found.raw
        : JSON.stringify('object' in found ? found.object : (found.body ?? null)).replaceAll('{{base}}', base);
    res.writeHead(status, { 'content-type': 'application/rdap+json', ...headers });
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rdap/`;
  const bootstrapDir = await mkdtemp(join(tmpdir(), 'vigie-rdap-'));
  await writeFile(join(bootstrapDir, 'dns.json'), bootstrapFile('test DNS', options.tlds ?? ['hosting-fixture'], base));
  await writeFile(join(bootstrapDir, 'ipv4.json'), bootstrapFile('test IPv4', options.ipv4 ?? ['127.0.0.0/8'], base));
  await writeFile(join(bootstrapDir, 'ipv6.json'), bootstrapFile('test IPv6', options.ipv6 ?? ['::1/128'], base));
  await writeFile(
    join(bootstrapDir, 'asn.json'),
    bootstrapFile('test ASN', options.asns ?? ['64496-64511', '4200000000-4294967294'], base),
  );
  return {
    baseUrl: base,
    bootstrapDir,
    answer: (path, answer) => answers.set(path, answer),
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(bootstrapDir, { recursive: true, force: true });
    },
  };
}
