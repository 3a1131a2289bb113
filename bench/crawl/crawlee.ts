// The reference crawler: Crawlee's CheerioCrawler with memory storage and no persistence, in a
// child process of its own (the test web keeps the benchmark's event loop), fetching every page a
// site links to and every media a page references, without fingerprinting.
import { spawn } from 'node:child_process';
import dns from 'node:dns';
import type { TestWeb } from '@vigie/testkit';
import { rssOf, type Row } from './common.ts';

type CrawleeJob = { hosts: Record<string, string>; seeds: string[]; concurrency: number; deadlineMs: number };

async function crawleeChild(job: CrawleeJob): Promise<void> {
  // The test hosts resolve only through the test web's table; every fetch Crawlee makes (pages,
  // robots.txt, sendRequest) goes through net's lookup, so replacing dns.lookup covers them all.
  const table = new Map(Object.entries(job.hosts));
  const original = dns.lookup;
  (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (...a: unknown[]) => void;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    const address = table.get(host.toLowerCase());
    if (address === undefined) return (original as (...a: unknown[]) => void)(host, options, callback);
    process.nextTick(() => (all ? cb(null, [{ address, family: 4 }]) : cb(null, address, 4)));
  };
  const { CheerioCrawler, Configuration } = await import('@crawlee/cheerio');
  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClientOptions: { persistStorage: false },
  });
  const MEDIA_PATH = /\.(png|gif|jpe?g|webp|mp4|avif)$/i;
  let pages = 0;
  let media = 0;
  let mediaBytes = 0;
  let failed = 0;
  let first = 0;
  let last = 0;
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: job.concurrency,
      minConcurrency: Math.max(1, Math.floor(job.concurrency / 2)),
      maxRequestRetries: 1,
      respectRobotsTxtFile: true,
      useSessionPool: false,
      additionalMimeTypes: [
        'image/png',
        'image/gif',
        'image/jpeg',
        'image/webp',
        'video/mp4',
        'application/octet-stream',
      ],
      requestHandlerTimeoutSecs: 60,
      async requestHandler({ request, $, body, sendRequest, enqueueLinks, crawler: self, contentType }) {
        first ||= Date.now();
        if (request.label === 'MEDIA') {
          const response = await sendRequest({ url: request.url, responseType: 'buffer' });
          media += 1;
          mediaBytes += (response.body as unknown as Buffer).length;
          last = Date.now();
          return;
        }
        pages += 1;
        last = Date.now();
        if (!/html|xml/.test(contentType.type)) {
          media += 1; // a direct link to a media, answered as the page
          mediaBytes += (body as Buffer).length;
          return;
        }
        const pageUrl = request.loadedUrl ?? request.url;
        const baseHref = $('base[href]').attr('href');
        const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
        const found = new Set<string>();
        const add = (raw: string | undefined) => {
          if (!raw || raw.startsWith('data:')) return;
          try {
            const url = new URL(raw.trim(), base);
            if (url.protocol === 'http:' || url.protocol === 'https:') found.add(url.href);
          } catch {
            // not a URL
          }
        };
        const srcset = (v: string | undefined) => v?.split(',').forEach((part) => add(part.trim().split(/\s+/)[0]));
        $('img[src], video[src], source[src], audio[src]').each((_, el) => add($(el).attr('src')));
        $('img[srcset], source[srcset]').each((_, el) => srcset($(el).attr('srcset')));
        $('[data-srcset]').each((_, el) => srcset($(el).attr('data-srcset')));
        for (const attr of ['poster', 'data-src', 'data-original', 'data-lazy-src', 'data-bg'])
          $(`[${attr}]`).each((_, el) => add($(el).attr(attr)));
        const css = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
        $('[style]').each((_, el) => {
          for (const m of ($(el).attr('style') ?? '').matchAll(css)) add(m[1]);
        });
        for (const m of $('style').text().matchAll(css)) add(m[1]);
        for (const m of $('noscript')
          .text()
          .matchAll(/src="([^"]+)"/g))
          add(m[1]);
        for (const m of $('p, script')
          .text()
          .matchAll(/https?:\/\/[^\s"'<>]+[^\s"'<>.,;)]/g))
          if (MEDIA_PATH.test(new URL(m[0]).pathname)) add(m[0]);
        const pageLinks: string[] = [];
        $('a[href], iframe[src]').each((_, el) => {
          const raw = $(el).attr('href') ?? $(el).attr('src');
          if (!raw) return;
          const url = new URL(raw, base);
          if (MEDIA_PATH.test(url.pathname) || url.hostname.includes('.cdn.')) add(url.href);
          else pageLinks.push(url.href);
        });
        const refresh = /url=(.+)$/i.exec($('meta[http-equiv="refresh" i]').attr('content') ?? '');
        if (refresh) pageLinks.push(new URL(refresh[1]!.trim(), pageUrl).href);
        await enqueueLinks({ urls: pageLinks, strategy: 'same-hostname' });
        await self.addRequests([...found].map((url) => ({ url, label: 'MEDIA', skipNavigation: true })));
      },
      failedRequestHandler() {
        failed += 1;
      },
    },
    config,
  );
  const timer = setTimeout(() => void crawler.teardown(), job.deadlineMs);
  await crawler.run(job.seeds);
  clearTimeout(timer);
  process.stdout.write(`${JSON.stringify({ pages, media, mediaBytes, failed, seconds: (last - first) / 1000 })}\n`);
  process.exit(0);
}

export async function runCrawlee(web: TestWeb, concurrency: number, deadlineMs: number): Promise<Row> {
  const job: CrawleeJob = {
    hosts: Object.fromEntries(web.sites.map((s) => [s.host, s.address])),
    seeds: web.seedUrls,
    concurrency,
    deadlineMs,
  };
  const child = spawn(process.execPath, [import.meta.filename, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CRAWLEE_PERSIST_STORAGE: 'false', CRAWLEE_LOG_LEVEL: 'WARNING' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid))), 500);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  const line = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`crawlee child failed (${code}):\n${err}`);
  const result = JSON.parse(line) as { pages: number; media: number; failed: number; seconds: number };
  if (result.failed > 0) console.log(`crawlee: ${result.failed} requests failed`);
  return {
    runner: 'crawlee-cheerio',
    processes: 1,
    pages: result.pages,
    media: result.media,
    fingerprinted: '-',
    detections: '-',
    seconds: result.seconds,
    p50: NaN,
    p95: NaN,
    max: NaN,
    peakRss: [peak],
  };
}

if (process.argv[1] === import.meta.filename) await crawleeChild(JSON.parse(process.argv[2]!) as CrawleeJob);
