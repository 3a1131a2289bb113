// The URLs a stylesheet or a style attribute makes a browser fetch: `url(...)` tokens, quoted or
// not, with CSS escapes decoded (CSS Syntax 3, "consume a url token"), and the strings of
// `image-set()`. Comments and other strings are skipped, as the CSS tokenizer skips them, so
// `content: "url(x)"` is not a link. One pass, no regular expressions.

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
function isNameChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d || c === 0x5f || c >= 0x80
  );
}

type Cursor = { i: number };

// After a backslash at s[cur.i - 1]: the escaped code point (cur.i moves past it).
function consumeEscape(s: string, cur: Cursor): string {
  const start = cur.i;
  while (cur.i < s.length && cur.i - start < 6 && isHex(s.charCodeAt(cur.i))) cur.i += 1;
  if (cur.i > start) {
    const cp = Number.parseInt(s.slice(start, cur.i), 16);
    if (cur.i < s.length && isSpace(s.charCodeAt(cur.i))) cur.i += 1;
    return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
  }
  if (cur.i >= s.length) return '\ufffd';
  const cp = s.codePointAt(cur.i) as number;
  cur.i += cp > 0xffff ? 2 : 1;
  return String.fromCodePoint(cp);
}

// At an opening quote s[cur.i - 1]: the string's value, or undefined for a bad string (newline).
function consumeString(s: string, cur: Cursor, quote: number): string | undefined {
  let out = '';
  let from = cur.i;
  while (cur.i < s.length) {
    const c = s.charCodeAt(cur.i);
    if (c === quote) {
      out += s.slice(from, cur.i);
      cur.i += 1;
      return out;
    }
    if (c === 0x0a || c === 0x0c || c === 0x0d) return undefined;
    if (c === 0x5c) {
      out += s.slice(from, cur.i);
      cur.i += 1;
      const next = s.charCodeAt(cur.i);
      if (next === 0x0a || next === 0x0c || next === 0x0d)
        cur.i += 1; // an escaped newline continues the line
      else if (cur.i < s.length) out += consumeEscape(s, cur);
      from = cur.i;
      continue;
    }
    cur.i += 1;
  }
  return out + s.slice(from); // end of input closes the string
}

// Just after `url(`: the URL, or undefined for a bad url token; cur.i moves past the `)`.
function consumeUrl(s: string, cur: Cursor): string | undefined {
  while (cur.i < s.length && isSpace(s.charCodeAt(cur.i))) cur.i += 1;
  const first = s.charCodeAt(cur.i);
  if (first === 0x22 || first === 0x27) {
    cur.i += 1;
    const value = consumeString(s, cur, first);
    while (cur.i < s.length && isSpace(s.charCodeAt(cur.i))) cur.i += 1;
    if (s.charCodeAt(cur.i) === 0x29) cur.i += 1;
    return value;
  }
  let out = '';
  let from = cur.i;
  while (cur.i < s.length) {
    const c = s.charCodeAt(cur.i);
    if (c === 0x29) {
      out += s.slice(from, cur.i);
      cur.i += 1;
      return out;
    }
    if (isSpace(c)) {
      out += s.slice(from, cur.i);
      while (cur.i < s.length && isSpace(s.charCodeAt(cur.i))) cur.i += 1;
      if (cur.i >= s.length) return out;
      if (s.charCodeAt(cur.i) === 0x29) {
        cur.i += 1;
        return out;
      }
      return skipBadUrl(s, cur);
    }
    if (c === 0x22 || c === 0x27 || c === 0x28 || c < 0x09 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || c === 0x7f) {
      return skipBadUrl(s, cur);
    }
    if (c === 0x5c) {
      const next = s.charCodeAt(cur.i + 1);
      if (next === 0x0a || next === 0x0c || next === 0x0d || cur.i + 1 >= s.length) return skipBadUrl(s, cur);
      out += s.slice(from, cur.i);
      cur.i += 1;
      out += consumeEscape(s, cur);
      from = cur.i;
      continue;
    }
    cur.i += 1;
  }
  return out + s.slice(from);
}

function skipBadUrl(s: string, cur: Cursor): undefined {
  while (cur.i < s.length) {
    const c = s.charCodeAt(cur.i);
    cur.i += c === 0x5c ? 2 : 1;
    if (c === 0x29) break;
  }
  return undefined;
}

function endsWithName(s: string, end: number, name: string): boolean {
  const start = end - name.length;
  if (start < 0) return false;
  for (let k = 0; k < name.length; k += 1) {
    if ((s.charCodeAt(start + k) | 0x20) !== name.charCodeAt(k)) return false;
  }
  return start === 0 || !isNameChar(s.charCodeAt(start - 1)) || name === 'image-set';
}

export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const cur: Cursor = { i: 0 };
  let depth = 0;
  let imageSetDepth = 0; // the paren depth inside which strings are image URLs
  while (cur.i < css.length) {
    const c = css.charCodeAt(cur.i);
    if (c === 0x2f && css.charCodeAt(cur.i + 1) === 0x2a) {
      const close = css.indexOf('*/', cur.i + 2);
      cur.i = close < 0 ? css.length : close + 2;
    } else if (c === 0x22 || c === 0x27) {
      cur.i += 1;
      const value = consumeString(css, cur, c);
      if (value !== undefined && imageSetDepth > 0 && depth === imageSetDepth) urls.push(value);
    } else if (c === 0x5c) {
      cur.i += 2;
    } else if (c === 0x28) {
      if (endsWithName(css, cur.i, 'url')) {
        cur.i += 1;
        const value = consumeUrl(css, cur);
        if (value !== undefined && value !== '') urls.push(value);
        continue;
      }
      depth += 1;
      if (imageSetDepth === 0 && endsWithName(css, cur.i, 'image-set')) imageSetDepth = depth;
      cur.i += 1;
    } else if (c === 0x29) {
      if (depth === imageSetDepth) imageSetDepth = 0;
      if (depth > 0) depth -= 1;
      cur.i += 1;
    } else {
      cur.i += 1;
    }
  }
  return urls;
}
