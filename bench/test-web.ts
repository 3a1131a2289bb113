// npm run bench -- test-web [PAGES]: how fast the synthetic web starts and serves, so that it is
// never the bottleneck of a crawler benchmark. Prints figures; asserts nothing.
import http from 'node:http';
import { startTestWeb } from '@vigie/testkit';

const pages = Number(process.argv[2] ?? 20_000);
const sites = 100;
const started = performance.now();
const web = await startTestWeb({
  seed: 7,
  sites,
  pagesPerSite: Math.ceil(pages / sites),
  mediaPerPage: 1,
  linksPerPage: 6,
  hostile: true,
});
const startMs = performance.now() - started;
const { media } = web.manifest;
const sharpShare = media.filter((m) => m.source !== 'fixture' && m.format !== 'png').length;
console.log(
  `started ${web.manifest.pages.length} pages, ${media.length} media (${sharpShare} through sharp) in ${startMs.toFixed(0)} ms:`,
  `model ${web.timings.model.toFixed(0)} ms, media ${web.timings.media.toFixed(0)} ms, listen ${web.timings.listen.toFixed(0)} ms`,
);
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);

const expectedStarted = performance.now();
const expected = web.manifest.expected();
console.log(
  `expected(): ${expected.pages.size} pages, ${expected.media.size} media URLs in ${(performance.now() - expectedStarted).toFixed(0)} ms`,
);

const agent = new http.Agent({ keepAlive: true, maxSockets: 4, lookup: web.lookup as never });
function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

async function measure(label: string, urls: string[], concurrency: number): Promise<void> {
  let next = 0;
  let bytes = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const n = await get(urls[next++]!);
        bytes += n;
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `${label}: ${urls.length} in ${seconds.toFixed(2)} s = ${(urls.length / seconds).toFixed(0)}/s, ` +
      `${(bytes / urls.length / 1024).toFixed(1)} KiB each (client in the same process, ${concurrency} in flight)`,
  );
}

const pageUrls = web.manifest.pages.map((p) => p.url).slice(0, 10_000);
await measure('pages', pageUrls, 32);
await measure('media', media.flatMap((m) => m.urls).slice(0, 10_000), 32);
await web.close();
