// The URLs of a srcset attribute, split as browsers split them (WHATWG HTML, "parse a srcset
// attribute"): a candidate's URL runs to the next whitespace, so commas inside a URL
// (`/img,w_300/a.jpg`) stay in it, and trailing commas end the candidate; descriptors such as
// `2x` or `300w` (which may hold commas inside parentheses) are skipped. Browsers also drop a
// candidate whose descriptors are invalid; we keep it: the file is still there to be fetched.
// One pass over the string, no regular expressions.

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  const n = value.length;
  let i = 0;
  while (i < n) {
    // Splitting loop: skip whitespace and commas.
    let c = value.charCodeAt(i);
    while (i < n && (isSpace(c) || c === 0x2c)) c = value.charCodeAt(++i);
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(value.charCodeAt(i))) i += 1;
    let end = i;
    if (value.charCodeAt(end - 1) === 0x2c) {
      // "a.jpg," : the URL ends the candidate; no descriptors follow.
      while (end > start && value.charCodeAt(end - 1) === 0x2c) end -= 1;
      if (end > start) urls.push(value.slice(start, end));
      continue;
    }
    urls.push(value.slice(start, end));
    // Descriptor tokeniser, reduced to finding where the candidate ends: at a comma outside
    // parentheses, or at the end of the string.
    let inParens = false;
    while (i < n) {
      c = value.charCodeAt(i);
      if (inParens) {
        if (c === 0x29) inParens = false;
      } else if (c === 0x28) {
        inParens = true;
      } else if (c === 0x2c) {
        i += 1;
        break;
      }
      i += 1;
    }
  }
  return urls;
}
