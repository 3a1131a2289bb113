import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { form, formHeaders, tokenOf } from './tipline.test-helpers.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('tipline pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const getForm = async (type: string, lang = 'en') =>
    tokenOf((await t.app.inject({ url: `/report?type=${type}&lang=${lang}` })).body);

  it('speaks the browser language, with a switch, and loads only its own resources', async () => {
    const en = await t.app.inject({ url: '/', headers: { 'accept-language': 'de, en;q=0.8, fr;q=0.5' } });
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /Call <a class="tel" href="tel:911">911<\/a>/);
    assert.match(en.body, /hreflang="fr"/);
    const fr = await t.app.inject({ url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
    assert.match(fr.body, /<html lang="fr">/);
    assert.match(fr.body, /Appelez le <a class="tel" href="tel:911">911<\/a>/);
    assert.equal(
      (await t.app.inject({ url: '/?lang=en', headers: { 'accept-language': 'fr' } })).headers['content-language'],
      'en',
    );
    assert.match(String(en.headers['content-security-policy']), /default-src 'self'/);
    assert.doesNotMatch(
      en.body,
      /<script(?! src="\/tipline\.js" defer><\/script>)|style=|src="http/,
      'no inline script or style',
    );
    const script = await t.app.inject({ url: '/tipline.js' });
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal((await t.app.inject({ url: '/tipline.css' })).headers['content-type'], 'text/css; charset=utf-8');
    assert.equal(en.headers['set-cookie'], undefined, 'no cookie at all');
  });

  it('offers the eight report types and "something else", then the fields of the chosen type', async () => {
    const chooser = await t.app.inject({ url: '/report?lang=en' });
    assert.equal((chooser.body.match(/name="type"/g) ?? []).length, 9);
    const csam = (await t.app.inject({ url: '/report?type=child_sexual_abuse_material&lang=en' })).body;
    const luring = (await t.app.inject({ url: '/report?type=luring&lang=en' })).body;
    assert.match(csam, /name="now"/, 'a live stream is happening now too');
    assert.doesNotMatch(csam, /name="meeting_planned"/);
    assert.match(luring, /name="meeting_planned"/);
    assert.ok(csam.indexOf('name="urls"') < csam.indexOf('name="place"'), 'addresses first for abuse material');
    assert.match(luring, /no upload, on purpose/);
    assert.doesNotMatch(luring, /type="file"/);
  });

  it('stores a report sent with the form and shows its number and follow-up code', async () => {
    const csrf = await getForm('luring');
    const res = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({
        csrf,
        urls: 'https://game.example.org/u/stranger\n',
        description: 'A stranger asked my son for photos',
        now: 'yes',
        suspect_usernames: 'stranger, stranger2',
        victim_age: '11',
        region: 'ON',
        anonymous: 'yes',
      }),
    });
    assert.equal(res.statusCode, 303, res.body);
    assert.match(String(res.headers.location), /^\/report\/done\/[\w-]{43}\?lang=en$/);
    const done = await t.app.inject({ url: String(res.headers.location) });
    assert.equal(done.statusCode, 200);
    assert.equal(done.headers['cache-control'], 'no-store');
    const number = /id="report-number"[^>]*>([^<]+)</.exec(done.body)?.[1];
    assert.match(number ?? '', /^\d{3}-\d{3}-\d{4}$/);
    const row = await t.ctx.db
      .selectFrom('report')
      .selectAll()
      .where('report_number', '=', number!)
      .executeTakeFirstOrThrow();
    assert.equal(row.source, 'tipline');
    assert.equal(row.language, 'en');
    assert.deepEqual(row.suspect, { usernames: ['stranger', 'stranger2'] });
    assert.equal(row.happening_now, true);
  });

  it('shows errors next to their fields, in French, and keeps the input', async () => {
    const csrf = await getForm('child_sexual_abuse_material', 'fr');
    const res = await t.app.inject({
      method: 'POST',
      url: '/report?type=child_sexual_abuse_material&lang=fr',
      headers: formHeaders,
      payload: form({
        csrf,
        urls: 'https://ok.example.org/a\ndata:image/png;base64,AAAA',
        description: 'garder ce texte',
        anonymous: 'no',
        contact_email: 'pas-un-courriel',
      }),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /<a href="#urls">Ligne 2\u00a0: cette adresse contient un fichier/);
    assert.match(res.body, /id="contact_email-error"/);
    assert.match(res.body, /aria-describedby="contact_email-error" aria-invalid="true"/);
    assert.match(res.body, />garder ce texte<\/textarea>/);
    assert.match(res.body, /value="no" checked/);
    const count = await t.ctx.db
      .selectFrom('report')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1, 'nothing stored from the invalid form');
  });

  it('refuses a missing token, a filled honeypot and a cross-site post without storing', async () => {
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({ description: 'x' }),
    });
    assert.equal(noToken.statusCode, 400);
    assert.match(noToken.body, /form had expired/);
    const csrf = await getForm('luring');
    const bot = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({ csrf, description: 'buy now', homepage: 'http://spam.invalid' }),
    });
    assert.equal(bot.statusCode, 400);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: { ...formHeaders, 'sec-fetch-site': 'cross-site' },
      payload: form({ csrf, description: 'x' }),
    });
    assert.equal(crossSite.statusCode, 403);
    const otherOrigin = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example.com' },
      payload: form({ csrf, description: 'x' }),
    });
    assert.equal(otherOrigin.statusCode, 403);
    const count = await t.ctx.db
      .selectFrom('report')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  it('adds information with the follow-up code, without showing the report', async () => {
    const created = await t.ctx.intake.submitReport(
      { type: 'child_trafficking', description: 'secret original text' },
      { source: 'api', language: 'und', address: '127.0.0.9', actor: { type: 'anonymous' } },
    );
    const csrf = tokenOf((await t.app.inject({ url: '/report/follow-up?lang=en' })).body);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/report/follow-up?lang=en',
      headers: formHeaders,
      payload: form({ csrf, code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', information: 'more' }),
    });
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /code is not known/);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/report/follow-up?lang=en',
      headers: formHeaders,
      payload: form({ csrf, code: created.followUpCode, information: 'He uses a new name' }),
    });
    assert.equal(ok.statusCode, 303);
    const done = await t.app.inject({ url: String(ok.headers.location) });
    assert.match(done.body, new RegExp(`added to report ${created.reportNumber}`));
    assert.doesNotMatch(done.body, /secret original text/);
    const followUps = await t.ctx.db
      .selectFrom('report_follow_up')
      .selectAll()
      .where('report_id', '=', created.id)
      .execute();
    assert.equal(followUps[0]?.information, 'He uses a new name');
  });

  it('lists the alerts of the page language', async () => {
    await t.ctx.intake.publishAlert(
      { title: 'Faux recruteurs', body: 'Premier paragraphe.\n\nDeuxième.', language: 'fr' },
      { type: 'cli' },
    );
    const fr = await t.app.inject({ url: '/alerts?lang=fr' });
    assert.match(fr.body, /<h2>Faux recruteurs<\/h2>/);
    assert.match(fr.body, /<p>Deuxième.<\/p>/);
    assert.match((await t.app.inject({ url: '/alerts?lang=en' })).body, /no alerts at the moment/);
  });
});
