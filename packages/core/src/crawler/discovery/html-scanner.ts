// A streaming view of HTML as start tags (with the attributes asked for), end tags and text,
// built directly on htmlparser2's Tokenizer rather than its Parser: the Parser keeps an open-
// element stack that it shifts and searches on every tag (quadratic on 200,000 unclosed <div>s:
// 7 s per MB), builds every attribute of every element, and holds a whole attribute value however
// long. Here state is a few variables: the raw-text element we are in and how deep inside
// <svg>/<math>; attribute values are kept only when wanted and only up to a cap; and of the
// input only the last chunks are held (the tokenizer flushes text and attribute values at the end
// of each chunk, so only a tag or attribute name can span chunks, and a long one is dropped).

import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** Where text is: page text, a script, a stylesheet, the title, or content browsers never show. */
export type TextContext = 'text' | 'script' | 'style' | 'title' | 'hidden';

export type HtmlHandler = {
  /** How much of an attribute value to keep (0: do not collect it). */
  attributeCap(name: string): number;
  /** A start tag; `attrs` holds wanted attributes, first occurrence wins, and is reused after the call. */
  openTag(name: string, attrs: ReadonlyMap<string, string>, foreign: boolean): void;
  closeTag(name: string): void;
  /** Text in pieces, in document order; a piece never spans a tag. */
  text(piece: string, context: TextContext): void;
};

export type HtmlScanner = { write(text: string): void; end(): void };

// Elements whose content the tokenizer reads as text (raw text or RCDATA), as browsers do.
const textContexts = new Map<string, TextContext>([
  ['script', 'script'],
  ['style', 'style'],
  ['title', 'title'],
  ['textarea', 'text'],
  ['xmp', 'text'],
  ['plaintext', 'text'],
  ['iframe', 'hidden'],
  ['noembed', 'hidden'],
  ['noframes', 'hidden'],
]);

const maxTagName = 32;
const maxAttributeName = 64;
const keptWindow = 16 * 1024; // characters of earlier chunks kept for names that span chunks

export function createHtmlScanner(handler: HtmlHandler): HtmlScanner {
  const chunks: string[] = [];
  const starts: number[] = [];
  let kept = 0; // length of all chunks but the last
  let rawText: string | undefined;
  let foreignDepth = 0;
  let tagName = '';
  const attrs = new Map<string, string>();
  let attrName = '';
  let attrCap = 0;
  let attrValue = '';
  let attrTooLong = false;

  function slice(start: number, end: number): string | undefined {
    for (let k = chunks.length - 1; k >= 0; k -= 1) {
      const at = starts[k] as number;
      if (start < at) continue;
      const chunk = chunks[k] as string;
      if (end <= at + chunk.length) return chunk.slice(start - at, end - at);
      let out = chunk.slice(start - at);
      for (let j = k + 1; j < chunks.length && end > (starts[j] as number); j += 1) {
        out += (chunks[j] as string).slice(0, end - (starts[j] as number));
      }
      return out;
    }
    return undefined; // began before what we kept: too long to matter
  }

  function context(): TextContext {
    return rawText === undefined ? 'text' : (textContexts.get(rawText) as TextContext);
  }

  function appendValue(piece: string): void {
    if (attrTooLong) return;
    if (attrValue.length + piece.length > attrCap) {
      attrTooLong = true;
      attrValue = '';
    } else {
      attrValue += piece;
    }
  }

  function startTagEnded(selfClosing: boolean): void {
    if (tagName === '') return;
    const foreign = foreignDepth > 0;
    handler.openTag(tagName, attrs, foreign);
    attrs.clear();
    if (tagName === 'svg' || tagName === 'math') {
      if (!selfClosing) foreignDepth += 1;
    } else if (!foreign && textContexts.has(tagName)) {
      // The tokenizer entered raw text for this element, `<script/>` included, as browsers do.
      rawText = tagName;
    }
  }

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = end - start <= maxTagName ? (slice(start, end) ?? '').toLowerCase() : '';
      attrs.clear();
    },
    onattribname(start, end) {
      const name = end - start <= maxAttributeName ? slice(start, end) : undefined;
      attrName = name === undefined ? '' : name.toLowerCase();
      attrCap = tagName === '' || attrName === '' ? 0 : handler.attributeCap(attrName);
      attrValue = '';
      attrTooLong = false;
    },
    onattribdata(start, end) {
      if (attrCap === 0 || attrTooLong) return;
      const piece = slice(start, end) ?? '';
      // The HTML tokenizer reads NUL in an attribute value as U+FFFD; htmlparser2 leaves it.
      appendValue(piece.includes('\0') ? piece.replaceAll('\0', '\ufffd') : piece);
    },
    onattribentity(codepoint) {
      if (attrCap > 0) appendValue(String.fromCodePoint(codepoint));
    },
    onattribend(quote) {
      if (attrCap > 0 && !attrTooLong && !attrs.has(attrName)) {
        attrs.set(attrName, quote === QuoteType.NoValue ? '' : attrValue);
      }
      attrCap = 0;
      attrValue = '';
    },
    onopentagend() {
      startTagEnded(false);
    },
    onselfclosingtag() {
      startTagEnded(true);
    },
    onclosetag(start, end) {
      const name = end - start <= maxTagName ? (slice(start, end) ?? '').toLowerCase() : '';
      if (name === '') return;
      if (rawText === name) rawText = undefined;
      if ((name === 'svg' || name === 'math') && foreignDepth > 0) foreignDepth -= 1;
      handler.closeTag(name);
    },
    ontext(start, end) {
      const piece = slice(start, end);
      if (piece !== undefined) handler.text(piece, context());
    },
    ontextentity(codepoint) {
      handler.text(String.fromCodePoint(codepoint), context());
    },
    isInForeignContext: () => foreignDepth > 0,
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);

  return {
    write(text) {
      if (text.length === 0) return;
      const last = chunks.length - 1;
      const start = last < 0 ? 0 : (starts[last] as number) + (chunks[last] as string).length;
      if (last >= 0) kept += (chunks[last] as string).length;
      chunks.push(text);
      starts.push(start);
      // Keep the previous chunk always (a name may span two), more only while they are small.
      while (chunks.length > 2 && kept - (chunks[0] as string).length >= keptWindow) {
        kept -= (chunks.shift() as string).length;
        starts.shift();
      }
      tokenizer.write(text);
    },
    end() {
      tokenizer.end();
    },
  };
}
