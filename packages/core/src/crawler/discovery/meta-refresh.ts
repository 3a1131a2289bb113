// The URL of `<meta http-equiv="refresh" content="5; url='next.html'">`, read as browsers read it
// (WHATWG HTML, "shared declarative refresh steps"): a time, then `;` or `,`, then an optional
// `url=`, then the URL, optionally quoted. undefined when the page only reloads itself.

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

export function metaRefreshUrl(content: string): string | undefined {
  const n = content.length;
  let i = 0;
  while (i < n && isSpace(content.charCodeAt(i))) i += 1;
  const timeStart = i;
  while (i < n && content.charCodeAt(i) >= 0x30 && content.charCodeAt(i) <= 0x39) i += 1;
  if (i === timeStart && content.charCodeAt(i) !== 0x2e) return undefined;
  while (
    i < n &&
    ((content.charCodeAt(i) >= 0x30 && content.charCodeAt(i) <= 0x39) || content.charCodeAt(i) === 0x2e)
  ) {
    i += 1;
  }
  if (i >= n) return undefined;
  let c = content.charCodeAt(i);
  if (c !== 0x3b && c !== 0x2c && !isSpace(c)) return undefined;
  while (i < n && isSpace(content.charCodeAt(i))) i += 1;
  c = content.charCodeAt(i);
  if (c === 0x3b || c === 0x2c) i += 1;
  while (i < n && isSpace(content.charCodeAt(i))) i += 1;
  if (i >= n) return undefined;
  let urlStart = i;
  if ((content.charCodeAt(i) | 0x20) === 0x75) {
    // "url", then optional spaces and "=": otherwise the URL starts at the "u".
    if ((content.charCodeAt(i + 1) | 0x20) === 0x72 && (content.charCodeAt(i + 2) | 0x20) === 0x6c) {
      let j = i + 3;
      while (j < n && isSpace(content.charCodeAt(j))) j += 1;
      if (content.charCodeAt(j) === 0x3d) {
        j += 1;
        while (j < n && isSpace(content.charCodeAt(j))) j += 1;
        urlStart = j;
      }
    }
  }
  const quote = content.charCodeAt(urlStart);
  let url: string;
  if (quote === 0x22 || quote === 0x27) {
    const close = content.indexOf(String.fromCharCode(quote), urlStart + 1);
    url = content.slice(urlStart + 1, close < 0 ? n : close);
  } else {
    url = content.slice(urlStart);
  }
  return url.trim() === '' ? undefined : url;
}
