import type { ProviderBatching } from '@vigie/contract';
import type { Contact, HostingService, HostingTarget, Provider } from '../hosting/index.ts';
import type { OutboxContact } from '../outbox/index.ts';
import type { Recipient, RecipientResolver } from './notices.types.ts';

// Who gets a detection's notice, from the hosting feature: the media URL's host (the provider
// that stores it, or the CDN in front of it), its contact from the provider directory, else RDAP,
// else abuse@domain. The contacts after the recipient's are the ones tried when its addresses fail.

const batchMinutes: Record<ProviderBatching, number> = { immediate: 0, hourly: 60, daily: 1440 };

const languageOf = (contact: Contact, provider: Provider | undefined) =>
  (provider?.language ?? contact.language ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';

function contactsOf(target: HostingTarget, recipient: Contact, provider: Provider | undefined): OutboxContact[] {
  const out: OutboxContact[] = [];
  if (provider?.channel === 'webhook' && provider.webhookUrl)
    out.push({ channel: 'webhook', url: provider.webhookUrl, secret: provider.webhookSecret });
  const seen = new Set<string>();
  for (const contact of [recipient, ...target.escalation])
    for (const email of contact.emails) {
      const address = email.toLowerCase();
      if (seen.has(address)) continue;
      seen.add(address);
      out.push({ channel: 'email', address });
    }
  return out;
}

export function hostingRecipients(hosting: Pick<HostingService, 'describeDetection' | 'directory'>): RecipientResolver {
  return {
    async resolve({ url, address }): Promise<Recipient | null> {
      const [target] = await hosting.describeDetection({ url, addresses: address ? [address] : undefined });
      const recipient = target?.recipient;
      // An RDAP server that could not be asked now (rate limited, down) may know a better contact
      // than the fall-back: wait (the hourly retry of unknown recipients) rather than send there.
      if (!target || !recipient || (!target.complete && recipient.source !== 'provider_directory')) return null;
      // A directory entry removed since the lookup: the next preparation finds who it is now.
      const provider = recipient.providerId
        ? await hosting.directory.get(recipient.providerId).catch(() => null)
        : undefined;
      if (provider === null) return null;
      const contacts = contactsOf(target, recipient, provider);
      if (contacts.length === 0) return null;
      return {
        key: provider
          ? `provider:${provider.id}`
          : `email:${contacts[0]!.channel === 'email' ? contacts[0]!.address : url}`,
        name: provider?.name ?? recipient.name ?? target.host,
        relationship: target.relationship,
        language: languageOf(recipient, provider),
        batchMinutes: provider ? batchMinutes[provider.batching] : null,
        country: target.country,
        asn: target.asn,
        // Abuse desks found through RDAP process X-ARF; a directory entry says what its provider wants.
        xarf: provider ? provider.channel !== 'email' : true,
        contacts,
      };
    },
  };
}
