import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestContext, type TestContext } from '@vigie/testkit';
import type { CaseActor } from '../casework/index.ts';

// The casework feature's "nominate for the blocklist" decision, as the composition root wires it
// (no override): the decision's URLs become nominated entries carrying the report and decision,
// in the decision's own transaction, and the decision is done once they exist.

let t: TestContext;
const pageUrl = 'https://pages.example.test/gallery/1.html';

before(async () => {
  t = await createTestContext();
});
after(() => t?.close());

async function analyst(): Promise<CaseActor> {
  const session = await createStaffSession(t.ctx, 'analyst');
  const principal = await t.ctx.access.authenticateSession(session.cookie.split('=')[1] as string);
  assert.ok(principal?.kind === 'staff');
  return { staffId: principal.userId, role: 'analyst', address: null };
}

test("a case's blocklist decision nominates its URLs; two other analysts' approvals then decide the listing", async () => {
  const actor = await analyst();
  const { id: reportId } = await t.ctx.casework.submitStaffReport(
    { source: 'phone', language: 'en', report: { type: 'child_sexual_abuse_material', urls: [pageUrl] } },
    actor,
  );
  await t.drain();
  await t.ctx.casework.claim(reportId, actor);
  const { decision } = await t.ctx.casework.nominateForBlocklist(reportId, actor, [pageUrl], 'seen on the page');

  const entries = await t.ctx.blocklist.list({ state: 'nominated', limit: 10 });
  assert.equal(entries.length, 1);
  const [entry] = entries;
  assert.equal(entry!.value, 'pages.example.test/gallery/1.html');
  assert.equal(entry!.reportId, reportId);
  assert.equal(entry!.decisionId, decision.id);
  assert.equal(entry!.nominatedBy, actor.staffId);

  const page = await t.ctx.casework.page(reportId, actor);
  const carried = page.decisions.find((d) => d.id === decision.id);
  assert.equal(carried?.state, 'done', 'the decision is carried out once the entry exists');

  // The nominating analyst counts as one approval at most: a second analyst is still needed.
  const second = await analyst();
  await t.ctx.blocklist.approve(entry!.id, actor.staffId, null);
  await assert.rejects(
    t.ctx.blocklist.approve(entry!.id, actor.staffId, null),
    (error: { code?: string }) => error.code === 'BLOCKLIST_ALREADY_APPROVED',
  );
  const approved = await t.ctx.blocklist.approve(entry!.id, second.staffId, null);
  assert.equal(approved.approvals, 2);
});
