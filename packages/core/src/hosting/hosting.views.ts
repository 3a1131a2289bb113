import type { HostingTargetView, ProviderView } from '@vigie/contract';
import type { HostingTarget } from './hosting.types.ts';
import type { Provider } from './provider.repository.ts';

export function toProviderView(p: Provider): ProviderView {
  return {
    id: p.id,
    name: p.name,
    contacts: [...p.contacts],
    channel: p.channel,
    webhookUrl: p.webhookUrl,
    language: p.language,
    batching: p.batching,
    domains: [...p.domains],
    asns: [...p.asns],
    networks: [...p.networks],
    notes: p.notes,
    hasWebhookSecret: p.webhookSecret !== null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toTargetView(t: HostingTarget): HostingTargetView {
  return {
    ...t,
    addresses: [...t.addresses],
    recipient: t.recipient ? { ...t.recipient, emails: [...t.recipient.emails] } : null,
    escalation: t.escalation.map((c) => ({ ...c, emails: [...c.emails] })),
    refused: [...t.refused],
    problems: [...t.problems],
  };
}
