import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestContext, type TestContext } from '@vigie/testkit';
import { plantConfirmed } from './blocklist.test-helpers.ts';

// The blocklist as the re-check feature's RemovalListener, as the composition root wires it (no
// override): a listed URL whose re-check finds it gone (a 404 on a loopback server) leaves the
// list at the next version; a listed URL still served stays.

let t: TestContext;
let server: Server;
let base: string;
const kept = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/kept.png') response.writeHead(200, { 'content-type': 'image/png' }).end(kept);
    else response.writeHead(404).end('gone');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestContext({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_RECHECK_CONFIRMATIONS: '1',
    VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0',
  });
});
after(async () => {
  await t?.close();
  server?.close();
});

async function staffIds(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const session = await createStaffSession(t.ctx, 'analyst');
    const row = await t.ctx.db
      .selectFrom('staff_user')
      .select('id')
      .where('email', '=', session.email)
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

const listedUrls = async (version: number) =>
  (await t.ctx.blocklistFeed.file(`${version}.txt`, null)).body
    .toString()
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

test('a re-check that confirms a removal takes the URL off the list; one still served stays', async () => {
  const gone = `${base}/gone.png`;
  const still = `${base}/kept.png`;
  await plantConfirmed(t.ctx, [gone, still]);
  const [first, second] = await staffIds(2);
  const { entries } = await t.ctx.db
    .transaction()
    .execute((trx) =>
      t.ctx.blocklist.nominate(trx, { decisionId: null, reportId: null, urls: [gone, still], staffId: first! }),
    );
  for (const entry of entries)
    for (const staffId of [first!, second!]) await t.ctx.blocklist.approve(entry.id, staffId, null);
  await t.drain();
  const host = base.replace('http://', '');
  assert.deepEqual((await listedUrls(1)).sort(), [`${host}/gone.png`, `${host}/kept.png`]);

  // Both URLs under re-check, due now, as the notices feature enrols them.
  const at = t.ctx.now();
  await t.ctx.db
    .insertInto('recheck')
    .values(
      [
        [gone, createHash('sha256').update('media no longer served').digest('hex')],
        [still, createHash('sha256').update(kept).digest('hex')],
      ].map(([url, sha256]) => ({
        url: url!,
        sha256: sha256!,
        first_detected_at: at,
        next_check_at: at,
        created_at: at,
      })),
    )
    .execute();
  const run = await t.ctx.rechecks.runDue();
  assert.deepEqual(run, { checked: 2, removed: 1 });
  await t.drain();

  const versions = await t.ctx.blocklistFeed.versions();
  assert.equal(versions.current, 2, 'the removal made a new version');
  assert.deepEqual(await listedUrls(2), [`${host}/kept.png`]);
  const byValue = new Map(entries.map((e) => [e.value, e.id]));
  const goneView = await t.ctx.blocklist.get(byValue.get(`${host}/gone.png`)!);
  assert.equal(goneView.entry.state, 'delisted');
  assert.equal(goneView.entry.delistedReason, 'content_gone');
  assert.equal((await t.ctx.blocklist.get(byValue.get(`${host}/kept.png`)!)).entry.state, 'listed');
});

test('content that re-checks confirmed removed is not listed again, even with two approvals', async () => {
  const gone = `${base}/gone.png`;
  const [first, second] = await staffIds(2);
  const { entries } = await t.ctx.db
    .transaction()
    .execute((trx) =>
      t.ctx.blocklist.nominate(trx, { decisionId: null, reportId: null, urls: [gone], staffId: first! }),
    );
  for (const staffId of [first!, second!]) await t.ctx.blocklist.approve(entries[0]!.id, staffId, null);
  const view = await t.ctx.blocklist.get(entries[0]!.id);
  assert.equal(view.entry.state, 'nominated');
  assert.equal(view.entry.approvals, 2);
  const stillOnline = view.criteria.find((c) => c.name === 'still_online');
  assert.equal(stillOnline?.met, false);
  assert.match(stillOnline.detail, /re-checks confirmed it removed/);
  assert.ok(
    view.criteria.filter((c) => c.name !== 'still_online').every((c) => c.met),
    'only the removal stops it',
  );
  await t.drain();
  assert.equal((await t.ctx.blocklistFeed.versions()).current, 2, 'no new version');
});
