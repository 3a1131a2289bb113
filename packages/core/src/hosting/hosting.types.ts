import type { ContactSource, HostingRelationship, ProviderChannel } from '@vigie/contract';
import type { IpFacts } from './ip-data.ts';
import type { RefusalReason } from './rdap-contacts.ts';

export { contactSources, hostingRelationships, providerBatchings, providerChannels } from '@vigie/contract';
export type { ContactSource, HostingRelationship, ProviderBatching, ProviderChannel } from '@vigie/contract';

/** Someone a notice can go to, and where the system learnt of them. */
export type Contact = Readonly<{
  source: ContactSource;
  emails: readonly string[];
  name: string | null;
  /** The RDAP entity's handle. */
  handle: string | null;
  /** The RDAP answer the contact was read from. */
  rdapUrl: string | null;
  /** The directory entry, when the contact came from the provider directory. */
  providerId: string | null;
  channel: ProviderChannel;
  language: string | null;
}>;

/** An address seen and not used, with why. */
export type Refusal = Readonly<{
  email: string | null;
  reason: RefusalReason;
  detail: string;
  handle: string | null;
  /** The RDAP answer it was read from; null for RFC 2142's mailbox. */
  rdapUrl: string | null;
}>;

/** Everything a notice needs to know of one recipient-to-be: who, where, how it relates to the file. */
export type HostingTarget = Readonly<{
  url: string;
  host: string;
  /** The registrable domain (public suffix list); null for an IP address. */
  registrableDomain: string | null;
  relationship: HostingRelationship;
  /** Through a CDN: whether the site behind it hosts the file or links to it. */
  behindProxy: 'hosts' | 'links' | null;
  cdn: string | null;
  addresses: readonly IpFacts[];
  /** Of the first address: the network announcing it and its registration country. */
  asn: number | null;
  holder: string | null;
  country: string | null;
  /** Who gets the notice: the directory's provider, else the best RDAP contact, else abuse@domain. */
  recipient: Contact | null;
  /** Who to turn to when the recipient does not act: the contacts after it, best first. */
  escalation: readonly Contact[];
  refused: readonly Refusal[];
  /** False when an RDAP server could not be asked now (rate limited, down): a better contact may exist. */
  complete: boolean;
  problems: readonly string[];
}>;

export type LookupInput = Readonly<{
  url: string;
  /** The addresses the crawler connected to; resolved afresh when absent. */
  addresses?: readonly string[] | undefined;
  /** The answer's headers as the crawler recorded them (CDN signatures). */
  headers?: Readonly<Record<string, string>> | undefined;
}>;

export type DetectionInput = LookupInput &
  Readonly<{
    pageUrl?: string | null | undefined;
    pageAddresses?: readonly string[] | undefined;
    pageHeaders?: Readonly<Record<string, string>> | undefined;
  }>;
