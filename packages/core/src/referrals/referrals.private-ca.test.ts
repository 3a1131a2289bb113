import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import {
  privateAuthority,
  recipient,
  selfSignedCertificate,
  startApiReceiver,
  submitReport,
  type ApiReceiver,
} from './referrals.test-helpers.ts';

// A recipient whose HTTPS API presents a certificate from its own private authority: the
// directory holds the authority, trusted for that recipient alone. The installation itself trusts
// nothing extra here, so only the recipient's authority can make the connection succeed.

let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let supervisor: StaffSession;
const authority = privateAuthority();
let api: ApiReceiver;

before(async () => {
  api = await startApiReceiver('/referrals', authority, '{}');
  t = await createTestApp({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8' });
  analyst = await createStaffSession(t.ctx, 'analyst');
  supervisor = await createStaffSession(t.ctx, 'supervisor');
});
after(async () => {
  await t?.close();
  await api?.close();
});

const addRecipient = (name: string, fields: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-recipients',
    headers: supervisor.headers,
    payload: recipient(name, { apiUrl: api.url, ...fields }),
  });

async function refer(recipientId: string) {
  const reportId = await submitReport(t.ctx);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: analyst.headers,
    payload: { reportId, recipientId, note: 'to a private authority' },
  });
  assert.equal(created.statusCode, 201, created.body);
  await t.drain();
  const id = created.json().referrals[0].id;
  return (await t.app.inject({ method: 'GET', url: `/api/v1/referrals/${id}`, headers: analyst.headers })).json();
}

test('a recipient with its private authority is reached through it, and the view describes the authority', async () => {
  const added = await addRecipient('Police with a private CA (test)', { apiCaCertificates: authority.ca });
  assert.equal(added.statusCode, 201, added.body);
  const expected = new X509Certificate(authority.ca);
  assert.deepEqual(added.json().apiCaCertificates, [
    {
      subject: 'CN=Police test authority',
      sha256Fingerprint: expected.fingerprint256,
      notAfter: new Date(expected.validTo).toISOString(),
    },
  ]);
  const before = api.posts.length;
  const view = await refer(added.json().id);
  assert.equal(view.state, 'sent', JSON.stringify(view.messages));
  assert.equal(api.posts.length, before + 1);
});

test('without the authority the same server is refused, and with it a server the authority did not issue is too', async () => {
  const plain = await addRecipient('Police without its CA (test)', {});
  assert.equal(plain.statusCode, 201, plain.body);
  const refused = await refer(plain.json().id);
  assert.notEqual(refused.state, 'sent');
  assert.match(refused.messages[0].attempts[0].detail ?? '', /certificate/i);

  const impostor = await startApiReceiver('/referrals', selfSignedCertificate());
  try {
    const pinned = await addRecipient('Police CA, impostor server (test)', {
      apiUrl: impostor.url,
      apiCaCertificates: authority.ca,
    });
    assert.equal(pinned.statusCode, 201, pinned.body);
    const view = await refer(pinned.json().id);
    assert.notEqual(view.state, 'sent');
    assert.equal(impostor.posts.length, 0, 'nothing reached a server the authority did not issue');
  } finally {
    await impostor.close();
  }
});

test('what cannot be an authority is refused with its reason; the authority can be removed again', async () => {
  const leaf = await addRecipient('Police leaf certificate (test)', { apiCaCertificates: authority.cert });
  assert.equal(leaf.statusCode, 400);
  assert.match(leaf.json().error.message, /apiCaCertificates: CN=127\.0\.0\.1 is not a certificate authority/);
  const garbage = await addRecipient('Police garbage (test)', { apiCaCertificates: 'not a certificate' });
  assert.equal(garbage.statusCode, 400);
  assert.match(garbage.json().error.message, /expected PEM certificates/);
  assert.equal(garbage.json().error.details[0].path, '/apiCaCertificates', 'the console can show it at its field');

  const added = await addRecipient('Police CA then public (test)', { apiCaCertificates: authority.ca });
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/referral-recipients/${added.json().id}`,
    headers: supervisor.headers,
    payload: { apiCaCertificates: null },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  assert.deepEqual(patched.json().apiCaCertificates, []);
});
