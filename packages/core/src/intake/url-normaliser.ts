// Reported URLs are normalised so that the same page reported in different spellings is one URL:
// scheme and host lower-cased, default port, credentials and fragment dropped, dot segments
// resolved, IDN hosts in punycode. The path and query keep their case and order: servers may
// treat them as significant, and a capture of a different page would be wrong evidence.

export type NormalisedUrl = { url: string; host: string };
export type UrlProblem = 'url_embedded_data' | 'url_unsupported' | 'url_invalid';

const refusedSchemes = new Set(['data:', 'blob:']);

export function normaliseReportedUrl(raw: string): NormalisedUrl | { problem: UrlProblem } {
  const text = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  // data: and blob: would carry the media itself: the public never sends media, only addresses.
  if (scheme && refusedSchemes.has(`${scheme}:`)) return { problem: 'url_embedded_data' };
  const withScheme =
    scheme && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
      ? text
      : scheme && !/^[^:]+:\d/.test(text)
        ? text
        : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: 'url_invalid' };
  }
  if (refusedSchemes.has(url.protocol)) return { problem: 'url_embedded_data' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'url_unsupported' };
  const host = url.hostname.replace(/\.$/, '');
  if (!host || (!host.includes('.') && !host.startsWith('['))) return { problem: 'url_invalid' };
  url.hostname = host;
  url.username = '';
  url.password = '';
  url.hash = '';
  if (url.search === '?') url.search = '';
  return { url: url.toString(), host };
}
