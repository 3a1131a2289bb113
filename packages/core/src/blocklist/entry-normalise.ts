import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';

// How entries are written in the feed, so that blocking proxies compare like with like:
//
//   URL entry:    host[:port]/path[?query]   no scheme (http and https are blocked alike), host in
//                 lower case and IDNA (punycode), trailing dot dropped, default ports (80, 443)
//                 removed, path and query percent-encoded as WHATWG URL does (so %7e and ~ are
//                 one), empty path written "/", fragment dropped (browsers never send it).
//   domain entry: host             lower case, IDNA, no trailing dot; blocks the name and
//                 every name under it (in the RPZ zone: the name and its wildcard).
//
// Each entry's SHA-256 is of that exact text in UTF-8, for proxies that compare hashes.

export type NormalisedEntry = Readonly<{ kind: 'url' | 'domain'; value: string; sha256: string }>;

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const isHostName = (host: string) =>
  host.length <= 253 && host.split('.').length >= 2 && host.split('.').every((l) => label.test(l));

/** The feed's form of a URL, or undefined when it is not an http(s) URL with a host name. */
export function normaliseUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) url.username = url.password = '';
  const host = url.hostname.replace(/\.$/, '');
  if (!host || (!isHostName(host) && !/^\[?[0-9a-f:.]+\]?$/.test(host))) return undefined;
  const port = url.port && !['80', '443'].includes(url.port) ? `:${url.port}` : '';
  return `${host}${port}${url.pathname || '/'}${url.search}`;
}

/** The feed's form of a domain name, or undefined when it is not one. */
export function normaliseDomain(input: string): string | undefined {
  const ascii = domainToASCII(input.trim().replace(/\.$/, '').toLowerCase());
  return ascii && isHostName(ascii) ? ascii : undefined;
}

export function normaliseEntry(kind: 'url' | 'domain', input: string): NormalisedEntry | undefined {
  const value = kind === 'url' ? normaliseUrl(input) : normaliseDomain(input);
  return value === undefined ? undefined : { kind, value, sha256: sha256Hex(value) };
}

/** The host of a normalised URL entry (what a domain entry would be compared with). */
export const hostOfEntry = (value: string) => value.replace(/[:/].*$/, '');
