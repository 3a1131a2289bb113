// Turns raw attribute values into the page's distinct links: resolved, normalised, given a kind,
// deduplicated, capped.
//
// Base URL: as in browsers, the first `<base href>` applies to the whole document, including links
// written before it. So until a base is seen, relative values are kept as written (deduplicated
// as strings) and resolved when the base appears or the page ends; absolute http(s) values,
// which no base changes, are resolved at once.

import type { DiscoveredLink, LinkKind, LinkSource } from './discovery.types.ts';
import { normaliseParsedUrl } from './crawl-url.ts';
import { kindOf, mergeKinds } from './link-kind.ts';

type Resolved = { url: string; kind: LinkKind; source: LinkSource };
type Pending = { raw: string; sources: LinkSource[] };
type Slot = Resolved | Pending;

export type LinkCollector = {
  add(raw: string, source: LinkSource): void;
  /** A `<base>` element; only the first one with an href counts. */
  base(href: string): void;
  /** No room left: further distinct links would be dropped. */
  readonly full: boolean;
  readonly truncated: boolean;
  finish(): { links: DiscoveredLink[]; truncated: boolean; baseUrl: string };
};

// True for "http://..." and "https://..." after leading spaces and controls (which the URL
// parser strips too): such a value means the same thing whatever the base.
function isAbsoluteHttp(raw: string): boolean {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) <= 0x20) i += 1;
  if ((raw.charCodeAt(i) | 0x20) !== 0x68 || (raw.charCodeAt(i + 1) | 0x20) !== 0x74) return false;
  if ((raw.charCodeAt(i + 2) | 0x20) !== 0x74 || (raw.charCodeAt(i + 3) | 0x20) !== 0x70) return false;
  i += (raw.charCodeAt(i + 4) | 0x20) === 0x73 ? 5 : 4;
  return raw.charCodeAt(i) === 0x3a && raw.charCodeAt(i + 1) === 0x2f && raw.charCodeAt(i + 2) === 0x2f;
}

// "javascript:", "mailto:", "data:", "tel:"...: a scheme other than http(s), which no base changes.
function hasOtherScheme(raw: string): boolean {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) <= 0x20) i += 1;
  const start = i;
  for (; i < raw.length && i - start < 32; i += 1) {
    const c = raw.charCodeAt(i) | 0x20;
    if (c === 0x3a) break; // ":"
    const letter = c >= 0x61 && c <= 0x7a;
    if (!letter && (i === start || !((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e))) return false;
  }
  if (raw.charCodeAt(i) !== 0x3a || i === start) return false;
  const scheme = raw.slice(start, i).toLowerCase();
  return scheme !== 'http' && scheme !== 'https';
}

// URL.parse(raw, base) parses the base again on every call. A path-absolute value ("/x", the
// commonest relative link) can instead be appended to the base's origin and parsed once; not
// "//host" or "/\\host" (which name a host), nor a value with tabs or newlines (which the parser
// removes, so "/\t/host" names a host too), nor a base with credentials (which resolution keeps).
function parseAgainst(raw: string, base: URL): URL | null {
  if (isAbsoluteHttp(raw)) return URL.parse(raw);
  const second = raw.charCodeAt(1);
  if (
    raw.charCodeAt(0) === 0x2f &&
    second !== 0x2f &&
    second !== 0x5c &&
    base.username === '' &&
    base.password === '' &&
    !hasTabOrNewline(raw)
  ) {
    return URL.parse(base.origin + raw);
  }
  return URL.parse(raw, base.href);
}

function hasTabOrNewline(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

function isBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) if (raw.charCodeAt(i) > 0x20) return false;
  return true;
}

export function createLinkCollector(page: URL, maxLinks: number): LinkCollector {
  const pageHref = normaliseParsedUrl(page) ?? page.href;
  let baseUrl: URL | undefined; // set by the first <base href>
  let slots: Slot[] = [];
  let index = new Map<string, number>(); // a URL, or "\0" + a relative value still pending
  let truncated = false;

  function resolve(raw: string, source: LinkSource, against: URL): Resolved | undefined {
    const parsed = parseAgainst(raw, against);
    if (!parsed) return undefined;
    const url = normaliseParsedUrl(parsed);
    if (url === undefined || url === pageHref) return undefined;
    const kind = kindOf(source, parsed.pathname);
    return kind && { url, kind, source };
  }

  function put(into: Slot[], keys: Map<string, number>, link: Resolved, capped: boolean): void {
    const at = keys.get(link.url);
    if (at !== undefined) {
      const slot = into[at] as Resolved;
      slot.kind = mergeKinds(slot.kind, link.kind);
    } else if (capped && into.length >= maxLinks) {
      truncated = true;
    } else {
      keys.set(link.url, into.length);
      into.push(link);
    }
  }

  // Resolves every pending value against `against`, in place and in document order.
  function settle(against: URL): void {
    const settled: Slot[] = [];
    const keys = new Map<string, number>();
    for (const slot of slots) {
      if ('url' in slot) put(settled, keys, slot, false);
      else
        for (const source of slot.sources) {
          const link = resolve(slot.raw, source, against);
          if (link) put(settled, keys, link, false);
        }
    }
    slots = settled;
    index = keys;
  }

  return {
    add(raw, source) {
      if (isBlank(raw) || hasOtherScheme(raw)) return;
      if (baseUrl || isAbsoluteHttp(raw)) {
        const link = resolve(raw, source, baseUrl ?? page);
        if (link) put(slots, index, link, true);
        return;
      }
      const key = `\0${raw}`;
      const at = index.get(key);
      if (at !== undefined) {
        const slot = slots[at] as Pending;
        if (!slot.sources.includes(source)) slot.sources.push(source);
      } else if (slots.length >= maxLinks) {
        truncated = true;
      } else {
        index.set(key, slots.length);
        slots.push({ raw, sources: [source] });
      }
    },
    base(href) {
      if (baseUrl) return;
      // A base that does not parse, or is not http(s), leaves the page's URL in force (and still
      // counts as the first: later ones are ignored, as in browsers).
      const parsed = URL.parse(href, page.href);
      baseUrl = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : page;
      settle(baseUrl);
    },
    get full() {
      return slots.length >= maxLinks;
    },
    get truncated() {
      return truncated;
    },
    finish() {
      if (!baseUrl) settle(page);
      const links = (slots as Resolved[]).map(({ url, kind, source }) => ({ url, kind, source }));
      return { links, truncated, baseUrl: (baseUrl ?? page).href };
    },
  };
}
