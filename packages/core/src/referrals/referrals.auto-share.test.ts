import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AgeBand, ReportType } from '@vigie/contract';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { markReport, recipient, startApiReceiver, submitReport, type ApiReceiver } from './referrals.test-helpers.ts';

// How many reports go without an analyst: a generated set (seeded) shaped like a hotline's
// intake: mostly CSAM URLs, then intimate images, luring, and the rest; a share of each led the
// crawler to banked material (more often for CSAM URLs), with the bank's age bands; reporters in
// three provinces or outside; material hosted at home or abroad. With the rules a supervisor
// would start from (banked material of children under post-pubescence to police and the hosting
// country's hotline; intimate images and material sent to a child always to an analyst), the
// share forwarded automatically must be exactly what the rules imply for the set, and is printed.
// Run: node scripts/test.ts packages/core/src/referrals/referrals.auto-share.test.ts

const SIZE = 400;
const typeMix: Array<[ReportType, number, number]> = [
  // type, share of reports, chance that its URLs led to banked material
  ['child_sexual_abuse_material', 0.55, 0.4],
  ['non_consensual_intimate_images', 0.12, 0.25],
  ['luring', 0.1, 0.05],
  ['sexually_explicit_material_to_child', 0.05, 0.1],
  ['agreement_to_offend', 0.03, 0.02],
  ['child_prostitution', 0.03, 0.05],
  ['child_trafficking', 0.03, 0.05],
  ['sex_tourism', 0.02, 0],
  ['other', 0.07, 0.05],
];
const bandMix: Array<[AgeBand, number]> = [
  ['prepubescent', 0.5],
  ['pubescent', 0.25],
  ['infant_toddler', 0.05],
  ['post_pubescent_minor', 0.15],
  ['unknown', 0.05],
];
const forwardedBands = new Set<AgeBand>(['infant_toddler', 'prepubescent', 'pubescent']);
const excluded = new Set<ReportType>(['non_consensual_intimate_images', 'sexually_explicit_material_to_child']);
const regions = ['MB', 'MB', 'ON', 'ON', 'ON', 'QC', 'QC', 'outside'];
const hosts: Record<string, string> = { '192.0.2.10': 'CA', '198.51.100.20': 'FR', '203.0.113.30': 'US' };

/** mulberry32: the same set on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
function pick<T>(next: () => number, mix: Array<[T, number, ...unknown[]]>): [T, ...unknown[]] {
  let r = next();
  for (const entry of mix) {
    if (r < entry[1]) return [entry[0], ...entry.slice(2)];
    r -= entry[1];
  }
  return [mix.at(-1)![0], ...mix.at(-1)!.slice(2)];
}

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ApiReceiver;

before(async () => {
  api = await startApiReceiver();
  t = await createTestApp(
    { VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8', VIGIE_INTAKE_RATE_PER_MINUTE: '100000' },
    { referralCountryOf: async (address) => hosts[address] ?? null },
  );
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const directory = [
    recipient('Manitoba police (share)', { region: 'MB', apiUrl: api.url }),
    recipient('Ontario police (share)', { region: 'ON', apiUrl: api.url }),
    recipient('Quebec police (share)', { region: 'QC', language: 'fr', apiUrl: api.url }),
    recipient('National centre (share)', { kind: 'national_police_centre', region: null, apiUrl: api.url }),
    recipient('French hotline (share)', { kind: 'partner_hotline', country: 'FR', region: null, apiUrl: api.url }),
    recipient('US hotline (share)', { kind: 'partner_hotline', country: 'US', region: null, apiUrl: api.url }),
  ];
  for (const payload of directory) {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referral-recipients',
      headers: supervisor.headers,
      payload,
    });
    assert.equal(added.statusCode, 201, added.body);
  }
  const rule = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-rules',
    headers: supervisor.headers,
    payload: {
      name: 'Banked material of children to police and the hosting country',
      ageBands: [...forwardedBands],
      recipientKinds: ['police', 'partner_hotline'],
      excludedReportTypes: [...excluded],
    },
  });
  assert.equal(rule.statusCode, 201, rule.body);
});
after(async () => {
  await t?.close();
  await api?.close();
});

test('the share of reports forwarded automatically on a generated intake', async (context) => {
  const next = random(20261205);
  const expected = new Set<string>();
  const byType = new Map<ReportType, { reports: number; forwarded: number }>();
  let banked = 0;
  for (let i = 0; i < SIZE; i++) {
    const [type, chance] = pick(next, typeMix) as [ReportType, number];
    const region = regions[Math.floor(next() * regions.length)]!;
    const reportId = await submitReport(t.ctx, { type, region });
    const tally = byType.get(type) ?? { reports: 0, forwarded: 0 };
    tally.reports += 1;
    byType.set(type, tally);
    if (next() >= chance) continue;
    banked += 1;
    const [ageBand] = pick(next, bandMix) as [AgeBand];
    const address = Object.keys(hosts)[Math.floor(next() * 3)]!;
    await markReport(t.ctx, reportId, { ageBand, activity: 'sexual_posing' }, address);
    if (!excluded.has(type) && forwardedBands.has(ageBand)) {
      expected.add(reportId);
      tally.forwarded += 1;
    }
  }

  const { decided, forwarded } = await t.ctx.referrals.forwardAutomatic(1000);
  assert.equal(decided, banked, 'every marked report has a decision');
  const decisions = await t.ctx.db.selectFrom('referral_auto_decision').select(['report_id', 'outcome']).execute();
  const actual = new Set(decisions.filter((d) => d.outcome === 'forwarded').map((d) => d.report_id));
  assert.deepEqual([...actual].sort(), [...expected].sort(), 'forwarded exactly the reports the rules imply');
  assert.equal(forwarded, expected.size);
  const outcomes = Object.groupBy(decisions, (d) => d.outcome);
  assert.ok((outcomes.excluded?.length ?? 0) > 0 && (outcomes.no_rule?.length ?? 0) > 0, 'the set exercises both');

  const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const lines = [
    `automatic share: ${forwarded} of ${SIZE} reports (${percent(forwarded, SIZE)}); ` +
      `${banked} led to banked material, of which ${percent(forwarded, banked)} went automatically ` +
      `(excluded type: ${outcomes.excluded?.length ?? 0}, no rule matched: ${outcomes.no_rule?.length ?? 0})`,
    ...[...byType].map(([type, n]) => `  ${type}: ${n.forwarded} of ${n.reports} (${percent(n.forwarded, n.reports)})`),
  ];
  for (const line of lines) context.diagnostic(line);
});
