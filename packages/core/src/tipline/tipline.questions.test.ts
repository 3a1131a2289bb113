import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { form, formHeaders, tokenOf } from './tipline.test-helpers.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('what the form asks, and what the answers change', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const file = async (type: string, fields: Record<string, string>) => {
    const csrf = tokenOf((await t.app.inject({ url: `/report?type=${type}&lang=en` })).body);
    const res = await t.app.inject({
      method: 'POST',
      url: `/report?type=${type}&lang=en`,
      headers: formHeaders,
      payload: form({ csrf, ...fields }),
    });
    assert.equal(res.statusCode, 303, res.body);
    const done = await t.app.inject({ url: String(res.headers.location) });
    const number = /id="report-number"[^>]*>([^<]+)</.exec(done.body)?.[1] as string;
    const row = await t.ctx.db
      .selectFrom('report')
      .selectAll()
      .where('report_number', '=', number)
      .executeTakeFirstOrThrow();
    return { done: done.body, row };
  };

  it('tells a parent who answers "happening now: yes" to call the emergency number, before and after', async () => {
    const page = (await t.app.inject({ url: '/report?type=child_sexual_abuse_material&lang=en' })).body;
    assert.match(page, /id="now-0" name="now" value="yes" aria-describedby="now-yes-notice"/);
    assert.match(page, /id="now-yes-notice">Call <a class="tel" href="tel:911">911<\/a> now, before you finish/);
    assert.ok(page.indexOf('name="now"') < page.indexOf('name="urls"'), 'the first question of the form');
    const again = await t.app.inject({
      method: 'POST',
      url: '/report?type=luring&lang=en',
      headers: formHeaders,
      payload: form({ csrf: tokenOf(page), now: 'yes', urls: 'not a url' }),
    });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /A child is in danger now: call <a class="tel" href="tel:911">911<\/a>/);
    const { done, row } = await file('luring', { now: 'yes', description: 'He is outside her school now' });
    assert.match(done, /Call <a class="tel" href="tel:911">911<\/a> now if you have not/);
    assert.equal(row.happening_now, true);
    const calm = await file('luring', { now: 'no', description: 'Last month', suspect_names: 'x', victim_age: '9' });
    assert.doesNotMatch(calm.done, /now if you have not/);
    await t.drain();
    const queue = await t.ctx.db
      .selectFrom('triage_entry')
      .select('report_id')
      .orderBy('priority', 'desc')
      .orderBy('received_at')
      .execute();
    assert.equal(queue[0]?.report_id, row.id, 'first in the analysts’ queue');
  });

  it('asks the questions of each type, and stores the answers', async () => {
    const luring = (await t.app.inject({ url: '/report?type=luring&lang=en' })).body;
    for (const name of ['meeting_planned', 'meeting', 'images', 'threats', 'money'])
      assert.match(luring, new RegExp(`name="${name}"`), name);
    const tourism = (await t.app.inject({ url: '/report?type=sex_tourism&lang=en' })).body;
    assert.match(tourism, /name="meeting_planned"/);
    assert.doesNotMatch(tourism, /name="money"/);
    const { row } = await file('luring', {
      description: 'Asked my son to meet',
      meeting_planned: 'yes',
      meeting: 'Saturday at the mall',
      images: 'yes',
      threats: 'unknown',
      money: 'no',
    });
    assert.deepEqual(row.incident, {
      meetingPlanned: true,
      meeting: 'Saturday at the mall',
      imagesExchanged: true,
      moneyDemanded: false,
    });
    assert.ok(row.priority >= 200, 'a planned meeting ranks as harm close');
  });

  it('offers "something else, or not sure" and files it', async () => {
    const chooser = (await t.app.inject({ url: '/report?lang=fr' })).body;
    assert.match(chooser, /value="other"[^>]*><label for="type-8">Autre chose, ou je ne sais pas<\/label>/);
    const { row } = await file('other', { description: 'A neighbour films children in the park' });
    assert.equal(row.type, 'other');
  });

  it('helps a teenager whose own picture is shared, and does not rank that report last', async () => {
    const page = (await t.app.inject({ url: '/report?type=non_consensual_intimate_images&lang=en' })).body;
    assert.match(page, /Is it a picture or video of you\?/);
    assert.match(page, /You are not in trouble/);
    assert.match(page, /href="tel:18006686868"/);
    assert.match(page, /<label for="reporter_is_victim">It is a picture or video of me \(I am under 18\)/);
    const { done, row } = await file('non_consensual_intimate_images', {
      description: 'My ex shares a photo of me',
      reporter_is_victim: 'yes',
      threats: 'yes',
    });
    assert.match(done, /Talk to someone/);
    assert.match(done, /href="tel:18006686868"/);
    const other = await file('child_sexual_abuse_material', { description: 'x', victim_age: '10' });
    assert.ok(row.priority > other.row.priority);
  });

  it('asks, rather than dropping them, about contact details typed by someone who stays anonymous', async () => {
    const csrf = tokenOf((await t.app.inject({ url: '/report?type=luring&lang=en' })).body);
    const fields = {
      csrf,
      description: 'A man messages my daughter',
      anonymous: 'yes',
      contact_email: 'mum@example.org',
    };
    const post = (extra: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/report?type=luring&lang=en',
        headers: formHeaders,
        payload: form({ ...fields, ...extra }),
      });
    const asked = await post({});
    assert.equal(asked.statusCode, 400);
    assert.match(asked.body, /You chose to stay anonymous, but you typed contact details/);
    assert.match(asked.body, /<a href="#contact_choice-0">Choose whether we keep/);
    assert.match(asked.body, /value="mum@example.org"/);
    const shared = await post({ contact_choice: 'share' });
    assert.equal(shared.statusCode, 303);
    const number = /id="report-number"[^>]*>([^<]+)</.exec(
      (await t.app.inject({ url: String(shared.headers.location) })).body,
    )?.[1] as string;
    const row = await t.ctx.db
      .selectFrom('report')
      .select(['anonymous', 'contact_ciphertext'])
      .where('report_number', '=', number)
      .executeTakeFirstOrThrow();
    assert.equal(row.anonymous, false);
    assert.ok(row.contact_ciphertext);

    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: { type: 'luring', description: 'x', anonymous: true, reporter: { contact: { email: 'a@example.org' } } },
    });
    assert.equal(api.statusCode, 400);
    assert.deepEqual(api.json().error.details, [{ path: 'anonymous', code: 'contact_with_anonymous' }]);
  });

  it('drops the details when the reporter says so', async () => {
    const { row } = await file('luring', {
      description: 'x',
      anonymous: 'yes',
      contact_phone: '514 555 0100',
      contact_choice: 'drop',
    });
    assert.equal(row.anonymous, true);
    assert.equal(row.contact_ciphertext, null);
  });
});
