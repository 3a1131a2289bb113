import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import type { CaseActor } from '../casework/casework.types.ts';
import { emailRecipient, memoryResolver, plantDetections } from '../notices/notices.test-helpers.ts';
import { followUpScope } from '../rechecks/index.ts';
import { sampleFollowUp } from './notice-templates.samples.ts';

// The templates screen's API: administrators save (refused when the source does not compile
// against the names a notice is written with), reset and preview; supervisors read and preview;
// a notice written after a save uses the saved source.

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: Record<string, string>;
let supervisor: Record<string, string>;
let analyst: Record<string, string>;
const base = '/api/v1/notice-templates';

before(async () => {
  t = await createTestApp(
    { VIGIE_PUBLIC_URL: 'https://hotline.example.org' },
    { recipientResolver: memoryResolver({ 'files.example.org': emailRecipient('ex', 'abuse@example.org') }) },
  );
  admin = (await createStaffSession(t.ctx, 'administrator')).headers;
  supervisor = (await createStaffSession(t.ctx, 'supervisor')).headers;
  analyst = (await createStaffSession(t.ctx, 'analyst')).headers;
});
after(() => t?.close());

const put = (path: string, source: string, headers = admin) =>
  t.app.inject({ method: 'PUT', url: `${base}/${path}`, headers, payload: { source } });

test('the list has every template in every language, none overridden at first', async () => {
  const answer = await t.app.inject({ url: base, headers: supervisor });
  assert.equal(answer.statusCode, 200);
  const { templates } = answer.json();
  assert.equal(templates.length, 18);
  assert.ok(templates.every((x: { overridden: boolean }) => !x.overridden));
  const html = templates.find(
    (x: { name: string; language: string }) => x.name === 'notice-html' && x.language === 'fr',
  );
  assert.equal(html.format, 'html');
  const view = (await t.app.inject({ url: `${base}/notice-subject/en`, headers: supervisor })).json();
  assert.equal(view.source, view.defaultSource);
  assert.match(view.defaultSource, /\{\{noticeId\}\}/);
  assert.ok(view.names.includes('urls.url') && view.names.includes('organisation'));
});

test('a broken template is refused with its problem named, and nothing is saved', async () => {
  const typo = await put('notice-text/en', 'Dear {{recipientNmae}},\n');
  assert.equal(typo.statusCode, 400);
  assert.equal(typo.json().error.code, 'NOTICE_TEMPLATE_REFUSED');
  assert.match(typo.json().error.message, /unknown name \{\{recipientNmae\}\}/);
  // A typo in a branch the sample notice does not show (relationship "links") is refused too.
  const hidden = await put('notice-text/en', '{{#links}}{{orgnisation}}{{/links}}');
  assert.match(hidden.json().error.message, /unknown name \{\{orgnisation\}\}/);
  // An item's name outside its list is unknown.
  const outside = await put('notice-html/fr', '<p>{{sha256}}</p>');
  assert.match(outside.json().error.message, /notice-html \(fr\): unknown name \{\{sha256\}\}/);
  const unclosed = await put('notice-html/en', '<ul>{{#urls}}<li>{{url}}</li></ul>');
  assert.equal(unclosed.statusCode, 400);
  assert.match(unclosed.json().error.message, /\{\{#urls\}\} is not closed/);
  const unknown = await put('notice-body/en', 'x');
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().error.code, 'NOTICE_TEMPLATE_NOT_FOUND');
  assert.equal((await put('notice-text/de', 'x')).statusCode, 404);
  const list = (await t.app.inject({ url: base, headers: admin })).json();
  assert.ok(list.templates.every((x: { overridden: boolean }) => !x.overridden));
});

test('preview writes the sample notice with the unsaved source, HTML escaped', async () => {
  const preview = await t.app.inject({
    method: 'POST',
    url: `${base}/notice-html/en/preview`,
    headers: supervisor,
    payload: { source: '<p>{{recipientName}}</p>{{#urls}}<li>{{url}} {{classificationText}}</li>{{/urls}}' },
  });
  assert.equal(preview.statusCode, 200);
  const { subject, text, html } = preview.json();
  assert.match(html, /^<p>Example Hosting<\/p><li>https:\/\/files\.example\.org\/gallery\/a\.jpg prepubescent/);
  assert.match(subject, /^Removal notice 00000000-0000-4000-8000-000000000001/);
  assert.match(text, /https:\/\/hotline\.example\.org\/notices\/respond\/EXAMPLE-TOKEN/);
  const refused = await t.app.inject({
    method: 'POST',
    url: `${base}/follow-up-subject/fr/preview`,
    headers: supervisor,
    payload: { source: 'Rappel {{reminderNumbre}}' },
  });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.json().error.message, /unknown name \{\{reminderNumbre\}\}/);
  const followUp = await t.app.inject({
    method: 'POST',
    url: `${base}/follow-up-subject/fr/preview`,
    headers: supervisor,
    payload: { source: 'Rappel {{reminderNumber}} : {{noticeId}}' },
  });
  assert.equal(followUp.json().subject, 'Rappel 1 : 00000000-0000-4000-8000-000000000001');
  assert.equal((await t.app.inject({ url: base })).statusCode, 401);
});

test('a saved subject is what the next notice carries; a reset goes back to the file', async () => {
  const source = 'Takedown request {{noticeId}} from {{organisation}}';
  const saved = await put('notice-subject/en', source);
  assert.equal(saved.statusCode, 200);
  assert.equal(saved.json().source, source);
  assert.equal(saved.json().overridden, true);
  assert.match(saved.json().updatedBy, /^user:/);
  assert.equal((await put('notice-subject/en', source, supervisor)).statusCode, 403);
  assert.equal((await t.app.inject({ url: base, headers: analyst })).statusCode, 403);

  await plantDetections(t.ctx, [{ url: 'https://files.example.org/x.jpg' }]);
  await t.drain();
  const message = await t.ctx.db.selectFrom('outbox_message').select('bodies').executeTakeFirstOrThrow();
  const bodies = message.bodies as { email: { subject: string } };
  assert.match(bodies.email.subject, /^Takedown request [0-9a-f-]{36} from /);

  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'subject_id'])
    .where('subject_type', '=', 'notice_template')
    .execute();
  assert.deepEqual(audit, [{ action: 'notice-template.saved', subject_id: 'notice-subject.en' }]);

  const reset = await t.app.inject({ method: 'DELETE', url: `${base}/notice-subject/en`, headers: admin });
  assert.equal(reset.statusCode, 200);
  assert.equal(reset.json().overridden, false);
  assert.equal(reset.json().source, reset.json().defaultSource);
  const again = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('subject_type', '=', 'notice_template')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    again.map((a) => a.action),
    ['notice-template.saved', 'notice-template.reset'],
  );
  assert.equal(
    (await t.app.inject({ method: 'DELETE', url: `${base}/notice-subject/en`, headers: supervisor })).statusCode,
    403,
  );
});

test('a saved follow-up template is what reminders are written from, in its language only', async () => {
  const saved = await put('follow-up-subject/fr', 'Rappel n° {{reminderNumber}} : avis {{noticeId}}');
  assert.equal(saved.statusCode, 200);
  const context = { settings: t.ctx.config.notices, publicUrl: t.ctx.config.publicUrl };
  const templates = await t.ctx.noticeTemplates.followUps();
  const fr = followUpScope(context, sampleFollowUp('fr')).scope;
  assert.equal(templates.fr.subject(fr), 'Rappel n° 1 : avis 00000000-0000-4000-8000-000000000001');
  const en = followUpScope(context, sampleFollowUp('en')).scope;
  assert.doesNotMatch(templates.en.subject(en), /Rappel/);
  await t.app.inject({ method: 'DELETE', url: `${base}/follow-up-subject/fr`, headers: admin });
  assert.doesNotMatch((await t.ctx.noticeTemplates.followUps()).fr.subject(fr), /Rappel n°/);
});

test('a reply to reporters: refused without its subject line or with an unknown name; saved, the next reply says it', async () => {
  const noSubject = await put('reply-thanks/fr', 'Merci pour {{reportNumber}}\n');
  assert.equal(noSubject.statusCode, 400);
  assert.match(noSubject.json().error.message, /reply-thanks \(fr\): expected "Subject: \.\.\." then a blank line/);
  const typo = await put('reply-thanks/en', 'Subject: Thanks\n\nHello {{reporterName}}\n');
  assert.match(typo.json().error.message, /unknown name \{\{reporterName\}\}/);

  const view = (await t.app.inject({ url: `${base}/reply-not-illegal/fr`, headers: supervisor })).json();
  assert.deepEqual(view.names, ['reportNumber', 'hotline']);
  assert.equal(view.format, 'text');
  assert.match(view.defaultSource, /^Subject: /);

  const source = 'Subject: We have your report {{reportNumber}}\n\nThank you & goodbye.\n\n{{hotline}}\n';
  const preview = await t.app.inject({
    method: 'POST',
    url: `${base}/reply-thanks/en/preview`,
    headers: supervisor,
    payload: { source },
  });
  assert.equal(preview.statusCode, 200, preview.body);
  assert.equal(preview.json().subject, 'We have your report 123-456-789');
  assert.match(preview.json().html, /<p>Thank you &amp; goodbye\.<\/p>/);
  assert.equal((await put('reply-thanks/en', source)).statusCode, 200);

  const session = await createStaffSession(t.ctx, 'analyst');
  const principal = await t.ctx.access.authenticateSession(session.cookie.split('=')[1] as string);
  const actor: CaseActor = {
    staffId: principal!.kind === 'staff' ? principal!.userId : '',
    role: 'analyst',
    address: null,
  };
  const { id } = await t.ctx.casework.submitStaffReport(
    {
      source: 'phone',
      language: 'en',
      report: {
        type: 'other',
        urls: ['https://files.example.org/reply'],
        anonymous: false,
        reporter: { contact: { name: 'R', email: 'reporter@example.org' } },
      },
    },
    actor,
  );
  await t.drain(); // triaged: the report has its case
  await t.ctx.casework.claim(id, actor);
  await t.ctx.casework.reply(id, actor, { template: 'thanks' }, null);
  const message = await t.ctx.db
    .selectFrom('outbox_message')
    .select('bodies')
    .where('purpose', '=', 'case_reply')
    .executeTakeFirstOrThrow();
  const page = await t.ctx.casework.page(id, actor);
  assert.equal(
    (message.bodies as { email: { subject: string } }).email.subject,
    `We have your report ${page.report.reportNumber}`,
  );
});
