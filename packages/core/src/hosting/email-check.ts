// Whether an address read from RDAP may receive a notice. Registries fill contact fields they
// may not publish with redaction markers, web-form URLs or made-up addresses; a notice sent to
// one is lost, and one sent to a reserved domain leaks its URLs to whoever answers there.

export type EmailVerdict =
  { ok: true; email: string } | { ok: false; reason: 'invalid' | 'placeholder'; detail: string };

// RFC 2606 and RFC 6761 names that are never a real mailbox.
const reservedDomains = /(^|\.)(example(\.(com|net|org))?|invalid|test|localhost|local)$/i;
const markers =
  /redact|not[\s._-]?disclosed|withheld|data[\s._-]?protected|gdpr|please[\s._-]?(query|contact|visit)|placeholder|no[\s._-]?reply|do[\s._-]?not[\s._-]?reply|^(nobody|none|null|n\/?a|unknown|test)@/i;
const shape = /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function checkEmail(raw: string): EmailVerdict {
  const email = raw.trim().replace(/^mailto:/i, '');
  if (markers.test(email)) return { ok: false, reason: 'placeholder', detail: 'a redaction or placeholder text' };
  if (!shape.test(email) || email.length > 254)
    return { ok: false, reason: 'invalid', detail: 'not an e-mail address' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (reservedDomains.test(domain))
    return { ok: false, reason: 'placeholder', detail: `${domain} is a reserved name (RFC 2606/6761)` };
  return { ok: true, email };
}
