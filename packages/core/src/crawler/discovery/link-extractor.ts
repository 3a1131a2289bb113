// Streaming link discovery: the crawler writes a page's body as it arrives and gets, at the end,
// the links a browser would follow or fetch (and those lazy-loading scripts and JSON galleries
// would), resolved, normalised, deduplicated and capped. Nothing of the page is kept but the
// last chunks, the links and short pending text; parsing stops at maxHtmlBytes, or as soon as
// a link beyond maxLinks is dropped.

import { TextDecoder } from 'node:util';
import {
  defaultDiscoveryLimits,
  type DiscoveryLimits,
  type DiscoveryResult,
  type LinkExtractor,
  type LinkSource,
} from './discovery.types.ts';
import { cssUrls } from './css-urls.ts';
import { createHtmlScanner, type HtmlHandler } from './html-scanner.ts';
import { createLinkCollector } from './link-collector.ts';
import { attributeCap, tagLinks, type TagContext } from './link-rules.ts';
import { createTextScanner } from './text-urls.ts';

const maxTitle = 1000;
const styleWindow = 64 * 1024;

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8'); // an unknown label: browsers fall back too
  }
}

/**
 * `pageUrl` is the URL the body was finally served from (after redirects): relative links
 * resolve against it. Throws a TypeError if it is not a URL.
 */
export function createLinkExtractor(
  pageUrl: string | URL,
  limits: DiscoveryLimits = defaultDiscoveryLimits,
): LinkExtractor {
  const page = new URL(pageUrl);
  const maxLinks = Math.max(0, Math.floor(limits.maxLinks));
  const maxBytes = Math.max(0, Math.floor(limits.maxHtmlBytes));
  const collector = createLinkCollector(page, maxLinks);
  const decoder = decoderFor(limits.encoding);
  let bytes = 0;
  let htmlCapped = false;
  let stopped = false;
  let result: DiscoveryResult | undefined;

  const emit = (raw: string, source: LinkSource) => {
    if (!collector.truncated) collector.add(raw, source);
  };
  const textScanner = createTextScanner((url) => emit(url, 'text-url'));
  const scriptScanner = createTextScanner((url) => emit(url, 'script-url'));
  let style = '';
  let title: string | undefined;
  let inTitle = false;
  const ctx: TagContext = { mediaParent: undefined, foreign: false, base: (href) => collector.base(href) };

  function flushStyle(all: boolean): void {
    // A url() never spans a "}" outside a string, so up to the last one is complete.
    const cut = all ? style.length : style.lastIndexOf('}') + 1;
    if (cut > 0) {
      for (const url of cssUrls(style.slice(0, cut))) emit(url, 'css-url');
      style = style.slice(cut);
    }
    if (style.length > styleWindow) style = ''; // one declaration this long is an inlined font, not a link
  }

  const handler: HtmlHandler = {
    attributeCap,
    openTag(name, attrs, foreign) {
      textScanner.flush();
      if (name === 'picture' || name === 'video' || name === 'audio') ctx.mediaParent = name;
      else if (name === 'title' && !foreign && title === undefined) inTitle = true;
      ctx.foreign = foreign;
      tagLinks(name, attrs, ctx, emit);
    },
    closeTag(name) {
      textScanner.flush();
      if (name === ctx.mediaParent) ctx.mediaParent = undefined;
      else if (name === 'script') scriptScanner.flush();
      else if (name === 'style') flushStyle(true);
      else if (name === 'title' && inTitle) {
        inTitle = false;
        title = (title ?? '').replace(/\s+/g, ' ').trim().slice(0, maxTitle);
      }
    },
    text(piece, context) {
      if (context === 'text') textScanner.push(piece);
      else if (context === 'script') scriptScanner.push(piece);
      else if (context === 'style') {
        style += piece;
        if (style.length > styleWindow) flushStyle(false);
      } else if (context === 'title' && inTitle && (title ?? '').length < 2 * maxTitle) {
        title = (title ?? '') + piece.slice(0, 2 * maxTitle);
      }
    },
  };
  const scanner = createHtmlScanner(handler);

  function feed(text: string): void {
    scanner.write(text);
    if (collector.truncated) stopped = true;
  }

  return {
    write(chunk) {
      if (stopped || result) return;
      const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (bytes + size <= maxBytes) {
        bytes += size;
        feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
        return;
      }
      // Over the cap: parse up to it and no further.
      const room = maxBytes - bytes;
      const head = (typeof chunk === 'string' ? Buffer.from(chunk) : chunk).subarray(0, room);
      bytes = maxBytes;
      htmlCapped = true;
      feed(decoder.decode(head, { stream: true }));
      stopped = true;
    },
    get stopped() {
      return stopped;
    },
    end() {
      if (result) return result;
      scanner.write(decoder.decode());
      scanner.end();
      textScanner.flush();
      scriptScanner.flush();
      flushStyle(true);
      if (inTitle) title = (title ?? '').replace(/\s+/g, ' ').trim().slice(0, maxTitle);
      const found = collector.finish();
      const truncated = found.truncated || htmlCapped;
      result = {
        links: found.links,
        truncated,
        ...(truncated ? { limit: found.truncated ? ('max-links' as const) : ('max-html-bytes' as const) } : {}),
        baseUrl: found.baseUrl,
        ...(title ? { title } : {}),
        bytes,
      };
      return result;
    },
  };
}
