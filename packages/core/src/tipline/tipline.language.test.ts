import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { countReports, form, formHeaders, tokenOf } from './tipline.test-helpers.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Switching language never loses what a person typed or chose.
describe('tipline language switch', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const reports = () => countReports(t.ctx);

  it('shows the report form again in the other language with the answers, filing nothing', async () => {
    const en = (await t.app.inject({ url: '/report?type=luring&lang=en' })).body;
    assert.match(en, /<button type="submit" form="report-form" name="switch" value="fr" lang="fr"/);
    const csrf = tokenOf(en);
    const before = await reports();
    const res = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({
        csrf,
        switch: 'fr',
        urls: 'https://chat.example.org/u/x',
        description: 'He asked my son to keep it secret',
        now: 'yes',
        region: 'QC',
      }),
    });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="fr">/);
    assert.match(res.body, />He asked my son to keep it secret<\/textarea>/);
    assert.match(res.body, />https:\/\/chat.example.org\/u\/x<\/textarea>/);
    assert.match(res.body, /<option value="QC" selected>/);
    assert.match(res.body, /value="yes" checked/);
    assert.match(res.body, /action="\/report\?type=luring&amp;lang=fr"/);
    assert.doesNotMatch(res.body, /error-summary/);
    assert.equal(tokenOf(res.body).split('.')[1], csrf.split('.')[1], 'the same report being written');
    assert.equal(await reports(), before);
  });

  it('keeps the chosen type when the chooser switches, and says so when Continue has no choice', async () => {
    const chooser = await t.app.inject({ url: '/report?lang=en&type=sex_tourism&switch=fr' });
    assert.match(chooser.body, /<html lang="fr">/);
    assert.match(chooser.body, /value="sex_tourism" aria-describedby="type-\d-hint" checked/);
    const empty = await t.app.inject({ url: '/report?lang=en&next=1' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /class="error-summary"/);
    assert.match(empty.body, /Choose what you want to report/);
    assert.equal((await t.app.inject({ url: '/report?lang=en' })).statusCode, 200);
  });

  it('keeps a follow-up as typed across the switch', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report/follow-up?lang=fr' })).body);
    const res = await t.app.inject({
      method: 'POST',
      url: '/report/follow-up?lang=fr',
      headers: formHeaders,
      payload: form({ csrf, switch: 'en', code: 'AAAA-BBBB', information: 'Il a changé de nom' }),
    });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="en">/);
    assert.match(res.body, /value="AAAA-BBBB"/);
    assert.match(res.body, />Il a changé de nom<\/textarea>/);
  });
});

describe('the confirmation, to the eye and the ear', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  it('shows no English path on the French page, and spells the number for screen readers', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=luring&lang=fr' })).body);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=fr',
      headers: formHeaders,
      payload: form({ csrf, description: 'Un inconnu écrit à mon fils' }),
    });
    const page = (await t.app.inject({ url: String(sent.headers.location) })).body;
    const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    const text = main.replace(/<[^>]+>/g, ' ');
    assert.doesNotMatch(text, /\/report|follow-up/);
    assert.match(main, /<a href="\/report\/follow-up\?lang=fr">Compléter un signalement<\/a>/);
    assert.doesNotMatch(main, /<p[^>]*aria-label/);
    const number = /<span id="report-number" aria-hidden="true">(\d{3})-(\d{3})-(\d{4})<\/span>/.exec(main);
    assert.ok(number, main);
    const spelled = `${number[1]!.split('').join(' ')}, ${number[2]!.split('').join(' ')}, ${number[3]!.split('').join(' ')}`;
    assert.match(main, new RegExp(`<span class="visually-hidden">${spelled}</span>`));
  });
});
