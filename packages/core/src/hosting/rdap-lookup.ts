import type { ContactSource } from '@vigie/contract';
import type { Contact, Refusal } from './hosting.types.ts';
import type { RdapBootstrap } from './rdap-bootstrap.ts';
import type { RdapClient } from './rdap-client.ts';
import { contactsWithRole, followedEntityContacts, type Extraction } from './rdap-contacts.ts';

// The RDAP side of a lookup: the IP network's abuse contact, the announcing ASN's, the domain
// registrar's, each with what was refused and what could not be asked.

const MAX_FOLLOWS = 3;

export type RdapFindings = {
  contacts: Contact[];
  refused: Refusal[];
  problems: string[];
  complete: boolean;
};

export type RdapQuery = Readonly<{ address: string | null; asn: number | null; domain: string | null }>;

function toContacts(extraction: Extraction, source: ContactSource): Contact[] {
  return extraction.contacts.map((c) => ({
    source,
    emails: c.emails,
    name: c.entity.name,
    handle: c.entity.handle,
    rdapUrl: c.rdapUrl,
    providerId: null,
    channel: 'email' as const,
    language: c.entity.language,
  }));
}

export async function findRdapContacts(
  rdap: RdapClient,
  bootstrap: RdapBootstrap,
  query: RdapQuery,
): Promise<RdapFindings> {
  const findings: RdapFindings = { contacts: [], refused: [], problems: [], complete: true };
  let follows = 0;

  const ask = async (what: string, base: string | undefined, path: string) => {
    if (!base) {
      findings.problems.push(`no RDAP server for ${what} in the bootstrap`);
      return undefined;
    }
    const result = await rdap.get(`${base}${path}`);
    if (result.kind === 'ok') return result;
    if (result.kind === 'not_found') findings.problems.push(`${what}: not found in RDAP (${result.url})`);
    else {
      findings.problems.push(`${what}: ${result.reason} (${result.url})`);
      if (result.transient) findings.complete = false;
    }
    return undefined;
  };

  const collect = async (extraction: Extraction, role: string, source: ContactSource): Promise<Contact[]> => {
    for (const f of extraction.follow) {
      if (follows >= MAX_FOLLOWS) {
        findings.problems.push(`not followed (more than ${MAX_FOLLOWS} entity links): ${f.url}`);
        continue;
      }
      follows++;
      const result = await rdap.get(f.url);
      if (result.kind === 'ok') {
        const more = followedEntityContacts(result.body, f.url, f.entity, role);
        extraction.contacts.push(...more.contacts);
        extraction.refused.push(...more.refused);
      } else {
        findings.problems.push(
          `entity ${f.entity.handle ?? f.url}: ${result.kind === 'failed' ? result.reason : 'not found'}`,
        );
        if (result.kind === 'failed' && result.transient) findings.complete = false;
      }
    }
    findings.refused.push(
      ...extraction.refused.map((r) => ({
        email: r.email,
        reason: r.reason,
        detail: r.detail,
        handle: r.entity.handle,
        rdapUrl: r.rdapUrl,
      })),
    );
    return toContacts(extraction, source);
  };

  if (query.address) {
    const answer = await ask(`the network of ${query.address}`, bootstrap.ip(query.address), `ip/${query.address}`);
    if (answer)
      findings.contacts.push(
        ...(await collect(contactsWithRole(answer.body, answer.url, 'abuse'), 'abuse', 'rdap_ip_abuse')),
      );
  }
  if (query.asn !== null) {
    const answer = await ask(`AS${query.asn}`, bootstrap.autnum(query.asn), `autnum/${query.asn}`);
    if (answer)
      findings.contacts.push(
        ...(await collect(contactsWithRole(answer.body, answer.url, 'abuse'), 'abuse', 'rdap_autnum_abuse')),
      );
  }
  if (query.domain) {
    const answer = await ask(query.domain, bootstrap.domain(query.domain), `domain/${query.domain}`);
    if (answer) {
      // The registrar's abuse contact (ICANN's profile nests it under the registrar); never the
      // registrant's contacts. A registry without one (many ccTLDs): the registrar's own address.
      const abuse = await collect(
        contactsWithRole(answer.body, answer.url, 'abuse', 'registrant'),
        'abuse',
        'rdap_registrar_abuse',
      );
      findings.contacts.push(...abuse);
      if (abuse.length === 0)
        findings.contacts.push(
          ...(await collect(
            contactsWithRole(answer.body, answer.url, 'registrar', 'registrant'),
            'registrar',
            'rdap_registrar',
          )),
        );
    }
  }
  return findings;
}
