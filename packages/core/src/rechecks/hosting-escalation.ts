import type { HostingService } from '../hosting/index.ts';
import type { EscalationContact, EscalationResolver } from './rechecks.types.ts';

// Who escalation turns to, from the hosting feature's lookup of the URL: the contacts after its
// recipient, best first (the upstream network's abuse desk, the registrar's, RFC 2142's), with
// the network's country (the partner hotline's, added by the service).

export function hostingEscalation(hosting: Pick<HostingService, 'describeDetection'>): EscalationResolver {
  return {
    async escalationFor({ url, address }) {
      const [target] = await hosting.describeDetection({ url, addresses: address ? [address] : undefined });
      if (!target) return { contacts: [], country: null };
      const contacts: EscalationContact[] = target.escalation.flatMap((c) =>
        c.emails.map((email) => ({
          contact: { channel: 'email' as const, address: email },
          role: c.source,
          name: c.name,
        })),
      );
      return { contacts, country: target.country };
    },
  };
}
