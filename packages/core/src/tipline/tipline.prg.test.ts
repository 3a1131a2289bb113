import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { countReports, form, formHeaders, tokenOf } from './tipline.test-helpers.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const numberOf = (page: string) => /id="report-number"[^>]*>([^<]+)</.exec(page)?.[1];

// Post/redirect/get: a form files once however often it is sent, and its confirmation is shown
// once, at an address only the reporter's browser was given.
describe('tipline post/redirect/get', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const reports = () => countReports(t.ctx);
  const send = (csrf: string, fields: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/report?type=child_trafficking&lang=en',
      headers: formHeaders,
      payload: form({ csrf, description: 'An advert offering a girl (synthetic)', ...fields }),
    });

  it('files once when the form is sent again, shows the confirmation once, then only says it was shown', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    const before = await reports();
    const first = await send(csrf);
    assert.equal(first.statusCode, 303);
    const location = String(first.headers.location);
    const resent = await send(csrf);
    assert.equal(resent.statusCode, 303, 'the browser resending the form');
    assert.equal(resent.headers.location, location, 'lands on the same confirmation');
    assert.equal(await reports(), before + 1);

    const shown = await t.app.inject({ url: location });
    assert.equal(shown.statusCode, 200);
    assert.match(numberOf(shown.body) ?? '', /^\d{3}-\d{3}-\d{4}$/);
    assert.match(shown.body, /id="follow-up-code"/);
    const reloaded = await t.app.inject({ url: location });
    assert.equal(reloaded.statusCode, 410);
    assert.equal(numberOf(reloaded.body), undefined);
    assert.doesNotMatch(reloaded.body, /follow-up-code/);
    assert.match(reloaded.body, /shown only once/);
    assert.equal((await send(csrf)).headers.location, location, 'resent after it was shown: still nothing filed');
    assert.equal(await reports(), before + 1);
  });

  it('files once on a double click (two posts of one form at the same time)', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    const before = await reports();
    const [a, b] = await Promise.all([send(csrf), send(csrf)]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    assert.equal(a.headers.location, b.headers.location);
    assert.equal(await reports(), before + 1);
    assert.match(numberOf((await t.app.inject({ url: String(b.headers.location) })).body) ?? '', /^\d{3}-/);
  });

  it('keeps the same form key when the form is shown again with errors', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    const before = await reports();
    const invalid = await send(csrf, { urls: 'data:image/png;base64,AAAA' });
    assert.equal(invalid.statusCode, 400);
    const again = tokenOf(invalid.body);
    assert.equal(again.split('.')[1], csrf.split('.')[1]);
    const fixed = await send(again);
    assert.equal(fixed.statusCode, 303);
    assert.equal((await send(csrf)).headers.location, fixed.headers.location, 'the earlier page resent');
    assert.equal(await reports(), before + 1);
  });

  it('switches the confirmation to the other language once, keeping its number and code', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    const location = String((await send(csrf)).headers.location);
    const en = await t.app.inject({ url: location });
    const code = /id="follow-up-code"[^>]*>([^<]+)</.exec(en.body)?.[1];
    const relay = /<div class="lang-switch"><a href="([^"]+)" hreflang="fr"/.exec(en.body)?.[1];
    assert.ok(relay && code, en.body);
    const fr = await t.app.inject({ url: relay.replaceAll('&amp;', '&') });
    assert.equal(fr.statusCode, 200);
    assert.match(fr.body, /<html lang="fr">/);
    assert.equal(numberOf(fr.body), numberOf(en.body));
    assert.match(fr.body, new RegExp(`id="follow-up-code"[^>]*>${code}<`));
    assert.equal((await t.app.inject({ url: relay })).statusCode, 410, 'the switch works once');
    assert.equal((await t.app.inject({ url: location })).statusCode, 410);
  });

  it('seals confirmations: the database holds neither the id nor the follow-up code', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    const location = String((await send(csrf)).headers.location);
    const id = /\/report\/done\/([\w-]+)/.exec(location)?.[1] as string;
    const rows = await t.ctx.db.selectFrom('report_receipt').selectAll().execute();
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.notEqual(row.id_hash, id);
      assert.doesNotMatch(row.sealed.toString('latin1'), /\d{3}-\d{3}-\d{4}|[0-9A-Z]{4}-[0-9A-Z]{4}-/);
    }
    assert.equal((await t.app.inject({ url: '/report/done/not-an-id' })).statusCode, 410);
  });

  it('forgets confirmations nobody came to see after an hour', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=child_trafficking&lang=en' })).body);
    await send(csrf);
    const waiting = await t.ctx.db.selectFrom('report_receipt').select('id_hash').execute();
    assert.ok(waiting.length > 0);
    await t.ctx.db
      .updateTable('report_receipt')
      .set({ expires_at: new Date(Date.UTC(2000, 0, 1)) })
      .execute();
    assert.equal(await t.ctx.intake.purgeReceipts(), waiting.length);
  });
});
