import { Parser } from 'htmlparser2';

// A captured page as analysts see it: rebuilt from an allow-list, never passed through. Tags not
// listed are dropped (with their content when it is code, a frame, a form control or the head)
// or unwrapped (their text kept); the only attributes kept are a few inert ones; links become
// text; every image, video and source becomes a same-origin preview placeholder, or, when the
// bank already classified the media, a text badge saying so (known material is never shown).
// Nothing in the output can load anything from anywhere but /api/v1/media/.../preview, and the
// route adds a CSP and a sandbox that would refuse it anyway.

export type PageMedia = Readonly<{
  sha256: string | null;
  state: string | null;
  entryId: string | null;
  classification: string | null;
}>;

export type SanitiseOptions = Readonly<{
  /** The page's URL: relative references are resolved against it. */
  baseUrl: string;
  /** The capture's media by normalised URL. */
  mediaAt(url: string): PageMedia | undefined;
  /** Normalises a resolved URL the way the capture recorded it (undefined: not fetchable). */
  normalise(url: string, base: string): string | undefined;
  srcset(value: string): string[];
  maxOutputChars?: number;
}>;

const allowed = new Set(
  `abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em
  figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i ins kbd li main mark nav ol p pre q s samp section small span
  strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr`.split(/\s+/),
);
const voids = new Set([
  'br',
  'hr',
  'wbr',
  'col',
  'img',
  'source',
  'input',
  'meta',
  'link',
  'base',
  'embed',
  'track',
  'area',
  'param',
]);
/** Dropped with everything inside them. */
const dropped = new Set(
  `head title meta link base style script noscript template iframe frame frameset object embed applet param svg math
  canvas audio track map area input button select textarea option optgroup datalist output meter progress dialog portal`.split(
    /\s+/,
  ),
);
const media = new Set(['img', 'image', 'video', 'source']);
const keptAttributes: Record<string, readonly string[]> = {
  '*': ['title', 'lang', 'dir'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed'],
  time: ['datetime'],
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] as string);

const style = `body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#222;background:#fff}
img.vigie-preview{width:160px;height:120px;object-fit:cover;border:1px solid #888;vertical-align:middle}
.vigie-badge{display:inline-block;padding:2px 6px;border:1px solid #444;background:#eee;font:12px monospace}
.vigie-known{background:#fdd;border-color:#a00}
.vigie-href{color:#555;font:12px monospace;word-break:break-all}`;

/** The page's HTML rebuilt for analysts: a whole document, inert. */
export function sanitisePage(html: string, options: SanitiseOptions): string {
  const max = options.maxOutputChars ?? 2_000_000;
  const out: string[] = [];
  let size = 0;
  let truncated = false;
  const emit = (text: string) => {
    if (truncated) return;
    if (size + text.length > max) {
      truncated = true;
      return;
    }
    out.push(text);
    size += text.length;
  };
  // Depth inside a dropped element (its content is skipped), and what each open tag emitted.
  let skipping = 0;
  const stack: Array<{ name: string; close: string }> = [];
  let mediaScope: Set<string> | undefined;
  let base = options.baseUrl;
  let baseSeen = false;

  // One element's candidates (src, every srcset entry): known material among them is said (a
  // browser could pick it), else the first the capture holds is previewed. Inside a <picture> or
  // a <video>, one element's media stands for the rest, and "not captured" is said once at its end
  // when none was.
  let scopeShown = false;
  let scopeMissing = false;
  const notCaptured = '<span class="vigie-badge">media not captured</span>';
  const placeholder = (raws: ReadonlyArray<string | undefined>) => {
    const urls: string[] = [];
    for (const raw of raws) {
      const url = raw?.trim() ? options.normalise(raw.trim(), base) : undefined;
      if (url && !urls.includes(url)) urls.push(url);
    }
    if (urls.length === 0 || urls.every((url) => mediaScope?.has(url))) return;
    for (const url of urls) mediaScope?.add(url);
    const found = urls.map((url) => options.mediaAt(url)).filter((m): m is PageMedia => Boolean(m?.sha256));
    const knownMedia = found.find((m) => m.state === 'known' || m.entryId);
    if (knownMedia)
      emit(
        `<span class="vigie-badge vigie-known">known media: ${escapeHtml(knownMedia.classification ?? 'classified')}</span>`,
      );
    else if (found.length === 0) {
      if (mediaScope) scopeMissing = true;
      else emit(notCaptured);
      return;
    } else if (found[0]!.state === 'unhashable') emit('<span class="vigie-badge">media not decodable</span>');
    else
      emit(
        `<img class="vigie-preview" src="/api/v1/media/${found[0]!.sha256}/preview" alt="media preview, not yet classified">`,
      );
    scopeShown = true;
  };

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        // The page's own <base> (the first one, as browsers do) resolves its references; it is not kept.
        if (name === 'base' && !baseSeen && attribs.href) {
          baseSeen = true;
          base = options.normalise(attribs.href.trim(), base) ?? base;
        }
        if (skipping > 0 || dropped.has(name)) {
          if (!voids.has(name)) skipping += 1;
          return;
        }
        if (media.has(name)) {
          if (name === 'video') {
            mediaScope = new Set();
            scopeShown = scopeMissing = false;
          }
          placeholder([attribs.src, attribs.href, ...(attribs.srcset ? options.srcset(attribs.srcset) : [])]);
          if (name === 'video') stack.push({ name, close: '' });
          return;
        }
        if (name === 'picture') {
          mediaScope = new Set();
          scopeShown = scopeMissing = false;
        }
        if (name === 'a') {
          const href = attribs.href?.trim();
          const target = href ? (options.normalise(href, base) ?? href) : undefined;
          emit('<span class="vigie-link">');
          stack.push({
            name,
            close: target ? `</span> <span class="vigie-href">[${escapeHtml(target)}]</span>` : '</span>',
          });
          return;
        }
        if (!allowed.has(name)) {
          if (!voids.has(name)) stack.push({ name, close: '' });
          return;
        }
        const keep = [...(keptAttributes['*'] ?? []), ...(keptAttributes[name] ?? [])];
        const attrs = keep
          .filter((a) => attribs[a] !== undefined)
          .map((a) => ` ${a}="${escapeHtml(attribs[a]!.slice(0, 200))}"`)
          .join('');
        emit(`<${name}${attrs}>`);
        if (!voids.has(name)) stack.push({ name, close: `</${name}>` });
      },
      ontext(text) {
        if (skipping === 0) emit(escapeHtml(text));
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        if (skipping > 0) {
          if (!voids.has(name)) skipping -= 1;
          return;
        }
        if (voids.has(name) || (media.has(name) && name !== 'video')) return;
        if (name === 'picture' || name === 'video') {
          if (mediaScope && scopeMissing && !scopeShown) emit(notCaptured);
          mediaScope = undefined;
        }
        const top = stack.at(-1);
        if (top?.name === name) {
          stack.pop();
          emit(top.close);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (stack.length > 0) emit(stack.pop()!.close);
  const body = out.join('') + (truncated ? '<p class="vigie-badge">[page cut: too long to render]</p>' : '');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>captured page</title><style>${style}</style></head>\n<body>${body}</body></html>\n`;
}
