import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import type { ImportFormat } from '@vigie/contract';

// Bank files: export then import into another bank gives the same signals, per format; imports
// resume after their last committed record and report bad records by number.
let curatorOrg: string;
let t: Awaited<ReturnType<typeof createTestApp>>;
let curate: Record<string, string>;
let matchOnly: Record<string, string>;

function hex(seed: number, length = 64): string {
  let s = seed >>> 0;
  let out = '';
  while (out.length < length) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out += s.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

async function text(bank: string, format: ImportFormat): Promise<string> {
  let out = '';
  for await (const chunk of await t.ctx.hashbank.exportBank(bank, format)) out += chunk;
  return out;
}

async function signalSet(bank: string, types: readonly string[]): Promise<string[]> {
  const { id } = await t.ctx.hashbank.getBank(bank);
  const rows = await t.ctx.db
    .selectFrom('bank_entry')
    .select(['pdq', 'md5', 'sha1', 'sha256', 'vpdq'])
    .where('bank_id', '=', id)
    .where('withdrawn_at', 'is', null)
    .execute();
  const out = new Set<string>();
  for (const r of rows) {
    for (const type of ['pdq', 'md5', 'sha1', 'sha256'] as const)
      if (r[type] && types.includes(type)) out.add(`${type}:${r[type]}`);
    if (r.vpdq && types.includes('vpdq')) out.add(`vpdq:${JSON.stringify(r.vpdq)}`);
  }
  return [...out].sort();
}

before(async () => {
  t = await createTestApp();
  const key = await t.ctx.access.createApiKey({ organisation: 'Example Hotline', scopes: ['hashes:curate'] }, cliActor);
  const weak = await t.ctx.access.createApiKey({ organisation: 'Example Hotline', scopes: ['hashes:match'] }, cliActor);
  curate = { authorization: `Bearer ${key.key}` };
  curatorOrg = key.organisationId;
  matchOnly = { authorization: `Bearer ${weak.key}` };
  const bank = await t.ctx.hashbank.createBank('SOURCE', {}, cliActor);
  const labels = { ageBand: 'prepubescent', activity: 'sexual_posing' } as const;
  await t.ctx.hashbank.addEntries(
    [
      {
        bankId: bank.id,
        signals: { pdq: hex(1), md5: hex(2, 32), sha256: hex(3) },
        labels,
        provenance: { classification: 'A2' },
      },
      { bankId: bank.id, signals: { pdq: hex(4) }, labels: { ageBand: 'pubescent' } },
      { bankId: bank.id, signals: { sha1: hex(5, 40) } },
      { bankId: bank.id, signals: { md5: hex(6, 32) }, provenance: { mediaKind: 'video' } },
      {
        bankId: bank.id,
        signals: {
          vpdq: [
            { pdq: hex(7), quality: 90 },
            { pdq: hex(8), quality: 80 },
          ],
        },
      },
    ],
    cliActor,
    { action: 'hashbank.entry-added' },
  );
});
after(() => t.close());

const carried: Record<ImportFormat, string[]> = {
  csv: ['pdq', 'md5', 'sha1', 'sha256', 'vpdq'],
  hma: ['pdq', 'md5', 'sha1', 'sha256', 'vpdq'],
  ncmec: ['pdq', 'md5', 'sha1', 'sha256'],
  stopncii: ['pdq', 'md5'],
};

for (const format of ['csv', 'hma', 'ncmec', 'stopncii'] as const) {
  test(`${format}: export then import into another bank gives the same signals`, async () => {
    const file = await text('SOURCE', format);
    const target = `COPY_${format.toUpperCase()}`;
    await t.ctx.hashbank.createBank(target, {}, cliActor);
    const result = await t.ctx.hashbank.importBank(target, format, Buffer.from(file), cliActor);
    assert.deepEqual(result.errors, [], file);
    assert.ok(result.added > 0);
    assert.deepEqual(await signalSet(target, carried[format]), await signalSet('SOURCE', carried[format]));
    if (format === 'csv') {
      const copy = await t.ctx.db
        .selectFrom('bank_entry')
        .select(['age_band', 'activity'])
        .where('pdq', '=', hex(1))
        .where('bank_id', '=', (await t.ctx.hashbank.getBank(target)).id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        copy,
        { age_band: 'prepubescent', activity: 'sexual_posing' },
        'labels travel in the csv labels column',
      );
    }
    if (format === 'ncmec') assert.match(file, /<classification>A2<\/classification>/);
  });
}

test('formats as published elsewhere: threatexchange CSV, an NCMEC queryResult, a StopNCII page', async () => {
  await t.ctx.hashbank.createBank('OUTSIDE', {}, cliActor);
  const hma = `collab,signal_type,signal_str,category,tags\nSample Data,pdq,${hex(20)},POSITIVE_CLASS,\nSample Data,video_md5,${hex(21, 32)},POSITIVE_CLASS,tag1 tag2\n`;
  const ncmec = `<?xml version="1.0"?><queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2"><images count="2"><image><member id="42">Example Member</member><timestamp>2017-10-24T15:00:00Z</timestamp><id>image1</id><classification>B1</classification><fingerprints><md5>${hex(22, 32)}</md5><sha1>${hex(23, 40)}</sha1><pdna>aa</pdna></fingerprints></image><deletedImage><member id="43">M</member><id>image4</id></deletedImage></images><videos count="1"><video><id>v1</id><fingerprints><pdna>aa</pdna></fingerprints></video></videos></queryResult>`;
  const stopncii = JSON.stringify({
    count: 3,
    nextPageToken: 'x',
    hasMoreRecords: false,
    hashRecords: [
      { lastModtimestamp: 1, signalType: 'ImagePDQ', hashValue: hex(24), hashStatus: 'Active', caseNumbers: {} },
      { lastModtimestamp: 1, signalType: 'VideoTMK', hashValue: 'aa', hashStatus: 'Active', caseNumbers: {} },
      { lastModtimestamp: 1, signalType: 'VideoMD5', hashValue: hex(25, 32), hashStatus: 'Withdrawn', caseNumbers: {} },
    ],
  });
  const a = await t.ctx.hashbank.importBank('OUTSIDE', 'hma', Buffer.from(hma), cliActor);
  assert.deepEqual([a.added, a.errors], [2, []]);
  const b = await t.ctx.hashbank.importBank('OUTSIDE', 'ncmec', Buffer.from(ncmec), cliActor);
  assert.deepEqual(
    [b.added, b.errors.map((e) => e.line)],
    [1, [2, 3]],
    'a deleted entry and a PhotoDNA-only entry are reported, not imported',
  );
  const row = await t.ctx.db
    .selectFrom('bank_entry')
    .select(['age_band', 'provenance'])
    .where('md5', '=', hex(22, 32))
    .executeTakeFirstOrThrow();
  assert.equal(row.age_band, 'pubescent');
  assert.equal((row.provenance as { ncmecId: string }).ncmecId, 'image1');
  const c = await t.ctx.hashbank.importBank('OUTSIDE', 'stopncii', Buffer.from(stopncii), cliActor);
  assert.deepEqual([c.added, c.errors.map((e) => e.line)], [1, [2, 3]]);
});

test('a bad line is reported with its number and skipped; the others are imported', async () => {
  await t.ctx.hashbank.createBank('WITH_ERRORS', {}, cliActor);
  const file = `signal_type,signal\npdq,${hex(30)}\npdq,not-a-hash\nphash,${hex(31)}\nmd5,${hex(32, 32)},age_band=elderly\n\nsha256,${hex(33)}\n`;
  const result = await t.ctx.hashbank.importBank('WITH_ERRORS', 'csv', Buffer.from(file), cliActor);
  assert.deepEqual(
    result.errors.map((e) => e.line),
    [3, 4, 5],
  );
  assert.match(result.errors[1]!.message, /Unknown signal type/);
  assert.deepEqual([result.added, result.skipped, result.linesDone], [2, 3, 7]);
});

test('an interrupted import resumes after its last committed batch; a finished one is not redone', async () => {
  await t.ctx.hashbank.createBank('RESUMED', {}, cliActor);
  const lines = Array.from({ length: 2500 }, (_, i) => `pdq,${hex(1000 + i)}`);
  const file = Buffer.from(`${lines.join('\n')}\npdq,${hex(1000)}\n`);
  let calls = 0;
  await assert.rejects(
    t.ctx.hashbank.importBank('RESUMED', 'csv', file, cliActor, () => {
      calls += 1;
      if (calls === 2) throw new Error('interrupted');
    }),
    /interrupted/,
  );
  const { id: bankId } = await t.ctx.hashbank.getBank('RESUMED');
  const state = await t.ctx.db
    .selectFrom('bank_import')
    .select(['lines_done', 'added', 'finished_at'])
    .where('bank_id', '=', bankId)
    .executeTakeFirstOrThrow();
  assert.deepEqual([state.lines_done, state.added, state.finished_at], [1000, 1000, null]);

  const resumed = await t.ctx.hashbank.importBank('RESUMED', 'csv', file, cliActor);
  assert.deepEqual(
    [resumed.linesDone, resumed.added, resumed.skipped],
    [2501, 2500, 1],
    'the repeated hash is a duplicate',
  );
  const batches = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'hashbank.import-batch')
    .where('subject_id', '=', 'RESUMED')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    batches.map((b) => (b.details as { fromLine: number }).fromLine),
    [1, 1001, 2001, 2501].slice(0, batches.length),
  );
  assert.equal(batches.length, 3, 'lines 1-1000 were not read again');

  const again = await t.ctx.hashbank.importBank('RESUMED', 'csv', file, cliActor);
  assert.deepEqual([again.importId, again.added], [resumed.importId, 2500]);
  const count = await t.ctx.db
    .selectFrom('bank_entry')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bank_id', '=', bankId)
    .executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 2500);
  assert.equal((await t.ctx.hashbank.lookup('pdq', hex(3000))).matches.length, 1, 'imported entries match at once');
});

test('by API: import and export with a curation key; other keys and unknown banks are refused', async () => {
  await t.ctx.hashbank.createBank('BY_API', {}, cliActor);
  await t.ctx.hashbank.grantBank('BY_API', curatorOrg, [], 'match_only', cliActor, { curate: true });
  const file = `pdq,${hex(40)}\nmd5,${hex(41, 32)}\n`;
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/v1/banks/BY_API/import?format=csv',
    payload: file,
    headers: { ...curate, 'content-type': 'text/csv' },
  });
  assert.equal(imported.statusCode, 200, imported.body);
  assert.equal(imported.json().added, 2);
  const exported = await t.app.inject({
    method: 'GET',
    url: '/api/v1/banks/BY_API/export?format=stopncii',
    headers: curate,
  });
  assert.equal(exported.statusCode, 200);
  assert.match(exported.headers['content-type'] as string, /application\/json/);
  const page = exported.json() as { count: number; hashRecords: Array<{ signalType: string; hashValue: string }> };
  assert.deepEqual(page.hashRecords.map((r) => [r.signalType, r.hashValue]).sort(), [
    ['ImagePDQ', hex(40)],
    ['VideoMD5', hex(41, 32)],
  ]);
  assert.equal(page.count, 2);
  const json = await t.app.inject({
    method: 'POST',
    url: '/api/v1/banks/BY_API/import?format=stopncii',
    payload: exported.body,
    headers: { ...curate, 'content-type': 'application/json' },
  });
  assert.equal(json.statusCode, 200, json.body);
  assert.equal(json.json().skipped, 2, 'already there');
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/api/v1/banks/BY_API/export?format=csv', headers: matchOnly }))
      .statusCode,
    403,
  );
  assert.equal(
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/banks/BY_API/import?format=csv',
        payload: file,
        headers: { ...matchOnly, 'content-type': 'text/csv' },
      })
    ).statusCode,
    403,
  );
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/api/v1/banks/NO_SUCH/export?format=csv', headers: curate })).statusCode,
    404,
  );
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/api/v1/banks/BY_API/export?format=xlsx', headers: curate })).statusCode,
    400,
  );
});

test('curation is per bank: a key curates only the banks granted to it for curation; supervisors curate all', async () => {
  await t.ctx.hashbank.createBank('NOT_YOURS', {}, cliActor);
  const bank = await t.ctx.hashbank.getBank('NOT_YOURS');
  await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals: { pdq: hex(50) } }], cliActor, {
    action: 'hashbank.entry-added',
  });
  const exportUrl = '/api/v1/banks/NOT_YOURS/export?format=csv';
  const refused = await t.app.inject({ method: 'GET', url: exportUrl, headers: curate });
  assert.equal(refused.statusCode, 404, 'the bank is not disclosed');
  assert.equal(refused.json().error.code, 'HASHBANK_BANK_NOT_FOUND');
  const write = await t.app.inject({
    method: 'POST',
    url: '/api/v1/banks/NOT_YOURS/import?format=csv',
    payload: `pdq,${hex(51)}\n`,
    headers: { ...curate, 'content-type': 'text/csv' },
  });
  assert.equal(write.statusCode, 404);
  assert.equal((await t.ctx.hashbank.bankSignalCounts(bank.id)).total, 1, 'nothing was imported');

  await t.ctx.hashbank.grantBank('NOT_YOURS', curatorOrg, ['forensics'], 'match_only', cliActor);
  assert.equal(
    (await t.app.inject({ method: 'GET', url: exportUrl, headers: curate })).statusCode,
    404,
    'a grant to match is not one to curate',
  );
  await t.ctx.hashbank.grantBank('NOT_YOURS', curatorOrg, ['forensics'], 'match_only', cliActor, { curate: true });
  assert.equal((await t.app.inject({ method: 'GET', url: exportUrl, headers: curate })).statusCode, 200);
  await t.ctx.hashbank.grantBank('NOT_YOURS', curatorOrg, ['forensics'], 'scheme_category', cliActor);
  assert.equal(
    (await t.app.inject({ method: 'GET', url: exportUrl, headers: curate })).statusCode,
    200,
    'a re-grant keeps the curation flag',
  );

  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  await t.ctx.hashbank.createBank('STAFF_ONLY', {}, cliActor);
  const staff = await t.app.inject({
    method: 'GET',
    url: '/api/v1/banks/STAFF_ONLY/export?format=csv',
    headers: supervisor.headers,
  });
  assert.equal(staff.statusCode, 200);
});
