import { isIP } from 'node:net';
import { getDomain } from 'tldts';
import { cachingResolver, serversResolver, systemResolver, type Resolver } from '../platform/net/dns-cache.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { HostingError } from './hosting.errors.ts';
import { checkEmail } from './email-check.ts';
import type { Contact, DetectionInput, HostingTarget, LookupInput, Refusal } from './hosting.types.ts';
import { currentIpDataFiles, refreshIpData, type IpDataOrigin } from './ip-data-source.ts';
import { loadIpData, type IpData } from './ip-data.ts';
import { createProviderDirectory, matchProvider } from './provider.service.ts';
import { loadRdapBootstrap, shippedBootstrapDir, type RdapBootstrap } from './rdap-bootstrap.ts';
import { deleteExpiredAnswers } from './rdap-cache.repository.ts';
import { createRdapClient } from './rdap-client.ts';
import { findRdapContacts } from './rdap-lookup.ts';
import { cdnOf, relationshipOf } from './relationship.ts';

// Who hosts it: for a URL, its host, addresses, network, country, relationship to the file and
// the recipient of a notice with its fall-backs. The offline IP data and the RDAP bootstrap are
// loaded on first use, once per process.

export type HostingServiceOptions = Readonly<{
  outbound: Outbound;
  /** Replaces DNS (tests); default: VIGIE_FETCH_DNS_SERVERS or the system's resolver. */
  resolve?: Resolver;
}>;

function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HostingError('HOSTING_URL_INVALID');
  }
  if (!/^https?:$/.test(url.protocol) || url.hostname === '') throw new HostingError('HOSTING_URL_INVALID');
  return url;
}

/** Later contacts whose every address an earlier one already has say nothing new. */
function distinct(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  const out: Contact[] = [];
  for (const contact of contacts) {
    const fresh = contact.emails.filter((e) => !seen.has(e.toLowerCase()));
    if (fresh.length === 0 && contact.channel !== 'webhook') continue;
    for (const e of contact.emails) seen.add(e.toLowerCase());
    out.push(contact);
  }
  return out;
}

export function createHostingService(deps: ServiceDeps, options: HostingServiceOptions) {
  const { db, now, logger, config } = deps;
  const settings = config.hosting;
  const directory = createProviderDirectory(deps);
  const resolve = cachingResolver(
    options.resolve ?? (config.fetchDnsServers.length ? serversResolver(config.fetchDnsServers) : systemResolver),
    config.fetchDnsCacheSeconds * 1000,
  );
  const rdap = createRdapClient({
    db,
    outbound: options.outbound,
    now,
    logger,
    limiter: deps.rateLimit('rdap', settings.rdapRatePerMinute, 60_000),
    cacheHours: settings.rdapCacheHours,
    timeoutSeconds: settings.rdapTimeoutSeconds,
  });
  let ipData: Promise<IpData> | undefined;
  let origins: IpDataOrigin[] = [];
  let bootstrap: Promise<RdapBootstrap> | undefined;

  const loadedIpData = () => {
    ipData ??= (async () => {
      const started = performance.now();
      const current = currentIpDataFiles(config.dataDir);
      origins = current.origins;
      const data = await loadIpData(current.files);
      logger.info(
        {
          ms: Math.round(performance.now() - started),
          origins: origins.map((o) => `${o.name}@${o.version}`),
          ...data.sizes,
        },
        'offline IP data loaded',
      );
      return data;
    })().catch((error: unknown) => {
      ipData = undefined; // a later lookup tries again (a refresh may have fixed it)
      throw error;
    });
    return ipData;
  };
  const loadedBootstrap = () => {
    bootstrap ??= loadRdapBootstrap(settings.rdapBootstrapDir ?? shippedBootstrapDir).catch((error: unknown) => {
      bootstrap = undefined;
      throw error;
    });
    return bootstrap;
  };

  async function addressesOf(
    host: string,
    given: readonly string[] | undefined,
    problems: string[],
  ): Promise<string[]> {
    if (isIP(host)) return [host];
    if (given && given.length > 0) return [...new Set(given.filter((a) => isIP(a)))];
    try {
      return [...(await resolve(host))];
    } catch (error) {
      problems.push(`no address for ${host} (${(error as { code?: string }).code ?? 'DNS failure'})`);
      return [];
    }
  }

  async function lookup(input: LookupInput, storesFile: boolean): Promise<HostingTarget> {
    const url = parseTargetUrl(input.url);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    const problems: string[] = [];
    const [data, rdapBootstrap, providers] = await Promise.all([loadedIpData(), loadedBootstrap(), directory.list()]);
    const addresses = await addressesOf(host, input.addresses, problems);
    const facts = addresses.map((a) => data.lookup(a));
    const registrableDomain = isIP(host) ? null : (getDomain(host, { allowPrivateDomains: false }) ?? null);
    const relation = relationshipOf(
      storesFile,
      cdnOf(
        facts.map((f) => f.asn),
        input.headers,
      ),
    );
    const first = facts[0];
    const found = await findRdapContacts(rdap, rdapBootstrap, {
      address: first?.address ?? null,
      asn: first?.asn ?? null,
      domain: registrableDomain,
    });
    problems.push(...found.problems);
    const contacts: Contact[] = [];
    const match = matchProvider(providers, { host, facts });
    if (match)
      contacts.push({
        source: 'provider_directory',
        emails: match.provider.contacts,
        name: match.provider.name,
        handle: null,
        rdapUrl: null,
        providerId: match.provider.id,
        channel: match.provider.channel,
        language: match.provider.language,
      });
    contacts.push(...found.contacts);
    // RFC 2142's mailbox, the last resort: nobody published a better one. Not at a reserved name.
    const refused: Refusal[] = [...found.refused];
    if (registrableDomain) {
      const mailbox = `abuse@${registrableDomain}`;
      const verdict = checkEmail(mailbox);
      if (verdict.ok)
        contacts.push({
          source: 'rfc2142',
          emails: [mailbox],
          name: null,
          handle: null,
          rdapUrl: null,
          providerId: null,
          channel: 'email',
          language: null,
        });
      else
        refused.push({ email: mailbox, reason: verdict.reason, detail: verdict.detail, handle: null, rdapUrl: null });
    }
    const [recipient = null, ...escalation] = distinct(contacts);
    return Object.freeze({
      url: url.href,
      host,
      registrableDomain,
      ...relation,
      addresses: facts,
      asn: first?.asn ?? null,
      holder: first?.holder ?? null,
      country: first?.country ?? null,
      recipient,
      escalation,
      refused,
      complete: found.complete,
      problems,
    });
  }

  return {
    directory,
    /** One URL's host: `storesFile` false for a page that links to the file. */
    lookup: (input: LookupInput, storesFile = true) => lookup(input, storesFile),
    /**
     * A detection's targets: the media URL's host (hosts it, or proxies it), and the page's host
     * when it is another host (links to it, or proxies the page).
     */
    async describeDetection(input: DetectionInput): Promise<HostingTarget[]> {
      const media = await lookup(input, true);
      if (!input.pageUrl) return [media];
      const page = parseTargetUrl(input.pageUrl);
      if (page.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase() === media.host) return [media];
      return [
        media,
        await lookup({ url: input.pageUrl, addresses: input.pageAddresses, headers: input.pageHeaders }, false),
      ];
    },
    /** The country of an address from the offline IP data alone (no DNS, no RDAP): null when unknown. */
    countryOf: async (address: string): Promise<string | null> => (await loadedIpData()).lookup(address).country,
    /** What the offline IP data says of one address (no network): its network and country. */
    addressFacts: async (address: string) => (await loadedIpData()).lookup(address),
    /** Which IP data this process uses (after the first lookup) or would use. */
    ipDataOrigins: () => (origins.length > 0 ? origins : currentIpDataFiles(config.dataDir).origins),
    refreshIpData: () =>
      refreshIpData(options.outbound, { dataDir: config.dataDir, registry: settings.ipdataRegistry }),
    /** Forgets RDAP answers expired for a day (the hourly job). */
    purgeRdapCache: () => deleteExpiredAnswers(db, new Date(now().getTime() - 86_400_000)),
  };
}
export type HostingService = ReturnType<typeof createHostingService>;
