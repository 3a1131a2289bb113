import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTestWeb, type TestWeb } from './test-web.ts';

// Speed is the benchmark's business (npm run bench -- test-web): this prints the figures and
// asserts only that a 20,000-page web is whole and answers.
describe('test web: 20,000 pages', () => {
  let web: TestWeb;
  let startMs = 0;
  before(async () => {
    const started = performance.now();
    web = await startTestWeb({ seed: 11, sites: 100, pagesPerSite: 200, mediaPerPage: 1, linksPerPage: 6 });
    startMs = performance.now() - started;
  });
  after(() => web.close());

  it('starts with every page and media in its manifest', () => {
    const t = web.timings;
    console.log(
      `# started in ${startMs.toFixed(0)} ms (model ${t.model.toFixed(0)}, media ${t.media.toFixed(0)}, listen ${t.listen.toFixed(0)})`,
    );
    assert.equal(web.manifest.pages.length, 20_000);
    assert.equal(
      web.manifest.media.reduce((n, m) => n + m.references.length, 0),
      20_000,
    );
    assert.equal(web.manifest.expected(undefined, { respectRobots: false }).pages.size, 20_000);
  });

  it('serves 2,000 pages over keep-alive connections', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4, lookup: web.lookup as never });
    const urls = web.manifest.pages.filter((_, i) => i % 10 === 0).map((p) => p.url);
    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < urls.length) {
          const url = urls[next++]!;
          const status = await new Promise<number>((resolve, reject) =>
            http
              .get(url, { agent }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)))
              .on('error', reject),
          );
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    console.log(`# ${urls.length} pages in ${seconds.toFixed(2)} s: ${(urls.length / seconds).toFixed(0)} pages/s`);
    assert.deepEqual([...statuses], [[200, 2000]]);
    assert.equal(web.stats.repeated().size, 0);
  });
});
