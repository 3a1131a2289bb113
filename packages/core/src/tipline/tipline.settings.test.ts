import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const post = (t: TestApp, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/reports', payload });

describe('the installation by default: Canada', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  it('lists the provinces and territories, and dials its help and emergency numbers', async () => {
    const form = (await t.app.inject({ url: '/report?type=luring&lang=fr' })).body;
    assert.match(form, /<option value="QC">Québec<\/option>/);
    assert.match(form, /<option value="outside">J’habite dans un autre pays<\/option>/);
    const home = (await t.app.inject({ url: '/?lang=en' })).body;
    assert.match(home, /href="tel:18006686868">1-800-668-6868<\/a>/);
    assert.match(home, /href="sms:686868">text CONNECT to 686868<\/a>/);
    assert.match(home, /<a href="\/privacy\?lang=en">/);
    const privacy = (await t.app.inject({ url: '/privacy?lang=en' })).body;
    assert.match(privacy, /erased 365 days after your report/);
    assert.match(privacy, /do not keep your internet \(IP\) address/);
  });

  it('stores a province, reads the first API version’s outside_canada as outside, refuses others', async () => {
    const qc = await post(t, { type: 'luring', description: 'x', reporter: { region: 'QC' } });
    const legacy = await post(t, { type: 'luring', description: 'x', reporter: { region: 'outside_canada' } });
    assert.equal(qc.statusCode, 201);
    assert.equal(legacy.statusCode, 201);
    const rows = await t.ctx.db
      .selectFrom('report')
      .select(['id', 'reporter_region'])
      .where('id', 'in', [qc.json().id, legacy.json().id])
      .execute();
    assert.deepEqual(new Set(rows.map((r) => r.reporter_region)), new Set(['QC', 'outside']));
    const bavaria = await post(t, { type: 'luring', description: 'x', reporter: { region: 'BY' } });
    assert.equal(bavaria.statusCode, 400);
    assert.deepEqual(bavaria.json().error.details, [{ path: 'reporter.region', code: 'invalid' }]);
  });
});

describe('an installation with its own settings', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      VIGIE_INTAKE_RATE_PER_MINUTE: '1000',
      VIGIE_TIPLINE_NAME: '{"en": "Example Hotline", "fr": "Ligne Exemple"}',
      VIGIE_TIPLINE_PHONE: '+49 30 1234 5678',
      VIGIE_TIPLINE_PRIVACY_URL: 'https://hotline.example.org/privacy',
      VIGIE_TIPLINE_EMERGENCY_NUMBER: '112',
      VIGIE_TIPLINE_REGION_LABEL: 'Your state',
      VIGIE_TIPLINE_REGIONS: '[{"code": "BY", "name": "Bavaria"}, {"code": "BE", "name": {"en": "Berlin"}}]',
      VIGIE_TIPLINE_HELP_LINES: '[{"label": "Example help line", "phone": "0800 111 0 333"}]',
    });
  });
  after(async () => t.close());

  it('shows its name, its phone line, its privacy page, its emergency number and its regions', async () => {
    const home = (await t.app.inject({ url: '/?lang=fr' })).body;
    assert.match(home, /<title>[^<]+\| Ligne Exemple<\/title>/);
    assert.match(home, /href="tel:\+493012345678">\+49 30 1234 5678<\/a>/);
    assert.match(home, /href="https:\/\/hotline.example.org\/privacy"/);
    assert.match(home, /Appelez le <a class="tel" href="tel:112">112<\/a>/);
    assert.match(home, /Example help line<\/li>|Example help line: /);
    assert.doesNotMatch(home, /911|Jeunesse|kidshelpphone/);
    const form = (await t.app.inject({ url: '/report?type=luring&lang=en' })).body;
    assert.match(form, /<label for="region">Your state/);
    assert.match(form, /<option value="BY">Bavaria<\/option>\s*<option value="BE">Berlin<\/option>/);
    assert.doesNotMatch(form, /Ontario|province/);
    assert.equal((await post(t, { type: 'luring', description: 'x', reporter: { region: 'BY' } })).statusCode, 201);
    assert.equal((await post(t, { type: 'luring', description: 'x', reporter: { region: 'ON' } })).statusCode, 400);
  });
});

describe('quick exit', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_TIPLINE_EXIT_URL: 'https://neutral.example.org/' });
  });
  after(async () => t.close());

  it('is on every page, first after the skip link, and leaves for the configured site', async () => {
    for (const url of [
      '/?lang=en',
      '/report?lang=fr',
      '/report?type=luring&lang=en',
      '/report/follow-up',
      '/privacy',
    ]) {
      const body = (await t.app.inject({ url })).body;
      assert.match(
        body,
        /<a class="skip" href="#main">[^<]+<\/a>\n<a class="quick-exit" id="quick-exit" href="https:\/\/neutral.example.org\/" rel="noreferrer">/,
        url,
      );
    }
  });
});
