import { SNIFF_BYTES } from '@vigie/hashing';
import type { FetchLimits, Outbound, OutboundResponse } from '../platform/net/outbound.ts';
import { createLinkExtractor, type DiscoveredLink, type DiscoveryResult } from './discovery/index.ts';
import { retryAfterMs } from './media-fetcher.ts';

// One page fetched: its status, its links as browsers see them (streamed through the extractor,
// never held twice), or, when the "page" is itself an image or video (a direct link), its bytes.

export type PageOutcome =
  | Readonly<{
      kind: 'html';
      response: Pick<OutboundResponse, 'url' | 'status' | 'address' | 'hops'>;
      discovery: DiscoveryResult;
    }>
  | Readonly<{ kind: 'media'; response: Pick<OutboundResponse, 'url' | 'status' | 'address'>; bytes: Uint8Array }>
  | Readonly<{ kind: 'http-error'; status: number; url: string; retryAfterMs?: number }>
  | Readonly<{ kind: 'not-html'; status: number; url: string }>;

export type PageLimits = Readonly<{ fetch: FetchLimits; maxPageBytes: number; maxLinks: number }>;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** Markup by its first bytes: a tag, a doctype or a comment after optional BOM and whitespace. */
function looksLikeMarkup(head: Uint8Array): boolean {
  const text = new TextDecoder()
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('<') || text === '';
}

export async function fetchPage(
  outbound: Pick<Outbound, 'fetch'>,
  url: string,
  limits: PageLimits,
  now: () => Date,
  mediaKindOf: (bytes: Uint8Array) => unknown,
): Promise<PageOutcome> {
  const response = await outbound.fetch(url, limits.fetch, {
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  });
  if (response.status < 200 || response.status >= 300) {
    response.cancel();
    const retry = retryAfterMs(response.headers['retry-after'], now());
    return {
      kind: 'http-error',
      status: response.status,
      url: response.url,
      ...(retry !== undefined ? { retryAfterMs: retry } : {}),
    };
  }
  const iterator = response.body[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const first = concat(head);
  if (mediaKindOf(first)) {
    // A direct link to media: the whole body, under the media caps the fetch already enforces.
    const rest: Uint8Array[] = [first];
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      rest.push(next.value);
    }
    return { kind: 'media', response, bytes: concat(rest) };
  }
  const declared = response.headers['content-type'] ?? '';
  if (!looksLikeMarkup(first) && !/html|xml/i.test(declared)) {
    response.cancel();
    return { kind: 'not-html', status: response.status, url: response.url };
  }
  const extractor = createLinkExtractor(response.url, { maxLinks: limits.maxLinks, maxHtmlBytes: limits.maxPageBytes });
  extractor.write(first);
  let bytes = first.byteLength;
  while (!done && bytes < limits.maxPageBytes) {
    const next = await iterator.next();
    if (next.done) break;
    bytes += next.value.byteLength;
    extractor.write(next.value);
  }
  // Past the page cap the rest is not read: the links found so far are what the page gives.
  if (bytes >= limits.maxPageBytes) response.cancel();
  return { kind: 'html', response, discovery: extractor.end() };
}

export type { DiscoveredLink };
