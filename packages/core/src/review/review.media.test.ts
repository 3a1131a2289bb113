import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { checkerboard, plantMedia, testVideo, userIdOf, type PlantedMedia } from './review.test-helpers.ts';

// Safe media review's previews, reveals and display settings: unknown media only ever as a
// server-made derivative (downscaled, blurred, greyscale by default, never cached), known media
// never rendered at all, each reveal audited with its duration, and an analyst's settings only
// within what the supervisors' policy allows.

let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let supervisor: StaffSession;
let administrator: StaffSession;
let verifier: StaffSession;
let image: PlantedMedia;
let colourful: PlantedMedia;
let known: PlantedMedia;
const page = 'http://pictures.example.test/gallery/';

/** Decoded pixels: how much neighbouring pixels differ (edges) and whether there is any colour. */
async function look(bytes: Buffer) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  let edges = 0;
  let colour = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x + 1 < info.width; x++) {
      const o = (y * info.width + x) * info.channels;
      edges += Math.abs(data[o]! - data[o + info.channels]!);
      if (info.channels >= 3)
        colour = Math.max(colour, Math.abs(data[o]! - data[o + 1]!), Math.abs(data[o]! - data[o + 2]!));
    }
  return { width: info.width, height: info.height, edges: edges / (info.height * (info.width - 1)), colour };
}

before(async () => {
  t = await createTestApp({ VIGIE_REVIEW_PREVIEW_PIXELS: '128', VIGIE_REVIEW_REVEAL_PIXELS: '320' });
  analyst = await createStaffSession(t.ctx, 'analyst');
  supervisor = await createStaffSession(t.ctx, 'supervisor');
  administrator = await createStaffSession(t.ctx, 'administrator');
  verifier = await createStaffSession(t.ctx, 'verifier');
  image = await plantMedia(t.ctx, await checkerboard(1), { pageUrl: page });
  colourful = await plantMedia(t.ctx, await checkerboard(2), { pageUrl: page });
  known = await plantMedia(t.ctx, await checkerboard(3), { pageUrl: page, queued: false });
  const bank = await t.ctx.hashbank.createBank('KNOWN', {}, cliActor);
  const [entryId] = await t.ctx.hashbank.addEntries(
    [
      {
        bankId: bank.id,
        signals: { sha256: known.sha256 },
        labels: { ageBand: 'prepubescent', activity: 'sexual_posing' },
      },
    ],
    cliActor,
    { action: 'test.bank-filled' },
  );
  await t.ctx.db
    .updateTable('media')
    .set({
      state: 'known',
      entry_id: String(entryId),
      bank_id: bank.id,
      age_band: 'prepubescent',
      activity: 'sexual_posing',
    })
    .where('sha256', '=', known.sha256)
    .execute();
});
after(() => t.close());

test('a preview is a small, blurred, greyscale JPEG made by the server, never cached', async () => {
  const original = await look(image.bytes);
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${image.sha256}/preview`,
    headers: analyst.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.headers['content-type'], 'image/jpeg');
  assert.match(String(response.headers['cache-control']), /no-store/);
  const preview = await look(response.rawPayload);
  assert.notDeepEqual(response.rawPayload, image.bytes);
  assert.ok(Math.max(preview.width, preview.height) <= 128, `${preview.width}x${preview.height}`);
  assert.equal(preview.colour, 0, 'greyscale');
  assert.ok(original.edges > 20, `the original is all edges (${original.edges})`);
  assert.ok(preview.edges < 5, `the preview is blurred (${preview.edges})`);
});

test('known media is never rendered: it answers with its classification', async () => {
  const refused = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${known.sha256}/preview`,
    headers: analyst.headers,
  });
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.code, 'REVIEW_MEDIA_CLASSIFIED');
  const reveal = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${known.sha256}/reveal`,
    headers: analyst.headers,
  });
  assert.equal(reveal.json().error.code, 'REVIEW_MEDIA_CLASSIFIED');
  const state = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${known.sha256}/review`,
    headers: analyst.headers,
  });
  assert.equal(state.statusCode, 200, state.body);
  assert.equal(state.json().status, 'classified');
  assert.equal(state.json().classification.ageBand, 'prepubescent');
  assert.equal(state.json().classification.activity, 'sexual_posing');
  assert.equal(state.json().classification.bank, 'KNOWN');
  const unknown = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${image.sha256}/review`,
    headers: analyst.headers,
  });
  assert.equal(unknown.json().status, 'reviewable');
  assert.equal(unknown.json().classification, null);
});

test('a reveal is a sharper derivative, never the original, audited with who, what and how long', async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${image.sha256}/reveal`,
    headers: analyst.headers,
  });
  assert.equal(response.statusCode, 201, response.body);
  assert.match(String(response.headers['cache-control']), /no-store/);
  const body = response.json();
  const bytes = Buffer.from(body.data, 'base64');
  const revealed = await look(bytes);
  assert.ok(Math.max(revealed.width, revealed.height) <= 320, `${revealed.width}x${revealed.height}`);
  assert.ok(revealed.edges > 10, `not blurred (${revealed.edges})`);
  assert.notDeepEqual(bytes, image.bytes);
  const userId = await userIdOf(t.ctx, analyst.email);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select(['actor_id', 'subject_id', 'details'])
    .where('action', '=', 'review.media-revealed')
    .execute();
  assert.deepEqual(audited, [{ actor_id: userId, subject_id: image.sha256, details: { revealId: body.revealId } }]);

  const ended = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${image.sha256}/reveal/${body.revealId}/end`,
    headers: analyst.headers,
    payload: { durationSeconds: 0.5 },
  });
  assert.equal(ended.statusCode, 200, ended.body);
  const end = await t.ctx.db
    .selectFrom('audit_event')
    .select(['subject_id', 'details'])
    .where('action', '=', 'review.reveal-ended')
    .executeTakeFirstOrThrow();
  assert.equal(end.subject_id, image.sha256);
  assert.equal((end.details as { revealId: string }).revealId, body.revealId);
  // Never more than has really passed since the reveal started.
  assert.ok((end.details as { durationMs: number }).durationMs <= 500);

  const someoneElse = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${image.sha256}/reveal/${body.revealId}/end`,
    headers: supervisor.headers,
    payload: {},
  });
  assert.equal(someoneElse.json().error.code, 'REVIEW_REVEAL_NOT_FOUND');
});

test('one reveal at a time: a new reveal ends the previous one', async () => {
  const first = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${image.sha256}/reveal`,
    headers: analyst.headers,
  });
  const second = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${colourful.sha256}/reveal`,
    headers: analyst.headers,
  });
  assert.equal(second.statusCode, 201);
  const open = await t.ctx.db
    .selectFrom('review_reveal')
    .select('id')
    .where('user_id', '=', await userIdOf(t.ctx, analyst.email))
    .where('ended_at', 'is', null)
    .execute();
  assert.deepEqual(
    open.map((r) => r.id),
    [second.json().revealId],
  );
  assert.notEqual(first.json().revealId, second.json().revealId);
});

test('a video is a strip of still pictures, never a video', async () => {
  const video = await plantMedia(t.ctx, await testVideo(), { pageUrl: page, kind: 'video' });
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${video.sha256}/preview`,
    headers: analyst.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.headers['content-type'], 'image/jpeg');
  const strip = await look(response.rawPayload);
  // Six stills side by side, each inside the preview size.
  assert.ok(strip.width >= strip.height * 5, `${strip.width}x${strip.height}`);
  assert.equal(strip.colour, 0);
});

test('settings: analysts choose within the policy; supervisors set the policy', async () => {
  const view = await t.app.inject({ method: 'GET', url: '/api/v1/review/settings', headers: analyst.headers });
  assert.equal(view.statusCode, 200, view.body);
  assert.deepEqual(view.json().settings, { blur: true, greyscale: true, hoverPeek: false, videoMode: 'stills' });
  assert.equal(view.json().policy.allowUnblurred, false);

  const unblur = { method: 'PUT' as const, url: '/api/v1/review/settings', payload: { blur: false } };
  const refused = await t.app.inject({ ...unblur, headers: analyst.headers });
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json().error.code, 'REVIEW_SETTING_NOT_ALLOWED');
  const peek = await t.app.inject({ ...unblur, payload: { hoverPeek: true }, headers: analyst.headers });
  assert.equal(peek.json().error.code, 'REVIEW_SETTING_NOT_ALLOWED');

  const policy = { method: 'PUT' as const, url: '/api/v1/review/policy', payload: { allowUnblurred: true } };
  assert.equal((await t.app.inject({ ...policy, headers: analyst.headers })).statusCode, 403);
  assert.equal((await t.app.inject({ ...policy, headers: verifier.headers })).statusCode, 403);
  const invalid = await t.app.inject({
    ...policy,
    payload: { softLimitMinutes: 90, hardLimitMinutes: 60 },
    headers: supervisor.headers,
  });
  assert.equal(invalid.json().error.code, 'REVIEW_POLICY_INVALID');
  const allowed = await t.app.inject({ ...policy, headers: supervisor.headers });
  assert.equal(allowed.statusCode, 200, allowed.body);
  assert.equal(allowed.json().allowUnblurred, true);

  const chosen = await t.app.inject({
    ...unblur,
    payload: { blur: false, greyscale: false },
    headers: analyst.headers,
  });
  assert.equal(chosen.statusCode, 200, chosen.body);
  assert.equal(chosen.json().settings.blur, false);
  const sharpPreview = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${colourful.sha256}/preview`,
    headers: analyst.headers,
  });
  const seen = await look(sharpPreview.rawPayload);
  assert.ok(seen.edges > 10, `unblurred as chosen (${seen.edges})`);
  assert.ok(seen.colour > 50, `in colour as chosen (${seen.colour})`);
  // Another analyst keeps the defaults.
  const other = await createStaffSession(t.ctx, 'analyst');
  const theirs = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${colourful.sha256}/preview`,
    headers: other.headers,
  });
  assert.ok((await look(theirs.rawPayload)).edges < 5);

  // The policy withdraws the choice: the analyst's preview is blurred again, whatever they chose.
  await t.app.inject({ ...policy, payload: { allowUnblurred: false }, headers: supervisor.headers });
  const after = await t.app.inject({ method: 'GET', url: '/api/v1/review/settings', headers: analyst.headers });
  assert.equal(after.json().settings.blur, true);
  const blurredAgain = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${colourful.sha256}/preview`,
    headers: analyst.headers,
  });
  assert.ok((await look(blurredAgain.rawPayload)).edges < 5);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('action', 'in', ['review.settings-changed', 'review.policy-changed'])
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.action),
    ['review.policy-changed', 'review.settings-changed', 'review.policy-changed'],
  );
});

test('installation defaults: supervisors change what every analyst starts from, within the policy; a reset goes back', async () => {
  const url = '/api/v1/review/defaults';
  const read = await t.app.inject({ url, headers: supervisor.headers });
  assert.equal(read.statusCode, 200, read.body);
  assert.equal(read.json().changed, false);
  assert.deepEqual(read.json().defaults, read.json().environment);
  assert.equal((await t.app.inject({ url, headers: analyst.headers })).statusCode, 403);
  const put = (payload: object, headers = supervisor.headers) => t.app.inject({ method: 'PUT', url, headers, payload });
  assert.equal((await put({ videoMode: 'poster' }, analyst.headers)).statusCode, 403);

  // A new analyst (no choices of their own) starts from the new defaults, within the policy.
  const changed = await put({ videoMode: 'poster', blur: false });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.deepEqual(changed.json().defaults, { blur: false, greyscale: true, hoverPeek: false, videoMode: 'poster' });
  assert.equal(changed.json().changed, true);
  const newcomer = await createStaffSession(t.ctx, 'analyst');
  const theirs = await t.app.inject({ url: '/api/v1/review/settings', headers: newcomer.headers });
  assert.equal(theirs.json().settings.videoMode, 'poster');
  assert.equal(theirs.json().policy.allowUnblurred, false);
  assert.equal(theirs.json().settings.blur, true, 'the policy does not allow unblurred previews: blurred still');
  assert.equal(theirs.json().defaults.videoMode, 'poster');

  const reset = await t.app.inject({ method: 'DELETE', url, headers: supervisor.headers });
  assert.equal(reset.statusCode, 200, reset.body);
  assert.equal(reset.json().changed, false);
  assert.deepEqual(reset.json().defaults, reset.json().environment);
  const back = await t.app.inject({ url: '/api/v1/review/settings', headers: newcomer.headers });
  assert.equal(back.json().settings.videoMode, 'stills');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'review.defaults-changed')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.details),
    [{ blur: false, greyscale: true, hoverPeek: false, videoMode: 'poster' }, { reset: true }],
  );
});

test('media and settings only to signed-in staff with a review role; never to an API key', async () => {
  const { key } = await t.ctx.access.createApiKey({ organisation: 'Provider', scopes: ['hashes:read'] }, cliActor);
  for (const url of [
    `/api/v1/media/${image.sha256}/preview`,
    `/api/v1/media/${image.sha256}/review`,
    '/api/v1/review/settings',
  ]) {
    assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401, url);
    const keyed = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    assert.equal(keyed.statusCode, 403, url);
    // Administrators may do what any staff role may (the access guard's rule).
    assert.equal((await t.app.inject({ method: 'GET', url, headers: administrator.headers })).statusCode, 200, url);
  }
});
