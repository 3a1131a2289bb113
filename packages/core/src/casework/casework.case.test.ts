import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createStaffSession,
  createTestApp,
  startMailServer,
  startTestWeb,
  type MailServer,
  type TestWeb,
} from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import type { RecipientResolver } from '../notices/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { CaseActionSinks, CaseActor } from './casework.types.ts';

// A whole case: a report taken by phone names a page the server captured (a known image and
// unknown ones on it); the case page shows the capture, the media with what the bank knows, the
// sanitised page, related reports and the history; contact details only to the claim holder
// (audited); then every decision, each carried by its channel: the sinks, a notice, an e-mail.

let web: TestWeb;
let mail: MailServer;
let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: CaseActor;
let other: CaseActor;
let supervisor: CaseActor;
let analystHeaders: Record<string, string>;
const sinkCalls: string[] = [];
const sinks: CaseActionSinks = {
  forward: async (_trx, input) => void sinkCalls.push(`forward:${input.recipientId}:${input.decisionId}`),
  nominateForBlocklist: async (_trx, input) => void sinkCalls.push(`blocklist:${input.urls.join(',')}`),
};
const everyone: RecipientResolver = {
  resolve: async ({ url }) => ({
    key: new URL(url).hostname,
    name: 'Provider',
    relationship: 'hosts',
    language: 'en',
    batchMinutes: 0,
    country: 'CA',
    asn: 64500,
    xarf: false,
    contacts: [{ channel: 'email', address: 'abuse@provider.example' }],
  }),
};
let pageUrl: string;
let knownSha: string;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (isAppError(error) ? error.code : String(error)),
  );

async function staff(role: 'analyst' | 'supervisor') {
  const session = await createStaffSession(t.ctx, role);
  const principal = await t.ctx.access.authenticateSession(session.cookie.split('=')[1] as string);
  const actor: CaseActor = { staffId: principal!.kind === 'staff' ? principal!.userId : '', role, address: null };
  return { actor, headers: session.headers };
}

before(async () => {
  web = await startTestWeb({ seed: 11, sites: 2, pagesPerSite: 4, mediaPerPage: 4, linksPerPage: 2, knownShare: 0.3 });
  mail = await startMailServer();
  t = await createTestApp(
    {
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
      VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline <reports@hotline.example>',
      VIGIE_NOTICE_ORGANISATION: '{"en": "Example Hotline", "fr": "Ligne Exemple"}',
    },
    { recipientResolver: everyone, caseActionSinks: sinks } as never,
  );
  const bank = await t.ctx.hashbank.createBank('KNOWN', {}, cliActor);
  const entries = [];
  for (const media of web.manifest.known.filter((m) => m.kind === 'image'))
    entries.push({
      bankId: bank.id,
      signals: await t.ctx.hashbank.hashMedia(web.bytesOf(media.id), 'photo'),
      uses: ['notice_and_takedown' as const],
    });
  await t.ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  await t.ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  await t.ctx.hashbank.refresh();
  const known = web.manifest.known.find(
    (m) =>
      m.kind === 'image' &&
      m.references.some((r) => r.form === 'img-src' && !web.manifest.pages.find((p) => p.url === r.page)?.hasBase),
  )!;
  knownSha = known.sha256;
  pageUrl = known.references.find((r) => r.form === 'img-src')!.page;
  ({ actor: analyst, headers: analystHeaders } = await staff('analyst'));
  ({ actor: other } = await staff('analyst'));
  ({ actor: supervisor } = await staff('supervisor'));
});
after(async () => {
  await t?.close();
  await mail?.close();
  await web?.close();
});

let reportId: string;

test('the case page: the report, its capture, the media with what the bank knows, the sanitised page', async () => {
  ({ id: reportId } = await t.ctx.casework.submitStaffReport(
    {
      source: 'phone',
      language: 'fr',
      report: {
        type: 'other',
        urls: [pageUrl],
        description: 'appel reçu',
        anonymous: false,
        reporter: { contact: { name: 'R', email: 'reporter@example.test' } },
      },
    },
    analyst,
  ));
  const { id: sameUrl } = await t.ctx.casework.submitStaffReport(
    { source: 'email', language: 'en', report: { type: 'child_sexual_abuse_material', urls: [pageUrl] } },
    analyst,
  );
  await t.drain();
  await t.ctx.casework.claim(reportId, analyst);

  const page = await t.ctx.casework.page(reportId, analyst);
  assert.equal(page.report.source, 'phone');
  assert.equal(page.report.hasContact, true);
  assert.ok(!JSON.stringify(page).includes('reporter@example.test'), 'contact details are not on the page');
  const [capture] = page.captures;
  assert.ok(capture && capture.capture.status === 200 && capture.renderable);
  assert.ok(capture.capture.hops.every((h) => h.address.startsWith('127.')));
  const knownMedia = page.media.find((m) => m.sha256 === knownSha);
  assert.equal(knownMedia?.state, 'known');
  assert.ok(knownMedia.entryId && knownMedia.detections >= 1);
  const unknownMedia = page.media.filter((m) => m.state === 'unknown');
  assert.ok(page.related.some((r) => r.reportId === sameUrl && r.because.includes('same_url')));
  assert.ok(page.related.find((r) => r.reportId === sameUrl)!.because.includes('same_media'));
  const kinds = page.history.map((h) => h.kind);
  assert.ok(kinds.includes('report.received') && kinds.includes('queued') && kinds.includes('claimed'), kinds.join());

  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/cases/${reportId}/captures/${capture.capture.id}/page`,
    headers: analystHeaders,
  });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-security-policy']), /^default-src 'none'; img-src 'self';.*sandbox$/);
  assert.equal(response.headers['cache-control'], 'no-store');
  const html = response.body;
  assert.ok(!html.includes(knownSha), 'the known image is never offered, not even as a preview');
  assert.match(html, /known media/);
  for (const m of unknownMedia) assert.ok(html.includes(`/api/v1/media/${m.sha256}/preview`) || !m.urls.length);
  assert.doesNotMatch(html, /<script|\son[a-z]+=|https?:\/\/[^"\s<]*"|<iframe|<form/i);
  const elsewhere = await t.app.inject({
    method: 'GET',
    url: `/api/v1/cases/${sameUrl}/captures/00000000-0000-4000-8000-000000000000/page`,
    headers: analystHeaders,
  });
  assert.equal(elsewhere.statusCode, 404);
});

test('contact details: to the claim holder and supervisors, each view audited', async () => {
  assert.equal(await codeOf(t.ctx.casework.viewContact(reportId, other)), 'CASE_CLAIMED');
  const seen = await t.ctx.casework.viewContact(reportId, analyst);
  assert.equal(seen.contact?.email, 'reporter@example.test');
  const bySupervisor = await t.ctx.casework.viewContact(reportId, supervisor);
  assert.equal(bySupervisor.contact?.email, 'reporter@example.test');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('actor_id')
    .where('action', '=', 'case.contact-viewed')
    .where('subject_id', '=', reportId)
    .execute();
  assert.deepEqual(
    audited.map((a) => a.actor_id),
    [analyst.staffId, supervisor.staffId],
  );
});

test('decisions: classify, forward, notice, blocklist, reply, close, each recorded and carried', async () => {
  const classified = await t.ctx.casework.classify(reportId, analyst, 'child_sexual_abuse_material', 'seen');
  assert.equal(classified.case.type, 'child_sexual_abuse_material');
  assert.equal(classified.case.reportedType, 'other');
  assert.equal(classified.case.state, 'in_review');
  assert.deepEqual(classified.decision.details, {
    reportedType: 'other',
    type: 'child_sexual_abuse_material',
    confirmed: false,
  });

  const forwarded = await t.ctx.casework.forward(reportId, analyst, 'police-ca', null);
  assert.equal(forwarded.decision.state, 'queued');
  assert.deepEqual(sinkCalls, [`forward:police-ca:${forwarded.decision.id}`]);

  assert.equal(
    await codeOf(t.ctx.casework.nominateForBlocklist(reportId, analyst, ['http://elsewhere.example.test/'], null)),
    'CASE_URL_NOT_IN_REPORT',
  );
  await t.ctx.casework.nominateForBlocklist(reportId, analyst, [pageUrl], null);
  assert.equal(sinkCalls.at(-1), `blocklist:${pageUrl}`);

  const notice = await t.ctx.casework.requestNotice(reportId, analyst, null);
  const reply = await t.ctx.casework.reply(reportId, analyst, { template: 'thanks' }, null);
  assert.deepEqual(reply.decision.details, { template: 'thanks', language: 'fr' });
  await t.drain();

  const page = await t.ctx.casework.page(reportId, analyst);
  const state = (id: string) => page.decisions.find((d) => d.id === id)?.state;
  assert.equal(state(notice.decision.id), 'done');
  assert.equal(state(reply.decision.id), 'done');
  assert.equal(state(forwarded.decision.id), 'queued');
  const toReporter = mail.received.filter((m) => m.to.includes('reporter@example.test'));
  assert.equal(toReporter.length, 1);
  const number = page.report.reportNumber;
  assert.ok(toReporter[0]!.parsed.text?.includes(number), 'the reply names the report number');
  assert.match(toReporter[0]!.parsed.text ?? '', /Ligne Exemple/);
  assert.ok(
    mail.received.some((m) => m.to.includes('abuse@provider.example')),
    'the notice went to the provider',
  );
  assert.deepEqual(
    page.replies.map((r) => r.state),
    ['sent'],
  );

  const closed = await t.ctx.casework.close(reportId, analyst, 'actioned', null);
  assert.equal(closed.case.state, 'closed');
  assert.equal(closed.case.claim, null);
  assert.equal(await codeOf(t.ctx.casework.claim(reportId, analyst)), 'CASE_CLOSED');
  assert.equal(await codeOf(t.ctx.casework.reopen(reportId, analyst, null)), 'CASE_CLOSED');
  assert.equal((await t.ctx.casework.reopen(reportId, supervisor, 'more came in')).state, 'in_review');

  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'case.decided')
    .where('subject_id', '=', reportId)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.details.kind),
    ['classify', 'forward', 'nominate_blocklist', 'request_notice', 'educational_reply', 'close'],
  );
  assert.ok(!JSON.stringify(audited).includes('reporter@example.test'), 'the audit trail holds no contact details');
});

test('no reply without an e-mail address', async () => {
  const { id } = await t.ctx.casework.submitStaffReport(
    { source: 'phone', language: 'en', report: { type: 'luring', description: 'anonymous caller' } },
    analyst,
  );
  await t.drain();
  await t.ctx.casework.claim(id, analyst);
  assert.equal(await codeOf(t.ctx.casework.reply(id, analyst, { template: 'thanks' }, null)), 'CASE_NO_CONTACT');
  const notice = await t.ctx.casework.requestNotice(id, analyst, null);
  await t.drain();
  const page = await t.ctx.casework.page(id, analyst);
  assert.equal(page.decisions.find((d) => d.id === notice.decision.id)?.state, 'nothing_to_do');
});
