// A GET through the test web's own name table (no system resolver), redirects not followed.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { TestWeb } from './test-web.ts';

export type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export function get(web: TestWeb, url: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { lookup: web.lookup as never }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Follows redirects (at most 10); returns the last answer, its URL and the statuses on the way. */
export async function follow(web: TestWeb, url: string): Promise<Got & { url: string; hops: number[] }> {
  const hops: number[] = [];
  for (let i = 0; i < 10; i++) {
    const got = await get(web, url);
    if (got.status < 300 || got.status >= 400) return { ...got, url, hops };
    hops.push(got.status);
    url = new URL(got.headers.location!, url).href;
  }
  throw new Error(`more than 10 redirects from ${url}`);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
