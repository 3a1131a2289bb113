// Absolute http(s) URLs written out in text and inline scripts: galleries often list their media
// in JSON (`"full":"https:\/\/cdn.example\/a.jpg"`), so JSON's `\/` and `\u002F` escapes are read
// as the characters they stand for. A URL ends at whitespace, a quote, `<`, `>` or a backtick;
// trailing sentence punctuation is not part of it. The regular expression is a fixed prefix
// (no quantifier over the text), so it cannot backtrack; the rest is a loop over characters.

const urlStart = /https?:(?:\/\/|\\\/\\\/|\\u002f\\u002f)/gi;
const maxTextUrlLength = 2048;

function ends(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x60 ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x7c ||
    c === 0x7f ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

// Reads a URL starting at `start` (just after the matched "http(s)://" spelling).
function readUrl(text: string, scheme: string, start: number): { url: string; end: number } {
  let out = scheme;
  let from = start;
  let i = start;
  while (i < text.length && out.length + (i - from) <= maxTextUrlLength) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      // JSON escapes: \/ and \uXXXX stand for a character; any other backslash ends the URL.
      out += text.slice(from, i);
      if (text.charCodeAt(i + 1) === 0x2f) {
        out += '/';
        i += 2;
      } else if (
        (text.charCodeAt(i + 1) | 0x20) === 0x75 &&
        isHex(text.charCodeAt(i + 2)) &&
        isHex(text.charCodeAt(i + 3)) &&
        isHex(text.charCodeAt(i + 4)) &&
        isHex(text.charCodeAt(i + 5))
      ) {
        const cp = Number.parseInt(text.slice(i + 2, i + 6), 16);
        if (ends(cp) || cp === 0x5c) {
          from = i;
          break;
        }
        out += String.fromCharCode(cp);
        i += 6;
      } else {
        from = i;
        break;
      }
      from = i;
      continue;
    }
    if (ends(c)) break;
    i += 1;
  }
  out += text.slice(from, i);
  return { url: out, end: i };
}

function trimPunctuation(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url.charCodeAt(end - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) end -= 1;
    else if ((c === 0x29 || c === 0x5d) && !url.includes(c === 0x29 ? '(' : '[')) end -= 1;
    else break;
  }
  return url.slice(0, end);
}

/** Every http(s) URL written in `text`, in order. */
export function textUrls(text: string): string[] {
  const urls: string[] = [];
  urlStart.lastIndex = 0;
  for (let m = urlStart.exec(text); m; m = urlStart.exec(text)) {
    const scheme = (text.charCodeAt(m.index + 4) | 0x20) === 0x73 ? 'https://' : 'http://';
    const { url, end } = readUrl(text, scheme, m.index + m[0].length);
    const trimmed = trimPunctuation(url);
    if (trimmed.length > scheme.length && url.length <= maxTextUrlLength) urls.push(trimmed);
    urlStart.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return urls;
}

/**
 * Text arrives in pieces (chunks, entities). A text scanner scans what cannot be the start of a
 * URL still being written, and keeps the rest (at most a URL's length) for the next piece.
 */
export function createTextScanner(onUrl: (url: string) => void): { push(piece: string): void; flush(): void } {
  let pending = '';
  const scan = (text: string) => {
    if (text.length < 10) return;
    for (const url of textUrls(text)) onUrl(url);
  };
  return {
    push(piece) {
      pending += piece;
      if (pending.length < 16_384) return;
      // Cut after the last character that ends a URL: nothing before it can still grow.
      let cut = pending.length - 1;
      while (cut >= 0 && !ends(pending.charCodeAt(cut))) cut -= 1;
      if (cut >= 0) {
        scan(pending.slice(0, cut + 1));
        pending = pending.slice(cut + 1);
      }
      // No end in sight: what started earlier than a URL's length ago is too long to be one.
      if (pending.length > 2 * maxTextUrlLength) pending = pending.slice(-maxTextUrlLength - 16);
    },
    flush() {
      scan(pending);
      pending = '';
    },
  };
}
