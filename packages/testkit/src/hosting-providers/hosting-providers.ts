import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMailServer, type MailServer, type ReceivedMail } from '../mail-server.ts';
import { startDns } from '../test-web/dns.ts';
import { startSmtpRelay, type SmtpRelay } from './smtp-relay.ts';

// Hosting providers that behave like real ones, on loopback, each with its own SMTP server behind
// the installation's relay. Each serves a few synthetic media files (never real material) at
// http://<name>.hosting.test:<port>/media/<n>.png and reacts to what its abuse desk receives:
//   removes-promptly          takes the files down `removalMinutes` after the notice arrives
//   removes-after-reminders   only after its `remindersBeforeRemoval`-th reminder
//   never-removes             never (so the notice is escalated)
//   contests                  answers the notice's link with a contest, and keeps the files
//   links-only                its URLs redirect to a file host it does not run; it removes the links
//   bounces                   its abuse address does not exist (550 at RCPT TO)
// Time is the test's clock (`now`): days pass as fast as the test moves it. Escalation goes to
// the upstream network (abuse@upstream.hosting.test), the registrar (abuse@registrar.hosting.test)
// and the partner hotline (reports@partner-hotline.test), each a server of its own too.

export type ProviderBehaviour =
  'removes-promptly' | 'removes-after-reminders' | 'never-removes' | 'contests' | 'links-only' | 'bounces';

export type SimulatedProvider = {
  name: string;
  host: string;
  behaviour: ProviderBehaviour;
  abuse: string;
  mail: MailServer;
  /** The URLs of its media (for links-only: of its links). */
  urls: string[];
  /** When its files (or links) stop being served; null: still online. */
  removedAt: Date | null;
  notices: number;
  reminders: number;
};

export type HostingProvidersOptions = {
  now: () => Date;
  behaviours?: readonly ProviderBehaviour[];
  mediaPerProvider?: number;
  removalMinutes?: number;
  remindersBeforeRemoval?: number;
  /** How a contesting provider answers: given the token of the notice's response link. */
  contest?: (token: string, provider: SimulatedProvider) => Promise<void>;
};

export type HostingProviders = {
  providers: SimulatedProvider[];
  provider(behaviour: ProviderBehaviour): SimulatedProvider;
  /** Escalation's servers. */
  upstream: MailServer;
  registrar: MailServer;
  hotline: MailServer;
  relay: SmtpRelay;
  dns: { host: string; port: number };
  port: number;
  /** The bytes a URL serves while online (the file host's for a link). */
  bytesOf(url: string): Buffer;
  sha256Of(url: string): string;
  /** Waits for the providers' reactions to the mail they got (contests). */
  settled(): Promise<void>;
  close(): Promise<void>;
};

export const ALL_BEHAVIOURS: readonly ProviderBehaviour[] = [
  'removes-promptly',
  'removes-after-reminders',
  'never-removes',
  'contests',
  'links-only',
  'bounces',
];

const DOMAIN = 'hosting.test';
const FILES = `files.${DOMAIN}`;

/** Deterministic synthetic bytes: a PNG signature and noise (nothing decodes them, nothing needs to). */
function syntheticBytes(seed: string): Buffer {
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  for (let i = 0; i < 16; i++) parts.push(createHash('sha256').update(`${seed} ${i}`).digest());
  return Buffer.concat(parts);
}

const kindOf = (mail: ReceivedMail) => {
  const subject = mail.parsed.subject ?? '';
  if (/^(Reminder|Rappel)/.test(subject)) return 'reminder';
  if (/^(Escalation|Escalade)/.test(subject)) return 'escalation';
  return 'notice';
};

export async function startHostingProviders(options: HostingProvidersOptions): Promise<HostingProviders> {
  const behaviours = options.behaviours ?? ALL_BEHAVIOURS;
  const removalMs = (options.removalMinutes ?? 10) * 60_000;
  const wantedReminders = options.remindersBeforeRemoval ?? 2;
  const perProvider = options.mediaPerProvider ?? 2;
  const pending: Promise<void>[] = [];
  let port = 0;
  const providers: SimulatedProvider[] = [];
  const bytes = new Map<string, Buffer>();

  const react = (provider: SimulatedProvider) => async (mail: ReceivedMail) => {
    const kind = kindOf(mail);
    const at = options.now();
    const removeSoon = () => (provider.removedAt ??= new Date(at.getTime() + removalMs));
    if (kind === 'notice') {
      provider.notices += 1;
      if (provider.behaviour === 'removes-promptly' || provider.behaviour === 'links-only') removeSoon();
      if (provider.behaviour === 'contests' && options.contest) {
        const token = /\/notices\/respond\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')?.[1];
        // After the server has accepted the message: the answer is a separate conversation.
        if (token) pending.push(new Promise((r) => setImmediate(r)).then(() => options.contest!(token, provider)));
      }
    } else if (kind === 'reminder') {
      provider.reminders += 1;
      if (provider.behaviour === 'removes-after-reminders' && provider.reminders >= wantedReminders) removeSoon();
    }
  };

  for (const behaviour of behaviours) {
    const name = behaviour.replace(/[^a-z]/g, '');
    const provider: SimulatedProvider = {
      name,
      host: `${name}.${DOMAIN}`,
      behaviour,
      abuse: `abuse@${name}.${DOMAIN}`,
      mail: undefined as unknown as MailServer,
      urls: [],
      removedAt: null,
      notices: 0,
      reminders: 0,
    };
    provider.mail = await startMailServer({
      ...(behaviour === 'bounces' ? { refuse: () => true } : {}),
      beforeAccept: react(provider),
    });
    providers.push(provider);
  }
  const [upstream, registrar, hotline] = await Promise.all([startMailServer(), startMailServer(), startMailServer()]);
  const relay = await startSmtpRelay((address) => {
    const domain = address.split('@')[1]?.toLowerCase() ?? '';
    const provider = providers.find((p) => p.host === domain);
    if (provider) return { port: provider.mail.port, refuses: () => provider.behaviour === 'bounces' };
    const other = {
      [`upstream.${DOMAIN}`]: upstream,
      [`registrar.${DOMAIN}`]: registrar,
      'partner-hotline.test': hotline,
    }[domain];
    return other ? { port: other.port, refuses: () => false } : undefined;
  });

  const online = (provider: SimulatedProvider) => !provider.removedAt || options.now() < provider.removedAt;
  const server = http.createServer((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0]!.toLowerCase();
    const path = request.url ?? '/';
    if (host === FILES) {
      const body = bytes.get(`http://${FILES}:${port}${path}`);
      if (!body) return response.writeHead(404).end('not found');
      return response.writeHead(200, { 'content-type': 'image/png' }).end(body);
    }
    const provider = providers.find((p) => p.host === host);
    const url = `http://${host}:${port}${path}`;
    if (!provider || !provider.urls.includes(url) || !online(provider))
      return response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    if (provider.behaviour === 'links-only')
      return response.writeHead(302, { location: `http://${FILES}:${port}/${provider.name}${path}` }).end();
    response.writeHead(200, { 'content-type': 'image/png' }).end(bytes.get(url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  for (const provider of providers)
    for (let i = 1; i <= perProvider; i++) {
      const url = `http://${provider.host}:${port}/media/${i}.png`;
      provider.urls.push(url);
      const served =
        provider.behaviour === 'links-only' ? `http://${FILES}:${port}/${provider.name}/media/${i}.png` : url;
      bytes.set(served, syntheticBytes(served));
    }
  const table = new Map([...providers.map((p) => [p.host, '127.0.0.1'] as const), [FILES, '127.0.0.1']]);
  const dns = await startDns(table);
  const servedOf = (url: string) => {
    const provider = providers.find((p) => p.urls.includes(url));
    return provider?.behaviour === 'links-only'
      ? url.replace(`//${provider.host}:${port}/`, `//${FILES}:${port}/${provider.name}/`)
      : url;
  };
  const bytesOf = (url: string) => {
    const body = bytes.get(servedOf(url));
    if (!body) throw new Error(`hosting providers: no media at ${url}`);
    return body;
  };
  return {
    providers,
    provider(behaviour) {
      const found = providers.find((p) => p.behaviour === behaviour);
      if (!found) throw new Error(`hosting providers: none ${behaviour}`);
      return found;
    },
    upstream,
    registrar,
    hotline,
    relay,
    dns: { host: dns.host, port: dns.port },
    port,
    bytesOf,
    sha256Of: (url) => createHash('sha256').update(bytesOf(url)).digest('hex'),
    async settled() {
      while (pending.length > 0) await pending.shift();
    },
    async close() {
      await Promise.all([
        dns.close(),
        relay.close(),
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
        ...providers.map((p) => p.mail.close()),
        upstream.close(),
        registrar.close(),
        hotline.close(),
      ]);
    },
  };
}
