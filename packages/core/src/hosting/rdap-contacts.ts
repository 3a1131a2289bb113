import { checkEmail } from './email-check.ts';

// Contacts read from RDAP answers (RFC 9083), as registries really send them: the abuse entity
// at the top or nested under the registrant or registrar, the same entity listed twice, roles
// combined ("abuse", "technical" on one entity) or absent, e-mails missing (the entity's self
// link then gives the full object), redacted per RFC 9537 or by a remark, and placeholders.
// Registrant contacts are never used: the registrant may be the very person publishing.

export type RdapEntityRef = Readonly<{
  handle: string | null;
  name: string | null;
  roles: readonly string[];
  /** Handles (or roles) from the answer's top down to this entity. */
  path: readonly string[];
  language: string | null;
}>;
export type FoundContact = Readonly<{ emails: readonly string[]; entity: RdapEntityRef; rdapUrl: string }>;
export const refusalReasons = ['redacted', 'placeholder', 'invalid', 'no_email', 'no_role'] as const;
export type RefusalReason = (typeof refusalReasons)[number];
export type RefusedContact = Readonly<{
  email: string | null;
  reason: RefusalReason;
  detail: string;
  entity: RdapEntityRef;
  rdapUrl: string;
}>;
export type Extraction = {
  contacts: FoundContact[];
  refused: RefusedContact[];
  /** Entities of the wanted role without an e-mail whose own object may have one. */
  follow: Array<{ url: string; entity: RdapEntityRef }>;
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** An RDAP error object (RFC 9083 section 6), whatever the HTTP status said. */
export function rdapErrorOf(body: unknown): { code: number; title: string } | undefined {
  if (!isObject(body) || typeof body.errorCode !== 'number') return undefined;
  const description = strings(body.description).join(' ');
  const heading = typeof body.title === 'string' ? body.title : '';
  const title = heading && description ? `${heading}: ${description}` : heading || description;
  return { code: body.errorCode, title: title || `error ${body.errorCode}` };
}

type VcardFacts = { emails: string[]; name: string | null; language: string | null };

function vcardOf(entity: Json): VcardFacts {
  const facts: VcardFacts = { emails: [], name: null, language: null };
  const card = Array.isArray(entity.vcardArray) ? entity.vcardArray[1] : undefined;
  if (!Array.isArray(card)) return facts;
  const emails: Array<{ value: string; pref: number }> = [];
  let languagePref = Infinity;
  for (const property of card) {
    if (!Array.isArray(property) || typeof property[0] !== 'string') continue;
    const [name, params, , ...values] = property as [string, unknown, unknown, ...unknown[]];
    const pref = isObject(params) ? Number(params.pref) || 100 : 100;
    const value = values.flat().find((v): v is string => typeof v === 'string');
    switch (name.toLowerCase()) {
      case 'email':
        // An empty value is RFC 9537's "empty value" redaction: kept, to be refused as redacted.
        emails.push(
          ...values
            .flat()
            .filter((v): v is string => typeof v === 'string')
            .map((v) => ({ value: v, pref })),
        );
        break;
      case 'fn':
        if (value) facts.name = value;
        break;
      case 'org':
        if (value && !facts.name) facts.name = value;
        break;
      case 'lang':
        if (value && pref < languagePref) {
          facts.language = value.toLowerCase();
          languagePref = pref;
        }
        break;
    }
  }
  facts.emails = emails.sort((a, b) => a.pref - b.pref).map((e) => e.value);
  return facts;
}

/** Roles whose e-mail the answer says it redacted (RFC 9537 `redacted`, matched by role name in the path). */
function redactedEmailRoles(answer: Json): Set<string> {
  const roles = new Set<string>();
  const entries = Array.isArray(answer.redacted) ? answer.redacted : [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const name = isObject(entry.name) ? `${entry.name.type ?? ''} ${entry.name.description ?? ''}` : '';
    const path = `${entry.prePath ?? ''} ${entry.postPath ?? ''} ${entry.replacementPath ?? ''}`;
    if (!/e-?mail/i.test(name) && !/email/i.test(path)) continue;
    // The path's last role test names the entity whose e-mail it is (`...registrar...abuse...`).
    for (const p of [entry.prePath, entry.postPath, entry.replacementPath]) {
      const tested = typeof p === 'string' ? [...p.matchAll(/roles[^']*'([a-z]+)'/gi)].at(-1)?.[1] : undefined;
      if (tested) roles.add(tested.toLowerCase());
    }
    const named = /^\s*(\w+)\s+e-?mail/i.exec(name)?.[1]?.toLowerCase();
    if (named) roles.add(named === 'admin' ? 'administrative' : named === 'tech' ? 'technical' : named);
  }
  return roles;
}

function remarkRedactsEmail(entity: Json): boolean {
  const remarks = Array.isArray(entity.remarks) ? entity.remarks : [];
  return remarks.some(
    (r) =>
      isObject(r) &&
      /redact/i.test(`${r.title ?? ''} ${strings(r.description).join(' ')}`) &&
      /e-?mail/i.test(`${r.title ?? ''}`),
  );
}

function selfLink(entity: Json): string | undefined {
  const links = Array.isArray(entity.links) ? entity.links : [];
  const self = links.find((l) => isObject(l) && l.rel === 'self' && typeof l.href === 'string') as Json | undefined;
  return self?.href as string | undefined;
}

type Walked = { entity: Json; ref: RdapEntityRef };

function walk(object: Json, path: string[] = [], out: Walked[] = []): Walked[] {
  for (const entity of Array.isArray(object.entities) ? object.entities : []) {
    if (!isObject(entity)) continue;
    const roles = strings(entity.roles).map((r) => r.toLowerCase());
    const card = vcardOf(entity);
    const handle = typeof entity.handle === 'string' ? entity.handle : null;
    const here = [...path, handle ?? (roles.join('+') || '?')];
    out.push({ entity, ref: { handle, name: card.name, roles, path: here, language: card.language } });
    walk(entity, here, out);
  }
  return out;
}

/**
 * The contacts of the entities with `role` in an answer (any depth, shallower first), every
 * address checked; `rdapUrl` is where the answer came from. `notUnder` drops entities that have
 * that role or sit under one that has it (a domain's registrant and its contacts).
 */
export function contactsWithRole(answer: unknown, rdapUrl: string, role: string, notUnder?: string): Extraction {
  const result: Extraction = { contacts: [], refused: [], follow: [] };
  if (!isObject(answer) || rdapErrorOf(answer)) return result;
  const redactedRoles = redactedEmailRoles(answer);
  const all = walk(answer);
  const seen = new Set<string>();
  const candidates = all
    .filter((w) => w.ref.roles.includes(role))
    .filter((w) => !notUnder || !(w.ref.roles.includes(notUnder) || hasAncestorWithRole(all, w, notUnder)))
    .sort((a, b) => a.ref.path.length - b.ref.path.length);
  for (const { entity, ref } of candidates) {
    const raw = vcardOf(entity).emails;
    const redacted = ref.roles.some((r) => redactedRoles.has(r)) || remarkRedactsEmail(entity);
    const emails: string[] = [];
    for (const email of raw) {
      if (redacted || email.trim() === '') {
        result.refused.push({
          email: email || null,
          reason: 'redacted',
          detail: 'marked as redacted (RFC 9537 or a remark)',
          entity: ref,
          rdapUrl,
        });
        continue;
      }
      const verdict = checkEmail(email);
      if (!verdict.ok) {
        result.refused.push({ email, reason: verdict.reason, detail: verdict.detail, entity: ref, rdapUrl });
        continue;
      }
      const key = verdict.email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      emails.push(verdict.email);
    }
    if (emails.length > 0) result.contacts.push({ emails, entity: ref, rdapUrl });
    else if (raw.length === 0) {
      const url = selfLink(entity);
      if (url && url !== rdapUrl && !redacted) result.follow.push({ url, entity: ref });
      else
        result.refused.push({
          email: null,
          reason: redacted ? 'redacted' : 'no_email',
          detail: redacted ? 'the e-mail is redacted' : 'the entity lists no e-mail and no link to its own object',
          entity: ref,
          rdapUrl,
        });
    }
  }
  // Addresses on entities that state no role: not used (who they are is unknown), but shown.
  for (const { entity, ref } of all)
    if (ref.roles.length === 0)
      for (const email of vcardOf(entity).emails)
        result.refused.push({ email, reason: 'no_role', detail: 'the entity states no role', entity: ref, rdapUrl });
  // The same entity reached twice (at the top and nested) gives one contact.
  result.follow = result.follow.filter((f, i, list) => list.findIndex((g) => g.url === f.url) === i);
  return result;
}

function hasAncestorWithRole(all: Walked[], w: Walked, role: string): boolean {
  return all.some(
    (a) =>
      a !== w &&
      a.ref.roles.includes(role) &&
      a.ref.path.length < w.ref.path.length &&
      a.ref.path.every((p, i) => w.ref.path[i] === p),
  );
}

/** The contact of an entity fetched by its self link, taken with the role it had where it was found. */
export function followedEntityContacts(
  entityObject: unknown,
  rdapUrl: string,
  original: RdapEntityRef,
  role: string,
): Extraction {
  if (!isObject(entityObject) || rdapErrorOf(entityObject)) return { contacts: [], refused: [], follow: [] };
  const wrapped = {
    redacted: entityObject.redacted,
    entities: [{ ...entityObject, roles: [...new Set([...original.roles, role])] }],
  };
  const extraction = contactsWithRole(wrapped, rdapUrl, role);
  // A followed entity is not followed again.
  if (extraction.follow.length > 0)
    extraction.refused.push({
      email: null,
      reason: 'no_email',
      detail: 'its own object lists no e-mail either',
      entity: original,
      rdapUrl,
    });
  extraction.follow = [];
  return extraction;
}
