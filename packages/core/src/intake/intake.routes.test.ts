import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { cliActor, verifyAuditChain } from '@vigie/core';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('POST /api/v1/reports', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
  });
  after(async () => t.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: payload as object, headers });

  it('answers 201 with an id, a report number and a follow-up code, only once committed', async () => {
    const res = await post({
      type: 'luring',
      urls: ['https://chat.example.org/u/someone'],
      description: 'Asked a 12-year-old for photos',
      incident: { place: 'chat', happeningNow: true },
      suspect: { usernames: ['someone'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ['followUpCode', 'id', 'reportNumber']);
    assert.match(body.reportNumber, /^\d{3}-\d{3}-\d{4}$/);
    assert.match(body.followUpCode, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const row = await t.ctx.db.selectFrom('report').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.type, 'luring');
    assert.equal(row.anonymous, true);
    assert.equal(row.reporter_address, null, 'the address is not stored by default');
    assert.ok(row.priority >= 300, 'danger now and suspect information rank first');
    const audit = await t.ctx.db.selectFrom('audit_event').selectAll().where('subject_id', '=', body.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.action, 'report.received');
    const jobs = await t.ctx.db
      .selectFrom('graphile_worker.jobs' as never)
      .select(['task_identifier' as never])
      .execute();
    assert.deepEqual((jobs as Array<{ task_identifier: string }>).map((j) => j.task_identifier).sort(), [
      'intake.capture-url',
      'intake.triage-report',
    ]);
  });

  it('deduplicates URLs across reports and captures each once', async () => {
    const url = 'HTTPS://Dedup.Example.org:443/a/../page?x=1#frag';
    for (let i = 0; i < 5; i += 1)
      assert.equal(
        (await post({ type: 'child_sexual_abuse_material', urls: [url, 'https://dedup.example.org/page?x=1'] }))
          .statusCode,
        201,
      );
    const urls = await t.ctx.db
      .selectFrom('reported_url')
      .selectAll()
      .where('host', '=', 'dedup.example.org')
      .execute();
    assert.equal(urls.length, 1);
    assert.equal(urls[0]?.url, 'https://dedup.example.org/page?x=1');
    const links = await t.ctx.db.selectFrom('report_url').selectAll().where('url_id', '=', urls[0]!.id).execute();
    assert.equal(links.length, 5);
    await t.drain();
    const after = await t.ctx.db
      .selectFrom('reported_url')
      .select(['capture_state'])
      .where('id', '=', urls[0]!.id)
      .executeTakeFirstOrThrow();
    // Captured once (tests resolve no public name, so the capture records the failure as evidence).
    assert.equal(after.capture_state, 'capture_failed');
    const captures = await t.ctx.db.selectFrom('capture').selectAll().where('url_id', '=', urls[0]!.id).execute();
    assert.equal(captures.length, 1);
    assert.equal(captures[0]?.error_code, 'NET_FETCH_FAILED');
    const queued = await t.ctx.db
      .selectFrom('triage_entry')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const reports = await t.ctx.db
      .selectFrom('report')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(queued.n), Number(reports.n), 'every report is in the analyst queue');
  });

  it('refuses data: and blob: URLs and names the field', async () => {
    const res = await post({
      type: 'child_sexual_abuse_material',
      urls: ['https://ok.example.org/', 'data:image/png;base64,AAAA', 'blob:https://x.example.org/1'],
    });
    assert.equal(res.statusCode, 400);
    const error = res.json().error;
    assert.equal(error.code, 'INTAKE_REPORT_INVALID');
    assert.deepEqual(error.details, [
      { path: 'urls.1', code: 'url_embedded_data' },
      { path: 'urls.2', code: 'url_embedded_data' },
    ]);
  });

  it('enforces size limits and the URL cap in the schema', async () => {
    assert.equal((await post({ type: 'luring', description: 'x'.repeat(10_001) })).statusCode, 400);
    assert.equal(
      (await post({ type: 'luring', urls: Array.from({ length: 21 }, (_, i) => `https://e${i}.example.org/`) }))
        .statusCode,
      400,
    );
    assert.equal((await post({ type: 'not_a_type', description: 'x' })).statusCode, 400);
    assert.equal((await post({ type: 'luring' })).json().error.details[0].code, 'url_or_description_required');
  });

  it('refuses values of the wrong type instead of coercing them', async () => {
    const numbers = await post({ type: 'luring', urls: [1, 2] });
    assert.equal(numbers.statusCode, 400, numbers.body);
    assert.equal(numbers.json().error.code, 'INTAKE_REPORT_INVALID');
    assert.deepEqual(
      numbers.json().error.details.map((d: { path: string }) => d.path),
      ['urls.0', 'urls.1'],
    );
    assert.equal((await post({ type: 'luring', description: 5 })).statusCode, 400);
    assert.equal((await post({ type: 'luring', description: 'x', anonymous: 'false' })).statusCode, 400);
    const followUp = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/follow-up',
      payload: { followUpCode: 'AAAA-BBBB-CCCC-DDDD', information: 'x', urls: [1] },
    });
    assert.equal(followUp.statusCode, 400);
    assert.deepEqual(followUp.json().error.details, [{ path: 'urls.0', code: 'invalid' }]);
    const stored = await t.ctx.db.selectFrom('reported_url').select('url').where('url', 'like', '%0.0.0.%').execute();
    assert.deepEqual(stored, []);
  });

  it('encrypts contact details at rest', async () => {
    const res = await post({
      type: 'non_consensual_intimate_images',
      description: 'Photos shared in a class group',
      anonymous: false,
      reporter: { region: 'QC', contact: { name: 'Sam', email: 'sam@example.org' } },
    });
    assert.equal(res.statusCode, 201, res.body);
    const row = await t.ctx.db
      .selectFrom('report')
      .select(['contact_ciphertext'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.ok(row.contact_ciphertext);
    assert.ok(!row.contact_ciphertext.toString('latin1').includes('sam@example.org'));
    const exported = [];
    for await (const r of t.ctx.intake.exportReports({ includeContact: true })) exported.push(r);
    assert.deepEqual(exported.find((r) => r.id === res.json().id)?.reporter.contact, {
      name: 'Sam',
      email: 'sam@example.org',
    });
  });

  it('accepts a follow-up with the code and refuses a wrong code', async () => {
    const created = (await post({ type: 'child_trafficking', description: 'Ad on a classifieds site' })).json();
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/follow-up',
      payload: {
        followUpCode: created.followUpCode.toLowerCase().replaceAll('-', ' '),
        information: 'The ad moved',
        urls: ['https://ads.example.org/new'],
      },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().reportNumber, created.reportNumber);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/follow-up',
      payload: { followUpCode: 'AAAA-BBBB-CCCC-DDDD', information: 'x' },
    });
    assert.equal(wrong.statusCode, 404);
    const exported = [];
    for await (const r of t.ctx.intake.exportReports({})) if (r.id === created.id) exported.push(r);
    assert.equal(exported[0]?.followUps[0]?.information, 'The ad moved');
    assert.deepEqual(
      exported[0]?.urls.map((u) => u.url),
      ['https://ads.example.org/new'],
    );
    assert.deepEqual(await verifyAuditChain(t.ctx.db).then((v) => v.ok), true);
  });

  it('takes partner reports with an API key that has reports:submit, and refuses one without', async () => {
    const partner = await t.ctx.access.createApiKey(
      { organisation: 'Example police', kind: 'police', scopes: ['reports:submit'] },
      cliActor,
    );
    const other = await t.ctx.access.createApiKey(
      { organisation: 'Example host', kind: 'hosting_provider', scopes: ['hashes:read'] },
      cliActor,
    );
    const ok = await post({ type: 'luring', description: 'Referred case' }, { authorization: `Bearer ${partner.key}` });
    assert.equal(ok.statusCode, 201, ok.body);
    const row = await t.ctx.db
      .selectFrom('report')
      .select(['partner_organisation_id'])
      .where('id', '=', ok.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(row.partner_organisation_id, partner.organisationId);
    assert.equal(
      (await post({ type: 'luring', description: 'x' }, { authorization: `Bearer ${other.key}` })).statusCode,
      403,
    );
  });

  it('lets supervisors publish alerts that the public can list', async () => {
    const supervisor = await createStaffSession(t.ctx, 'supervisor');
    const analyst = await createStaffSession(t.ctx, 'analyst');
    const alert = {
      title: 'Sextortion on game chats',
      body: 'Watch for strangers asking to move to another app.',
      language: 'en',
    };
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/alerts', payload: alert, headers: analyst.headers }))
        .statusCode,
      403,
    );
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/alerts', payload: alert, headers: supervisor.headers }))
        .statusCode,
      201,
    );
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/alerts?language=en' })).json();
    assert.equal(listed[0].title, alert.title);
  });

  it('lets supervisors withdraw a published alert, which the public then no longer sees', async () => {
    const supervisor = await createStaffSession(t.ctx, 'supervisor');
    const analyst = await createStaffSession(t.ctx, 'analyst');
    const alert = { title: 'Alert to withdraw', body: 'Soon gone.', language: 'fr' };
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/alerts',
      payload: alert,
      headers: supervisor.headers,
    });
    const url = `/api/v1/alerts/${published.json().id}/withdraw`;
    assert.equal((await t.app.inject({ method: 'POST', url, payload: {}, headers: analyst.headers })).statusCode, 403);
    assert.equal(
      (await t.app.inject({ method: 'POST', url, payload: { reason: 'trend over' }, headers: supervisor.headers }))
        .statusCode,
      204,
    );
    assert.equal(
      (await t.app.inject({ method: 'POST', url, payload: { reason: 'trend over' }, headers: supervisor.headers }))
        .statusCode,
      404,
    );
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/alerts?language=fr' })).json();
    assert.equal(
      listed.some((a: { title: string }) => a.title === alert.title),
      false,
    );
    const page = (await t.app.inject({ url: '/alerts?lang=fr' })).body;
    assert.doesNotMatch(page, /Alert to withdraw/);
    const audit = await t.ctx.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'alert.withdrawn')
      .execute();
    assert.equal(audit.length, 1);
  });
});

describe('anonymous rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '3' });
  });
  after(async () => t.close());

  it('throttles a flood from one address without storing it', async () => {
    const codes = [];
    for (let i = 0; i < 6; i += 1)
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/reports',
            payload: { type: 'luring', description: `junk ${i}` },
          })
        ).statusCode,
      );
    assert.deepEqual(codes, [201, 201, 201, 429, 429, 429]);
    const stored = await t.ctx.db
      .selectFrom('report')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(stored.n), 3);
  });
});
