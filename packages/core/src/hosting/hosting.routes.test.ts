import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, startRdapServer, type RdapTestServer } from '@vigie/testkit';
import { fixture, installTestIpData } from './hosting.test-helpers.ts';

// The provider directory's API: supervisors change it (audited, the webhook secret written and
// never shown), analysts read it and look hosts up, bad entries get every problem at once.

let t: Awaited<ReturnType<typeof createTestApp>>;
let rdap: RdapTestServer;
let supervisor: Record<string, string>;
let analyst: Record<string, string>;

before(async () => {
  rdap = await startRdapServer({
    answers: {
      'ip/127.0.1.10': await fixture('ip_roles-combined_no-roles_duplicated.json'),
      'domain/masked.hosting-fixture': await fixture('domain_placeholders-only.json'),
    },
  });
  t = await createTestApp({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8', VIGIE_RDAP_BOOTSTRAP_DIR: rdap.bootstrapDir });
  await installTestIpData(t.config.dataDir, [['127.0.1.0', '127.0.1.255', 64501, 'Second Host', 'FR']]);
  supervisor = (await createStaffSession(t.ctx, 'supervisor')).headers;
  analyst = (await createStaffSession(t.ctx, 'analyst')).headers;
});
after(async () => {
  await t.close();
  await rdap.close();
});

const entry = {
  name: 'Second Host',
  contacts: ['abuse-team@second-host.hosting-fixture'],
  channel: 'webhook',
  webhookUrl: 'https://hooks.second-host.hosting-fixture/notices',
  webhookSecret: 'a-very-long-shared-secret-0123456789',
  language: 'FR',
  batching: 'hourly',
  domains: ['*.Second-Host.hosting-fixture.'],
  asns: [64501, 64501],
  networks: ['127.0.1.0/24'],
  notes: 'Prefers webhooks; French notices.',
};

test('a supervisor adds, changes and removes a provider; each change is audited without the secret', async () => {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/providers', payload: entry, headers: supervisor });
  assert.equal(created.statusCode, 201, created.body);
  const provider = created.json();
  assert.equal(provider.language, 'fr');
  assert.deepEqual(provider.domains, ['second-host.hosting-fixture']);
  assert.deepEqual(provider.asns, [64501]);
  assert.equal(provider.hasWebhookSecret, true);
  assert.doesNotMatch(created.body, /a-very-long-shared-secret/);

  const twice = await t.app.inject({
    method: 'POST',
    url: '/api/v1/providers',
    payload: { ...entry, name: 'SECOND HOST' },
    headers: supervisor,
  });
  assert.equal(twice.statusCode, 409);
  assert.equal(twice.json().error.code, 'HOSTING_PROVIDER_EXISTS');

  const changed = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/providers/${provider.id}`,
    payload: { channel: 'email', webhookSecret: null, batching: 'daily' },
    headers: supervisor,
  });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.deepEqual(
    [changed.json().channel, changed.json().batching, changed.json().hasWebhookSecret],
    ['email', 'daily', false],
  );
  const byName = await t.app.inject({ method: 'GET', url: '/api/v1/providers/second%20host', headers: analyst });
  assert.equal(byName.json().id, provider.id, 'found by name, whatever its case');

  const listed = await t.app.inject({ method: 'GET', url: '/api/v1/providers', headers: analyst });
  assert.deepEqual(
    listed.json().providers.map((p: { name: string }) => p.name),
    ['Second Host'],
  );

  const removed = await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/providers/${provider.id}`,
    headers: supervisor,
  });
  assert.equal(removed.statusCode, 204);
  const gone = await t.app.inject({ method: 'GET', url: `/api/v1/providers/${provider.id}`, headers: analyst });
  assert.equal(gone.statusCode, 404);
  assert.equal(gone.json().error.code, 'HOSTING_PROVIDER_NOT_FOUND');

  const events = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'subject_id', 'details'])
    .where('subject_type', '=', 'hosting_provider')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((e) => e.action),
    ['hosting.provider-added', 'hosting.provider-updated', 'hosting.provider-removed'],
  );
  assert.ok(events.every((e) => e.subject_id === provider.id));
  assert.deepEqual((events[1]!.details as { changed: string[] }).changed.sort(), [
    'batching',
    'channel',
    'webhookSecret',
  ]);
  assert.doesNotMatch(JSON.stringify(events), /a-very-long-shared-secret/);
});

test('a bad entry lists every problem; analysts may not change the directory', async () => {
  const bad = await t.app.inject({
    method: 'POST',
    url: '/api/v1/providers',
    payload: {
      name: 'Bad',
      contacts: ['abuse@example.com'],
      channel: 'webhook',
      networks: ['300.1.0.0/8'],
      domains: ['not a domain'],
    },
    headers: supervisor,
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'HOSTING_PROVIDER_INVALID');
  for (const problem of [
    /abuse@example\.com is refused/,
    /webhookUrl: required/,
    /300\.1\.0\.0\/8 is not a CIDR/,
    /not a domain is not a domain/,
  ])
    assert.match(bad.body, problem);
  assert.deepEqual(
    bad.json().error.details.map((d: { path: string }) => d.path),
    ['/contacts', '/webhookUrl', '/domains', '/networks'],
    'each problem at its field',
  );
  assert.match(bad.json().error.details[0].message, /^abuse@example\.com is refused/);
  const one = await t.ctx.hosting.directory.add({ name: 'One', contacts: ['a@one.hosting-fixture'] }, { type: 'cli' });
  await t.ctx.hosting.directory.add({ name: 'Two', contacts: ['a@two.hosting-fixture'] }, { type: 'cli' });
  const renamed = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/providers/${one.id}`,
    payload: { name: 'two' },
    headers: supervisor,
  });
  assert.equal(renamed.json().error.code, 'HOSTING_PROVIDER_EXISTS');
  const shortSecret = await t.ctx.hosting.directory
    .update('One', { webhookSecret: 'short' }, { type: 'cli' })
    .catch((error: { code: string }) => error.code);
  assert.equal(shortSecret, 'HOSTING_PROVIDER_INVALID', 'the CLI path is checked like the API');
  for (const name of ['One', 'Two']) await t.ctx.hosting.directory.remove(name, { type: 'cli' });
  const refused = await t.app.inject({ method: 'POST', url: '/api/v1/providers', payload: entry, headers: analyst });
  assert.equal(refused.statusCode, 403);
  const none = await t.app.inject({ method: 'GET', url: '/api/v1/providers' });
  assert.equal(none.statusCode, 401);
});

test('an analyst looks a URL up: the hosting facts and recipient, as the notice will use them', async () => {
  await t.ctx.hosting.directory.add(
    {
      name: 'Masked Blogs',
      contacts: ['safety@masked.hosting-fixture'],
      domains: ['masked.hosting-fixture'],
      language: 'de',
    },
    { type: 'cli' },
  );
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/hosting/lookup?url=${encodeURIComponent('http://127.0.1.10/img.jpg')}&pageUrl=${encodeURIComponent('http://blog.masked.hosting-fixture/')}`,
    headers: analyst,
  });
  assert.equal(response.statusCode, 200, response.body);
  const [media, page] = response.json().targets;
  assert.deepEqual([media.relationship, media.asn, media.holder, media.country], ['hosts', 64501, 'Second Host', 'FR']);
  assert.deepEqual(media.recipient.emails, ['abuse@second-host.hosting-fixture', 'ops@second-host.hosting-fixture']);
  assert.equal(page.relationship, 'links');
  assert.deepEqual([page.recipient.source, page.recipient.language], ['provider_directory', 'de']);
  const bad = await t.app.inject({ method: 'GET', url: '/api/v1/hosting/lookup?url=mailto:x', headers: analyst });
  assert.equal(bad.json().error.code, 'HOSTING_URL_INVALID');
});
