import { providerBatchings, providerChannels, type ProviderBody, type ProviderPatch } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import { networkContains, parseNetwork } from '../platform/net/networks.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { checkEmail } from './email-check.ts';
import { HostingError } from './hosting.errors.ts';
import type { IpFacts } from './ip-data.ts';
import {
  deleteProvider,
  findProviderById,
  findProviderByName,
  insertProvider,
  listProviders,
  updateProvider,
  type Provider,
  type ProviderFields,
} from './provider.repository.ts';

// The provider directory: what operators know of a provider (its contacts, how and in which
// language it wants notices, whether batched) beats whatever RDAP says. Every change is audited
// in its transaction; the webhook secret is never in an audit event or an answer.

export type ProviderMatch = Readonly<{ provider: Provider; by: 'domain' | 'network' | 'asn' }>;

const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** "contacts: x is refused" as the answer's per-field detail (`/contacts`, what is wrong with it). */
function fieldOf(problem: string): { path: string; message: string } {
  const colon = problem.indexOf(': ');
  return { path: `/${problem.slice(0, colon)}`, message: problem.slice(colon + 2) };
}

function normalise(input: ProviderBody): ProviderFields {
  const problems: string[] = [];
  const name = input.name.trim();
  if (name === '' || name.length > 200) problems.push('name: 1 to 200 characters');
  const contacts = (input.contacts ?? []).map((c) => {
    const verdict = checkEmail(c);
    if (!verdict.ok) problems.push(`contacts: ${c} is refused (${verdict.detail})`);
    return c.trim();
  });
  const channel = input.channel ?? 'email';
  if (!providerChannels.includes(channel)) problems.push(`channel: one of ${providerChannels.join(', ')}`);
  const batching = input.batching ?? 'immediate';
  if (!providerBatchings.includes(batching)) problems.push(`batching: one of ${providerBatchings.join(', ')}`);
  const webhookUrl = input.webhookUrl?.trim() || null;
  if (webhookUrl) {
    try {
      if (!/^https?:$/.test(new URL(webhookUrl).protocol)) throw new Error('scheme');
    } catch {
      problems.push('webhookUrl: an absolute http(s) URL');
    }
  }
  if (channel === 'webhook' && !webhookUrl) problems.push('webhookUrl: required for the webhook channel');
  if (input.webhookSecret && (input.webhookSecret.length < 16 || input.webhookSecret.length > 256))
    problems.push('webhookSecret: 16 to 256 characters');
  if (channel !== 'webhook' && contacts.length === 0)
    problems.push(`contacts: at least one for the ${channel} channel`);
  const language = input.language?.trim().toLowerCase() || null;
  if (language && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(language))
    problems.push('language: a language tag such as fr or pt-br');
  const domains = [
    ...new Set((input.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, ''))),
  ];
  for (const d of domains) if (!hostname.test(d)) problems.push(`domains: ${d} is not a domain name`);
  const asns = [...new Set(input.asns ?? [])];
  for (const a of asns) if (!Number.isInteger(a) || a < 1 || a > 4294967295) problems.push(`asns: ${a} is not an ASN`);
  const networks = (input.networks ?? []).map((n) => {
    const network = parseNetwork(n);
    if (!network) problems.push(`networks: ${n} is not a CIDR block`);
    return network?.text ?? n;
  });
  if (problems.length > 0)
    throw new HostingError('HOSTING_PROVIDER_INVALID', `Invalid provider: ${problems.join('; ')}`, {
      problems,
      fields: problems.map(fieldOf),
    });
  return {
    name,
    contacts,
    channel,
    webhookUrl,
    webhookSecret: input.webhookSecret ?? null,
    language,
    batching,
    domains,
    asns,
    networks: [...new Set(networks)],
    notes: input.notes ?? '',
  };
}

function merge(current: Provider, patch: ProviderPatch): ProviderBody {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
  const merged: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  return merged as ProviderBody;
}

/** What changed, for the audit event (the secret as "changed", never its value). */
function changes(before: ProviderFields | undefined, after: ProviderFields): string[] {
  return (Object.keys(after) as Array<keyof ProviderFields>).filter(
    (k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
}

export function matchProvider(
  providers: readonly Provider[],
  target: { host: string; facts: readonly IpFacts[] },
): ProviderMatch | undefined {
  const host = target.host.toLowerCase();
  // The most specific domain first, then the most specific network, then the ASN.
  let best: { provider: Provider; length: number } | undefined;
  for (const provider of providers)
    for (const d of provider.domains)
      if ((host === d || host.endsWith(`.${d}`)) && (!best || d.length > best.length))
        best = { provider, length: d.length };
  if (best) return { provider: best.provider, by: 'domain' };
  let network: { provider: Provider; bits: number } | undefined;
  for (const provider of providers)
    for (const text of provider.networks) {
      const parsed = parseNetwork(text);
      if (
        parsed &&
        target.facts.some((f) => networkContains(parsed, f.address)) &&
        (!network || parsed.bits > network.bits)
      )
        network = { provider, bits: parsed.bits };
    }
  if (network) return { provider: network.provider, by: 'network' };
  for (const fact of target.facts) {
    const provider = providers.find((p) => fact.asn !== null && p.asns.includes(fact.asn));
    if (provider) return { provider, by: 'asn' };
  }
  return undefined;
}

export function createProviderDirectory(deps: Pick<ServiceDeps, 'db' | 'now'>) {
  const { db, now } = deps;
  const find = async (ref: string, trx = db, forUpdate = false) => {
    const found = (await findProviderById(trx, ref, forUpdate)) ?? (await findProviderByName(trx, ref, forUpdate));
    if (!found) throw new HostingError('HOSTING_PROVIDER_NOT_FOUND');
    return found;
  };
  const audit = (trx: typeof db, actor: Actor, action: string, provider: Provider, changed?: string[]) =>
    appendAuditEvent(
      trx,
      actor,
      {
        action: `hosting.provider-${action}`,
        subjectType: 'hosting_provider',
        subjectId: provider.id,
        details: { name: provider.name, ...(changed ? { changed } : {}) },
      },
      now(),
    );
  return {
    list: () => listProviders(db),
    /** By id or by name (case-insensitive). */
    get: (ref: string) => find(ref),
    async add(input: ProviderBody, actor: Actor): Promise<Provider> {
      const fields = normalise(input);
      return db.transaction().execute(async (trx) => {
        const provider = await insertProvider(trx, fields, now());
        if (!provider) throw new HostingError('HOSTING_PROVIDER_EXISTS');
        await audit(trx, actor, 'added', provider, changes(undefined, fields));
        return provider;
      });
    },
    async update(ref: string, patch: ProviderPatch, actor: Actor): Promise<Provider> {
      return db.transaction().execute(async (trx) => {
        const current = await find(ref, trx, true);
        const fields = normalise(merge(current, patch));
        if (fields.name.toLowerCase() !== current.name.toLowerCase() && (await findProviderByName(trx, fields.name)))
          throw new HostingError('HOSTING_PROVIDER_EXISTS');
        const provider = await updateProvider(trx, current.id, fields, now()).catch((error: unknown) => {
          // Renamed to a name another change took meanwhile: the unique index decides.
          if ((error as { code?: string }).code === '23505') throw new HostingError('HOSTING_PROVIDER_EXISTS');
          throw error;
        });
        await audit(trx, actor, 'updated', provider, changes(current, fields));
        return provider;
      });
    },
    async remove(ref: string, actor: Actor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const current = await find(ref, trx, true);
        await deleteProvider(trx, current.id);
        await audit(trx, actor, 'removed', current);
      });
    },
  };
}
export type ProviderDirectory = ReturnType<typeof createProviderDirectory>;
