// Name resolution for the test hosts: a DNS server on loopback (A records for every test host,
// NXDOMAIN for any other name) for a crawler given `dnsServers: ['127.0.0.1:PORT']`, and the same
// table in process as `resolve` and a `lookup` that node:http, node:net and undici accept.
import type { LookupAddress, LookupOneOptions, LookupAllOptions } from 'node:dns';
import { createUDPServer, Packet } from 'dns2';

export type Resolve = (hostname: string) => Promise<string[]>;
export type Lookup = (
  hostname: string,
  options: LookupOneOptions | LookupAllOptions | number,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

export type TestDns = { host: string; port: number; close(): Promise<void> };

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  error.syscall = 'getaddrinfo';
  return error;
}

function normalise(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

export function createResolve(table: ReadonlyMap<string, string>): Resolve {
  return async (hostname) => {
    const address = table.get(normalise(hostname));
    if (address === undefined) throw notFound(hostname);
    return [address];
  };
}

export function createLookup(table: ReadonlyMap<string, string>): Lookup {
  return (hostname, options, callback) => {
    const address = table.get(normalise(hostname));
    const all = typeof options === 'object' && options.all === true;
    process.nextTick(() => {
      if (address === undefined) return callback(notFound(hostname), all ? [] : '');
      if (all) return callback(null, [{ address, family: 4 }]);
      callback(null, address, 4);
    });
  };
}

export async function startDns(table: ReadonlyMap<string, string>, port = 0): Promise<TestDns> {
  const server = createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    const question = request.questions[0];
    const address = question ? table.get(normalise(question.name)) : undefined;
    if (!question || address === undefined) response.header.rcode = Packet.RCODE.NXDOMAIN;
    else if (question.type === Packet.TYPE.A || question.type === Packet.TYPE.ANY)
      response.answers.push(
        Packet.createResourceFromQuestion(question, { type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address }),
      );
    // A known name asked for another type (AAAA...) gets NOERROR with no answer: it exists.
    void send(response).catch(() => undefined);
  });
  server.on('requestError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.bind(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    host: '127.0.0.1',
    port: server.address().port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
