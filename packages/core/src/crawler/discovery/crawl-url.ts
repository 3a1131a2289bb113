// URL normalisation for the frontier: one spelling per URL, so a page is queued once however its
// links spell it. Aligned with intake's normaliseReportedUrl (scheme and host lower-cased, IDN
// hosts in punycode, default port, fragment and a bare "?" dropped, dot segments resolved, a
// trailing dot on the host dropped, single-label hosts refused), so a crawled URL and the same
// reported URL are the same string. It differs where a link is not typed by a person: no scheme
// is guessed, and a URL with credentials is refused rather than cleaned (a crawler must not log
// in anywhere, and `http://trusted.example@other.example/` names another host than it shows).
// The path and query keep their case, encoding and order: servers may treat them as significant.

/**
 * Longest URL kept. The sitemaps protocol allows 2,048 characters, old browsers 2,083; longer
 * URLs are almost always crawler traps (a path or query that grows on every visit).
 */
export const maxCrawlUrlLength = 2048;

/** The frontier's spelling of an http(s) URL, or undefined for a URL it must not queue. */
export function normaliseCrawlUrl(url: string | URL, base?: string | URL): string | undefined {
  if (typeof url === 'string') {
    // Whitespace around a URL is trimmed by the parser, but a URL this long cannot shrink enough.
    if (url.length > 4 * maxCrawlUrlLength) return undefined;
    const parsed = URL.parse(url, typeof base === 'string' ? base : base?.href);
    return parsed ? normaliseParsedUrl(parsed) : undefined;
  }
  return normaliseParsedUrl(url);
}

/** normaliseCrawlUrl for an already parsed URL (not modified). */
export function normaliseParsedUrl(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  let host = url.hostname;
  if (host.endsWith('.')) {
    let end = host.length;
    while (end > 0 && host.charCodeAt(end - 1) === 0x2e) end -= 1;
    if (end === 0) return undefined;
    host = host.slice(0, end);
    url = new URL(url.href);
    url.hostname = host;
  }
  if (!host.includes('.') && !host.startsWith('[')) return undefined;
  let href = url.href;
  // The first "#" of a serialised URL starts its fragment (elsewhere it is percent-encoded).
  const hash = href.indexOf('#');
  if (hash >= 0) href = href.slice(0, hash);
  if (url.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href.length > maxCrawlUrlLength ? undefined : href;
}
