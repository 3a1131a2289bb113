import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { plantConfirmed } from './blocklist.test-helpers.ts';

// A site owner appeals through the public form (no script, a signed token, same-site only); the
// analysts see it, uphold it, and the entry leaves the list at the next version.

let t: Awaited<ReturnType<typeof createTestApp>>;
const form = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

before(async () => {
  t = await createTestApp({ VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0' });
});
after(() => t?.close());

const tokenOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
const encode = (values: Record<string, string>) => new URLSearchParams(values).toString();

test('an upheld appeal takes the entry off the list; the form is bilingual and refuses forged posts', async () => {
  await plantConfirmed(t.ctx, ['https://shop.example.test/item/7.jpg']);
  const analysts = [await createStaffSession(t.ctx, 'analyst'), await createStaffSession(t.ctx, 'analyst')];
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/blocklist/entries',
    headers: analysts[0]!.headers,
    payload: { urls: ['https://shop.example.test/item/7.jpg'] },
  });
  const id = created.json().entries[0].id as string;
  for (const a of analysts)
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/blocklist/entries/${id}/approve`,
      headers: a.headers,
      payload: {},
    });
  await t.drain();
  assert.equal((await t.ctx.blocklistFeed.versions()).current, 1);

  const fr = await t.app.inject({ method: 'GET', url: '/blocklist/appeal?lang=fr' });
  assert.equal(fr.statusCode, 200);
  assert.match(fr.body, /<html lang="fr">/);
  assert.match(fr.body, /Contester un blocage/);
  assert.doesNotMatch(fr.body, /<script/);
  const page = await t.app.inject({ method: 'GET', url: '/blocklist/appeal', headers: { 'accept-language': 'en' } });
  const csrf = tokenOf(page.body);
  assert.ok(csrf);
  const values = {
    lang: 'en',
    csrf,
    address: 'http://shop.example.test/item/7.jpg',
    contact: 'owner@shop.example.test',
    reason: 'The item was deleted and the shop changed hands.',
  };

  const crossSite = await t.app.inject({
    method: 'POST',
    url: '/blocklist/appeal',
    headers: { ...form, 'sec-fetch-site': 'cross-site' },
    payload: encode(values),
  });
  assert.equal(crossSite.statusCode, 403);
  const forged = await t.app.inject({
    method: 'POST',
    url: '/blocklist/appeal',
    headers: form,
    payload: encode({ ...values, csrf: 'x.y.z' }),
  });
  assert.equal(forged.statusCode, 400);
  const incomplete = await t.app.inject({
    method: 'POST',
    url: '/blocklist/appeal',
    headers: form,
    payload: encode({ ...values, contact: 'nobody' }),
  });
  assert.equal(incomplete.statusCode, 400);
  assert.match(incomplete.body, /value="http:\/\/shop\.example\.test\/item\/7\.jpg"/, 'what was typed is kept');
  assert.equal((await t.ctx.db.selectFrom('blocklist_appeal').select('id').execute()).length, 0);

  const sent = await t.app.inject({ method: 'POST', url: '/blocklist/appeal', headers: form, payload: encode(values) });
  assert.equal(sent.statusCode, 200);
  assert.match(sent.body, /your appeal is with our analysts/);
  // An address that is not listed gets the very same answer: the form reveals nothing of the list.
  const unlisted = await t.app.inject({
    method: 'POST',
    url: '/blocklist/appeal',
    headers: form,
    payload: encode({ ...values, csrf: tokenOf(page.body), address: 'elsewhere.example.test' }),
  });
  assert.equal(unlisted.statusCode, 200);
  assert.match(unlisted.body, /your appeal is with our analysts/);

  const list = await t.app.inject({
    method: 'GET',
    url: '/api/v1/blocklist/appeals?state=open',
    headers: analysts[1]!.headers,
  });
  const appeals = list.json().appeals as Array<{ id: string; entryId: string | null; address: string }>;
  assert.equal(appeals.length, 2);
  const linked = appeals.find((a) => a.entryId === id)!;
  assert.ok(linked, 'the appeal names the listed entry');
  assert.equal(appeals.find((a) => a !== linked)!.entryId, null);

  const decided = await t.app.inject({
    method: 'POST',
    url: `/api/v1/blocklist/appeals/${linked.id}/decision`,
    headers: analysts[1]!.headers,
    payload: { outcome: 'upheld', note: 'Re-checked: the shop sells garden tools now.' },
  });
  assert.equal(decided.statusCode, 200, decided.body);
  assert.equal(decided.json().state, 'upheld');
  assert.equal(decided.json().entryState, 'delisted');
  const twice = await t.app.inject({
    method: 'POST',
    url: `/api/v1/blocklist/appeals/${linked.id}/decision`,
    headers: analysts[1]!.headers,
    payload: { outcome: 'rejected', note: 'again' },
  });
  assert.equal(twice.statusCode, 409);
  await t.drain();
  const versions = await t.ctx.blocklistFeed.versions();
  assert.deepEqual([versions.current, versions.versions[0]!.removed, versions.versions[0]!.entries], [2, 1, 0]);
  const entry = await t.app.inject({
    method: 'GET',
    url: `/api/v1/blocklist/entries/${id}`,
    headers: analysts[0]!.headers,
  });
  assert.equal(entry.json().delistedReason, 'appeal');
  assert.deepEqual(
    entry.json().events.map((e: { kind: string }) => e.kind),
    ['nominated', 'approved', 'approved', 'listed', 'appealed', 'appeal_upheld', 'delisted'],
  );
});
