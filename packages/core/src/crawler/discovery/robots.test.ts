import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maxCrawlDelaySeconds, maxRobotsBytes, parseRobots, robotsApplies, robotsWithoutBody } from './index.ts';

const robotsUrl = 'https://shop.example/robots.txt';

describe('parseRobots', () => {
  it('applies the group naming our product token, case-insensitively, over *', () => {
    const rules = parseRobots(
      robotsUrl,
      'User-agent: *\nDisallow: /\n\nUser-agent: vigiebot\nDisallow: /private\nAllow: /private/open\nCrawl-delay: 2\n' +
        'Sitemap: https://shop.example/sitemap.xml\n',
      'VigieBot',
    );
    assert.equal(rules.isAllowed('https://shop.example/catalogue'), true);
    assert.equal(rules.isAllowed('https://shop.example/private/x'), false);
    assert.equal(rules.isAllowed('https://shop.example/private/open/y'), true);
    assert.equal(rules.crawlDelaySeconds, 2);
    assert.deepEqual(rules.sitemaps, ['https://shop.example/sitemap.xml']);
  });
  it('falls back to the * group, with wildcards and $', () => {
    const rules = parseRobots(robotsUrl, 'User-agent: *\nDisallow: /*.jpg$\nDisallow: /tmp/', 'VigieBot');
    assert.equal(rules.isAllowed('https://shop.example/a.jpg'), false);
    assert.equal(rules.isAllowed('https://shop.example/a.jpg?x=1'), true);
    assert.equal(rules.isAllowed('https://shop.example/tmp/z'), false);
    assert.equal(rules.crawlDelaySeconds, undefined);
  });
  it('says nothing about other origins (scheme, host and port are part of it)', () => {
    const rules = parseRobots(robotsUrl, 'User-agent: *\nDisallow: /', 'VigieBot');
    assert.equal(rules.isAllowed('https://shop.example/x'), false);
    assert.equal(rules.isAllowed('http://shop.example/x'), true);
    assert.equal(rules.isAllowed('https://other.example/x'), true);
  });
  it('caps a Crawl-delay and ignores a nonsensical one', () => {
    assert.equal(
      parseRobots(robotsUrl, 'User-agent: *\nCrawl-delay: 86400', 'x').crawlDelaySeconds,
      maxCrawlDelaySeconds,
    );
    assert.equal(parseRobots(robotsUrl, 'User-agent: *\nCrawl-delay: soon', 'x').crawlDelaySeconds, undefined);
    assert.equal(parseRobots(robotsUrl, 'User-agent: *\nCrawl-delay: -5', 'x').crawlDelaySeconds, undefined);
  });
  it('reads only the first 500 KiB, dropping the line cut in two', () => {
    const head = 'User-agent: *\nDisallow: /early\n';
    // A comment line long enough that the limit falls just after "Disallow: /" of the next line.
    const filler = `#${'x'.repeat(maxRobotsBytes - head.length - 'Disallow: /'.length - 2)}\n`;
    const text = `${head}${filler}Disallow: /late/and/long\n`;
    assert.equal(Buffer.byteLength(`${head}${filler}Disallow: /`), maxRobotsBytes);
    const rules = parseRobots(robotsUrl, text, 'VigieBot');
    assert.equal(rules.isAllowed('https://shop.example/early'), false);
    assert.equal(rules.isAllowed('https://shop.example/late/and/long'), true);
    // Cut inside "Disallow: /late/and/long", the rest would read "Disallow: /" and block everything.
    assert.equal(rules.isAllowed('https://shop.example/anything'), true);
  });
  it('evaluates a hostile file of stars quickly', () => {
    const text = `User-agent: *\n${`Disallow: /${'*'.repeat(5000)}x\n`.repeat(200)}`;
    const rules = parseRobots(robotsUrl, text, 'VigieBot');
    const started = performance.now();
    assert.equal(rules.isAllowed(`https://shop.example/${'a'.repeat(2000)}`), true);
    assert.ok(performance.now() - started < 1000); // 3.4 s with the stars left as written
  });
});

describe('robotsWithoutBody (RFC 9309 2.3.1)', () => {
  it('a 4xx allows everything; a 5xx, a 429 or no answer allows nothing; a 2xx is to be parsed', () => {
    assert.equal(robotsWithoutBody(404)?.isAllowed('https://shop.example/x'), true);
    assert.equal(robotsWithoutBody(403)?.isAllowed('https://shop.example/x'), true);
    assert.equal(robotsWithoutBody(503)?.isAllowed('https://shop.example/x'), false);
    assert.equal(robotsWithoutBody(429)?.isAllowed('https://shop.example/x'), false);
    assert.equal(robotsWithoutBody('unreachable')?.isAllowed('https://shop.example/x'), false);
    assert.equal(robotsWithoutBody(200), undefined);
  });
});

describe('robotsApplies', () => {
  it('honours robots.txt only for ordinary sites, when the setting says so', () => {
    assert.equal(robotsApplies({ reportedSite: false, confirmedHost: false, honourRobots: true }), true);
    assert.equal(robotsApplies({ reportedSite: false, confirmedHost: false, honourRobots: false }), false);
  });
  it('never for a reported site or a host of confirmed material', () => {
    assert.equal(robotsApplies({ reportedSite: true, confirmedHost: false, honourRobots: true }), false);
    assert.equal(robotsApplies({ reportedSite: false, confirmedHost: true, honourRobots: true }), false);
  });
});
