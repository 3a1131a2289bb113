import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { countReports, form, formHeaders, tokenOf } from './tipline.test-helpers.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// What a hostile or unlucky request must not do to the public site: break a page, lose a report
// or answer a person with JSON.
describe('tipline hardening', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const reports = () => countReports(t.ctx);

  it('treats Object.prototype names as unknown languages, in ?lang= and Accept-Language', async () => {
    for (const lang of ['constructor', '__proto__', 'valueOf', 'toString', 'hasOwnProperty']) {
      const page = await t.app.inject({ url: `/report?type=luring&lang=${lang}` });
      assert.equal(page.statusCode, 200, `?lang=${lang}`);
      assert.match(page.body, /<html lang="en">/);
      const header = await t.app.inject({ url: '/', headers: { 'accept-language': `${lang}, fr;q=0.5` } });
      assert.equal(header.statusCode, 200, `Accept-Language: ${lang}`);
      assert.match(header.body, /<html lang="fr">/);
    }
  });

  it('files a report sent with ?lang=constructor and gives the reporter its number', async () => {
    const before = await reports();
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=luring&lang=constructor' })).body);
    const res = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=constructor',
      headers: formHeaders,
      payload: form({ csrf, description: 'Synthetic report' }),
    });
    assert.ok(res.statusCode < 500, res.body);
    const page = res.statusCode === 303 ? await t.app.inject({ url: String(res.headers.location) }) : res;
    assert.match(page.body, /\d{3}-\d{3}-\d{4}/);
    assert.equal(await reports(), before + 1);
  });
});

describe('control characters', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  it('stores an API report with NUL, other controls and a lone surrogate, minus those', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: {
        type: 'luring',
        description: 'Line one\u0000\r\nLine\ttwo\u0007\u001b',
        suspect: { names: 'x\u0000y', usernames: ['\ud800name'] },
        urls: ['https://chat.example.org/u/\u0000someone'],
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const row = await t.ctx.db
      .selectFrom('report')
      .select(['description', 'suspect'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(row.description, 'Line one\nLine\ttwo');
    assert.deepEqual(row.suspect, { names: 'xy', usernames: ['\ufffdname'] });
  });

  it('files a form report whose text holds a NUL byte, and answers HTML', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=luring&lang=en' })).body);
    const res = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({ csrf, description: 'He wrote\u0000 to my daughter', suspect_names: '\u0000' }),
    });
    assert.equal(res.statusCode, 303, res.body);
    const done = await t.app.inject({ url: String(res.headers.location) });
    assert.match(String(done.headers['content-type']), /^text\/html/);
    assert.match(done.body, /id="report-number"/);
    const stored = await t.ctx.db
      .selectFrom('report')
      .select(['description'])
      .where('description', '=', 'He wrote to my daughter')
      .execute();
    assert.equal(stored.length, 1);
  });

  it('answers the form in HTML, never JSON, when the request itself is refused', async () => {
    const tooLarge = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=fr',
      headers: formHeaders,
      payload: form({ description: 'x'.repeat(1_100_000) }),
    });
    assert.equal(tooLarge.statusCode, 413);
    assert.match(String(tooLarge.headers['content-type']), /^text\/html/);
    assert.match(tooLarge.body, /<html lang="fr">/);
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      payload: '{"description":',
    });
    assert.equal(badJson.statusCode, 400);
    assert.match(String(badJson.headers['content-type']), /^text\/html/);
    assert.doesNotMatch(badJson.body, /"error"/);
  });
});
