import {
  cliActor,
  createContext,
  createLogger,
  ipDataOrigin,
  ipDataPackages,
  refreshIpDataFromConfig,
  type AppContext,
  type Config,
  type Provider,
} from '@vigie/core';
import type { ProviderBody } from '@vigie/contract';
import { parse, required, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const providerUsage = `usage: vigie provider list [--json]
       vigie provider add --name NAME [fields]
       vigie provider update NAME|ID [fields]
       vigie provider remove NAME|ID
fields: --contact E (repeat, or a,b) --channel email|xarf_email|webhook --webhook-url URL
        --webhook-secret S --language fr --batching immediate|hourly|daily
        --domain D (repeat) --asn N (repeat) --network CIDR (repeat) --notes TEXT
A list given to update replaces the provider's list; an empty value (--domain '') empties it.`;

const fieldOptions = {
  name: { type: 'string' },
  contact: { type: 'string', multiple: true },
  channel: { type: 'string' },
  'webhook-url': { type: 'string' },
  'webhook-secret': { type: 'string' },
  language: { type: 'string' },
  batching: { type: 'string' },
  domain: { type: 'string', multiple: true },
  asn: { type: 'string', multiple: true },
  network: { type: 'string', multiple: true },
  notes: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const list = (values: string[] | undefined) =>
  values === undefined
    ? undefined
    : values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);

function fieldsOf(values: Record<string, string | boolean | string[] | undefined>): Partial<ProviderBody> {
  const text = (name: string) => values[name] as string | undefined;
  const fields: Record<string, unknown> = {
    name: text('name'),
    contacts: list(values.contact as string[] | undefined),
    channel: text('channel'),
    webhookUrl: text('webhook-url') === '' ? null : text('webhook-url'),
    webhookSecret: text('webhook-secret') === '' ? null : text('webhook-secret'),
    language: text('language') === '' ? null : text('language'),
    batching: text('batching'),
    domains: list(values.domain as string[] | undefined),
    asns: list(values.asn as string[] | undefined)?.map((a) => {
      const n = Number(a.replace(/^AS/i, ''));
      if (!Number.isInteger(n)) throw new UsageError(`--asn ${a}: not an AS number`);
      return n;
    }),
    networks: list(values.network as string[] | undefined),
    notes: text('notes'),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ProviderBody>;
}

function describe(p: Provider): string {
  const matches = [...p.domains, ...p.asns.map((a) => `AS${a}`), ...p.networks].join(' ') || '(matches nothing)';
  const to = p.channel === 'webhook' ? (p.webhookUrl ?? '') : p.contacts.join(', ');
  return `${p.id}\t${p.name}\t${p.channel} ${to}\t${p.language ?? '-'}\t${p.batching}\t${matches}`;
}

const withContext = async <T>(
  config: Config,
  context: AppContext | undefined,
  run: (ctx: AppContext) => Promise<T>,
) => {
  const ctx =
    context ?? (await createContext(config, { logger: createLogger({ level: 'warn', destination: process.stderr }) }));
  try {
    return await run(ctx);
  } finally {
    if (!context) await ctx.close();
  }
};

/** `vigie provider ...`: the provider directory (audited as the CLI's operator). */
export async function runProviderCommand(
  config: Config,
  argv: string[],
  io: Io,
  context?: AppContext,
): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parse(rest, fieldOptions);
  if (!['list', 'add', 'update', 'remove'].includes(sub ?? '')) throw new UsageError(providerUsage);
  return withContext(config, context, async (ctx) => {
    const directory = ctx.hosting.directory;
    switch (sub) {
      case 'list': {
        const providers = await directory.list();
        if (values.json)
          for (const p of providers)
            io.stdout.write(`${JSON.stringify({ ...p, webhookSecret: p.webhookSecret ? '[set]' : null })}\n`);
        else if (providers.length === 0) io.stdout.write('The provider directory is empty.\n');
        else for (const p of providers) io.stdout.write(`${describe(p)}\n`);
        return 0;
      }
      case 'add': {
        const body = { ...fieldsOf(values), name: required(values.name, 'name') } as ProviderBody;
        const provider = await directory.add(body, cliActor);
        io.stdout.write(`provider ${provider.id} added: ${describe(provider)}\n`);
        return 0;
      }
      case 'update': {
        const ref = positionals[0];
        if (!ref) throw new UsageError(`update needs the provider's name or id\n${providerUsage}`);
        const provider = await directory.update(ref, fieldsOf(values), cliActor);
        io.stdout.write(`provider ${provider.id} updated: ${describe(provider)}\n`);
        return 0;
      }
      case 'remove': {
        const ref = positionals[0];
        if (!ref) throw new UsageError(`remove needs the provider's name or id\n${providerUsage}`);
        const provider = await directory.get(ref);
        await directory.remove(provider.id, cliActor);
        io.stdout.write(`provider ${provider.id} (${provider.name}) removed.\n`);
        return 0;
      }
      default:
        throw new UsageError(providerUsage);
    }
  });
}

const ipdataUsage = `usage: vigie ipdata status | vigie ipdata refresh
refresh downloads the newest ${ipDataPackages.join(' and ')} from VIGIE_IPDATA_REGISTRY into the
data directory; processes started afterwards use them (running ones keep the data they loaded).`;

/** `vigie ipdata status|refresh`: the offline ASN and country data (no database needed). */
export async function runIpdataCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (rest.length > 0) throw new UsageError(ipdataUsage);
  if (sub === 'status') {
    for (const name of ipDataPackages) {
      const o = ipDataOrigin(config.dataDir, name);
      io.stdout.write(`${name}@${o.version}\t${o.refreshed ? 'refreshed' : 'shipped'}\t${o.dir}\n`);
    }
    return 0;
  }
  if (sub === 'refresh') {
    for (const outcome of await refreshIpDataFromConfig(config))
      io.stdout.write(
        outcome.changed
          ? `${outcome.name}@${outcome.version} installed; restart Vigie's processes to use it.\n`
          : `${outcome.name}@${outcome.version} is already the newest.\n`,
      );
    return 0;
  }
  throw new UsageError(ipdataUsage);
}

/** `vigie hosting lookup URL [--page URL]`: what a notice would be told of a URL's host, as JSON. */
export async function runHostingCommand(config: Config, argv: string[], io: Io, context?: AppContext): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parse(rest, { page: { type: 'string' } });
  if (sub !== 'lookup' || positionals.length !== 1)
    throw new UsageError('usage: vigie hosting lookup URL [--page PAGE_URL]');
  return withContext(config, context, async (ctx) => {
    const targets = await ctx.hosting.describeDetection({ url: positionals[0] as string, pageUrl: values.page });
    io.stdout.write(`${JSON.stringify({ targets }, null, 2)}\n`);
    return targets.every((t) => t.recipient !== null) ? 0 : 1;
  });
}
