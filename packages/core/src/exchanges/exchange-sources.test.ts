import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import {
  createTestContext,
  startHmaListServer,
  startListFileServer,
  startNcmecServer,
  startStopnciiServer,
  type LoopbackServer,
} from '@vigie/testkit';
import { seededPdqHex } from '../hashbank/hashbank.test-helpers.ts';

// Each source kind against its loopback server (packages/testkit/src/exchange-servers.ts):
// an HMA instance's curation API, NCMEC's and StopNCII's paged APIs, a list file.

let t: Awaited<ReturnType<typeof createTestContext>>;
const servers: Array<LoopbackServer<unknown>> = [];
let clock = Date.parse('2026-12-02T10:00:00Z');
const nowSeconds = Math.floor(clock / 1000);

before(async () => {
  t = await createTestContext({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8' }, { now: () => new Date(clock) });
});
after(async () => {
  for (const s of servers) await s.close();
  await t.close();
});

const track = <S>(server: LoopbackServer<S>) => {
  servers.push(server as LoopbackServer<unknown>);
  return server;
};

const entriesOf = (bank: string) =>
  t.ctx.db
    .selectFrom('bank_entry')
    .innerJoin('hash_bank', 'hash_bank.id', 'bank_entry.bank_id')
    .select(['bank_entry.id', 'pdq', 'md5', 'sha1', 'age_band', 'activity', 'withdrawn_at', 'provenance'])
    .where('hash_bank.name', '=', bank)
    .orderBy('bank_entry.id')
    .execute();
const liveOf = async (bank: string) => (await entriesOf(bank)).filter((e) => e.withdrawn_at === null);

test('an HMA instance: content walked by id through gaps, disabled content left out, a fault resumed, feedback as HMA takes it', async () => {
  const hma = track(
    await startHmaListServer([
      { id: 1, bank: 'PARTNER_BANK', signals: { pdq: seededPdqHex(101) } },
      { id: 2, bank: 'OTHER', signals: { pdq: seededPdqHex(102) } },
      { id: 4, bank: 'PARTNER_BANK', signals: { pdq: seededPdqHex(104), video_md5: 'ab'.repeat(16) } },
      { id: 9, bank: 'PARTNER_BANK', signals: { pdq: seededPdqHex(109) } },
    ]),
  );
  await t.ctx.exchanges.create(
    {
      name: 'FROM_HMA',
      api: 'hma',
      settings: { url: `${hma.url}/`, bank: 'PARTNER_BANK', gap_limit: 6, page_size: 3 },
    },
    cliActor,
  );
  hma.failNext('/content/5');
  await assert.rejects(t.ctx.exchanges.fetch('FROM_HMA', cliActor), /EXCHANGE_REMOTE_UNAVAILABLE|HTTP 500/);
  assert.equal((await liveOf('FROM_HMA')).length, 1, 'the first page (ids 1-3) committed before the fault');
  const result = await t.ctx.exchanges.fetch('FROM_HMA', cliActor);
  assert.equal(result.added, 2);
  const live = await liveOf('FROM_HMA');
  assert.deepEqual(
    live.map((e) => e.provenance.remoteId),
    ['1', '4', '9'],
  );
  assert.ok(
    hma.state.contents.every((c) => c.id !== 2) || live.every((e) => e.pdq !== seededPdqHex(102)),
    "another bank's content is not taken",
  );
  assert.ok(hma.requests.every((r) => r.path.includes('include_signals=true')));

  // New content after the last one found is picked up next time; disabled content is not taken.
  hma.state.contents.push(
    { id: 12, bank: 'PARTNER_BANK', signals: { pdq: seededPdqHex(112) } },
    { id: 13, bank: 'PARTNER_BANK', signals: { pdq: seededPdqHex(113) }, disable_until_ts: nowSeconds + 3600 },
  );
  await t.ctx.exchanges.fetch('FROM_HMA', cliActor);
  assert.deepEqual(
    (await liveOf('FROM_HMA')).map((e) => e.provenance.remoteId),
    ['1', '4', '9', '12'],
  );

  // Feedback: a dispute disables the content at the HMA for five years, a confirmation enables it.
  const entry = (await liveOf('FROM_HMA'))[0]!;
  await t.ctx.exchanges.feedback('FROM_HMA', Number(entry.id), 'false_positive', cliActor);
  await t.drain();
  const [update] = hma.state.updates;
  assert.equal(update?.id, 1);
  assert.ok(update!.disable_until_ts > nowSeconds + 4 * 365 * 24 * 3600);
  const put = hma.requests.find((r) => r.method === 'PUT')!;
  assert.equal(put.path, '/c/bank/PARTNER_BANK/content/1');
  assert.deepEqual(JSON.parse(put.body), { disable_until_ts: update!.disable_until_ts });
});

test('NCMEC: a time window paged by its next link, deletions, classifications mapped, basic authentication', async () => {
  const ncmec = track(
    await startNcmecServer({
      pageSize: 2,
      entries: [
        {
          id: 'image1',
          member: 42,
          timestamp: nowSeconds - 500,
          kind: 'image',
          classification: 'B2',
          fingerprints: { md5: 'a1'.repeat(16), sha1: 'a1'.repeat(20), pdna: 'x' },
        },
        {
          id: 'image2',
          member: 42,
          timestamp: nowSeconds - 400,
          kind: 'image',
          classification: 'A1',
          fingerprints: { md5: 'a2'.repeat(16) },
        },
        {
          id: 'video1',
          member: 43,
          timestamp: nowSeconds - 300,
          kind: 'video',
          fingerprints: { md5: 'b1'.repeat(16) },
        },
        { id: 'photodna-only', member: 43, timestamp: nowSeconds - 200, kind: 'image', fingerprints: { pdna: 'x' } },
        {
          id: 'image3',
          member: 42,
          timestamp: nowSeconds - 100,
          kind: 'image',
          fingerprints: { md5: 'a3'.repeat(16) },
        },
      ],
    }),
  );
  await t.ctx.exchanges.create(
    {
      name: 'FROM_NCMEC',
      api: 'ncmec',
      settings: { environment: ncmec.url, start_timestamp: nowSeconds - 3600 },
      credentials: { user: 'esp-user', password: 'esp-password' },
    },
    cliActor,
  );
  const first = await t.ctx.exchanges.fetch('FROM_NCMEC', cliActor);
  assert.deepEqual([first.fetched, first.added, first.skipped], [5, 4, 1]);
  const rows = await liveOf('FROM_NCMEC');
  assert.deepEqual(
    rows.map((r) => r.provenance.remoteId),
    ['42:image1', '42:image2', '43:video1', '42:image3'],
  );
  // B2 (industry scale) is pubescent, lascivious exhibition: both labels; A1 leaves both open.
  assert.deepEqual([rows[0]!.age_band, rows[0]!.activity], ['pubescent', 'sexual_posing']);
  assert.deepEqual([rows[1]!.age_band, rows[1]!.activity], [null, null]);
  assert.equal(rows[1]!.provenance.classification, 'A1');
  const pages = ncmec.requests.map((r) => new URL(r.path, 'http://x').searchParams.get('start'));
  assert.deepEqual(pages, [null, '3', '5'], 'the next links followed as given');

  // The entry deleted at NCMEC comes as a deletedImage in a later window.
  ncmec.state.entries[1] = { ...ncmec.state.entries[1]!, deleted: true, timestamp: Math.floor(clock / 1000) };
  clock += 60_000;
  await t.ctx.exchanges.fetch('FROM_NCMEC', cliActor);
  assert.deepEqual(
    (await liveOf('FROM_NCMEC')).map((r) => r.provenance.remoteId),
    ['42:image1', '43:video1', '42:image3'],
  );
  const status = await t.ctx.exchanges.status('FROM_NCMEC');
  assert.equal(status.lastFetchSucceeded, true);
  assert.equal(typeof status.checkpoint.from, 'number');
});

test('StopNCII: FetchHashes paged by token from the checkpoint timestamp, withdrawals, feedback with its function key', async () => {
  const stop = track(
    await startStopnciiServer({
      records: [1, 2, 3].map((i) => ({
        lastModtimestamp: 1000 + i,
        signalType: 'ImagePDQ' as const,
        hashValue: seededPdqHex(200 + i),
        hashStatus: 'Active',
      })),
    }),
  );
  await t.ctx.exchanges.create(
    {
      name: 'FROM_STOPNCII',
      api: 'stop_ncii',
      settings: { base_url: `${stop.url}/v1`, page_size: 2 },
      credentials: {
        fetch_function_key: 'fetch-key',
        subscription_key: 'subscription-key',
        feedback_function_key: 'feedback-key',
      },
    },
    cliActor,
  );
  await t.ctx.exchanges.fetch('FROM_STOPNCII', cliActor);
  assert.equal((await liveOf('FROM_STOPNCII')).length, 3);
  assert.deepEqual((await t.ctx.exchanges.status('FROM_STOPNCII')).checkpoint, { start_timestamp: 1004 });

  stop.state.records[0] = { ...stop.state.records[0]!, hashStatus: 'Withdrawn', lastModtimestamp: 1010 };
  await t.ctx.exchanges.fetch('FROM_STOPNCII', cliActor);
  const last = stop.requests[stop.requests.length - 1]!;
  assert.match(last.path, /startTimestamp=1004/);
  assert.equal((await liveOf('FROM_STOPNCII')).length, 2);

  const entry = (await liveOf('FROM_STOPNCII'))[0]!;
  await t.ctx.exchanges.feedback('FROM_STOPNCII', Number(entry.id), 'confirmed', cliActor);
  await t.drain();
  assert.deepEqual(stop.state.feedbacks, [
    { count: 1, hashFeedbacks: [{ tags: [], feedbackValue: 'Blocked', hashValue: entry.pdq }] },
  ]);
});

test('a list file (HMA CSV): a snapshot each pass; what a pass no longer lists is withdrawn', async () => {
  const csv = (seeds: number[]) =>
    `collab,signal_type,signal_str,category,tags\n${seeds.map((s) => `PARTNER,pdq,${seededPdqHex(s)},POSITIVE_CLASS,age_band=pubescent`).join('\n')}\n`;
  const list = track(await startListFileServer(csv([301, 302, 303])));
  await t.ctx.exchanges.create(
    { name: 'FROM_LIST', api: 'url_list', settings: { url: `${list.url}/list`, format: 'hma', page_size: 2 } },
    cliActor,
  );
  const first = await t.ctx.exchanges.fetch('FROM_LIST', cliActor);
  assert.equal(first.added, 3);
  assert.equal(list.requests.length, 1, 'one download for every page of the pass');
  assert.ok((await liveOf('FROM_LIST')).every((e) => e.age_band === 'pubescent'));
  list.state.body = csv([302, 303, 304]);
  const second = await t.ctx.exchanges.fetch('FROM_LIST', cliActor);
  assert.deepEqual([second.added, second.withdrawn], [1, 1]);
  assert.deepEqual(
    (await liveOf('FROM_LIST')).map((e) => e.pdq),
    [302, 303, 304].map(seededPdqHex),
  );
});

test('settings are checked when an exchange is created', async () => {
  await assert.rejects(
    t.ctx.exchanges.create({ name: 'BAD_ONE', api: 'ncmec', settings: { environment: 'x' } }, cliActor),
    /EXCHANGE_SETTINGS_INVALID|must be an http/,
  );
  await assert.rejects(
    t.ctx.exchanges.create(
      { name: 'BAD_TWO', api: 'hma', settings: { url: 'http://127.0.0.1:9', colour: 'red' } },
      cliActor,
    ),
    /Unknown setting 'colour'/,
  );
  await assert.rejects(
    t.ctx.exchanges.create(
      { name: 'FROM_LIST', api: 'url_list', settings: { url: 'http://127.0.0.1:9/l', format: 'csv' } },
      cliActor,
    ),
    (error: Error & { code?: string }) => error.code === 'EXCHANGE_EXISTS',
  );
});
