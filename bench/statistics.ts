// Statistics benchmark: a year of synthetic activity seeded with generate_series into a throwaway
// embedded PostgreSQL (1M reports with their URLs, 10M media, detections, referrals, notices,
// re-checks, blocklist versions, 50 analysts' review exposure days), then the roll-up (first run: every day; second: the recompute
// window) and each figure over the year, timed through the service (what the route calls).
// npm run bench -- statistics [--reports 1000000] [--media 10000000] [--repeat 3] [--data-dir DIR]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cliActor, createContext, createLogger, parseConfig } from '@vigie/core';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000000' },
    media: { type: 'string', default: '10000000' },
    repeat: { type: 'string', default: '3' },
    'data-dir': { type: 'string' },
  },
});
const reports = Number(values.reports);
const media = Number(values.media);
const kept = values['data-dir'];
if (kept) mkdirSync(kept, { recursive: true });
const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'vigie-bench-statistics-'));
// The bench's year ends at its clock: every figure reads a full year of rollups.
const now = new Date('2026-12-31T12:00:00Z');
const start = '2026-01-01T00:00:00Z';
const config = parseConfig({ VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn' });
const ctx = await createContext(config, { logger: createLogger({ level: 'warn' }), now: () => now });
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

async function timed(label: string, run: () => Promise<unknown>) {
  const t0 = performance.now();
  await run();
  console.log(`${label.padEnd(44)} ${ms(t0)}`);
}

try {
  const year = 365 * 86_400; // seconds spread over the year
  const bank = await ctx.hashbank.createBank('BENCH_STATISTICS', {}, cliActor);
  const seed = [
    sql`insert into bank_entry (id, bank_id, sha256, status, contributor_type, created_at)
        select 800000000 + i, ${bank.id}, encode(sha256(convert_to('e' || i, 'UTF8')), 'hex'), case when i % 3 = 0 then 'pending' else 'confirmed' end,
               'system', ${start}::timestamptz + (i * ${year / 20_000}::float8) * interval '1 second'
        from generate_series(1, 20000) i`,
    sql`insert into bank_assessment (entry_id, assessor_id, verdict, assessed_at)
        select 800000000 + i, 'a' || (i % 7), case when i % 9 = 0 then 'dispute' else 'concur' end,
               ${start}::timestamptz + (i * ${year / 20_000}::float8) * interval '1 second'
        from generate_series(1, 20000) i`,
    sql`insert into report (id, report_number, follow_up_code_hash, type, source, language, description, anonymous,
          incident, suspect, victim, reporter_region, happening_now, has_person_info, priority, received_at)
        select md5('r' || i)::uuid, 'B-' || i, 'f' || i,
               (array['child_sexual_abuse_material', 'luring', 'sex_tourism', 'non_consensual_intimate_images', 'other'])[1 + i % 5],
               (array['tipline', 'api', 'partner', 'phone', 'email'])[1 + i % 5], 'en', 'x', true, '{}', '{}', '{}',
               (array['QC', 'ON', 'BC', 'AB', null])[1 + (i / 5) % 5], false, false, 0,
               ${start}::timestamptz + (i * ${year / reports}::float8) * interval '1 second'
        from generate_series(1, ${reports}::int) i`,
    sql`insert into reported_url (id, url, host, first_reported_at)
        select md5('u' || i)::uuid, 'https://h' || (i % 5000) || '.example/' || i, 'h' || (i % 5000) || '.example',
               ${start}::timestamptz + (i * ${year / reports}::float8) * interval '1 second'
        from generate_series(1, ${reports}::int, 2) i`,
    sql`insert into report_url (report_id, url_id, position)
        select md5('r' || i)::uuid, md5('u' || i)::uuid, 0 from generate_series(1, ${reports}::int, 2) i`,
    sql`insert into referral_recipient (id, name, kind, country, language, channel, api_url, api_secret, created_at, updated_at)
        select md5('k' || i)::uuid, 'Recipient ' || i, (array['police', 'national_police_centre', 'child_welfare', 'partner_hotline'])[i],
               'CA', 'en', 'https_api', 'https://recipient.example/', 's', now(), now()
        from generate_series(1, 4) i`,
    sql`insert into referral (id, reference, report_id, recipient_id, origin, state, release_at, created_at)
        select md5('x' || i)::uuid, 'X-' || i, md5('r' || i)::uuid, md5('k' || (1 + i % 4))::uuid,
               case when i % 3 = 0 then 'automatic' else 'analyst' end, case when i % 10 = 0 then 'failed' else 'sent' end,
               ${start}::timestamptz + (i * ${year / reports}::float8) * interval '1 second',
               ${start}::timestamptz + (i * ${year / reports}::float8) * interval '1 second'
        from generate_series(7, ${reports}::int, 7) i`,
    sql`insert into media (sha256, sha1, md5, kind, format, size, state, entry_id, bank_id, first_seen_at, last_seen_at)
        select lpad(to_hex(i), 64, '0'), 'x', 'x', case when i % 10 = 0 then 'video' else 'image' end, 'png', 1,
               case when i % 20 = 0 then 'known' else 'unknown' end,
               case when i % 20 = 0 then 800000001 end, case when i % 20 = 0 then ${bank.id}::int end,
               ${start}::timestamptz + (i * ${year / media}::float8) * interval '1 second',
               ${start}::timestamptz + (i * ${year / media}::float8) * interval '1 second'
        from generate_series(1, ${media}::int) i`,
    sql`insert into detection (sha256, url, entry_id, bank_id, source, notice_state, first_seen_at, last_seen_at)
        select lpad(to_hex(i), 64, '0'), 'https://d.example/' || i, 800000001, ${bank.id},
               case when i % 40 = 0 then 'capture' else 'crawl' end, 'notice_pending',
               ${start}::timestamptz + (i * ${year / media}::float8) * interval '1 second',
               ${start}::timestamptz + (i * ${year / media}::float8) * interval '1 second'
        from generate_series(20, ${media}::int, 20) i`,
    sql`insert into notice (id, recipient_key, recipient, language, origin, status, due_at, token_hash, created_at, sent_at)
        select md5('n' || i)::uuid, 'p' || (i % 300), '{}', 'en', case when i % 4 = 0 then 'analyst' else 'automatic' end,
               (array['sent', 'acknowledged', 'contested', 'failed'])[1 + i % 4],
               ${start}::timestamptz + (i * ${(year * 200) / media}::float8) * interval '1 second', 'tb' || i,
               ${start}::timestamptz + (i * ${(year * 200) / media}::float8) * interval '1 second',
               ${start}::timestamptz + (i * ${(year * 200) / media}::float8) * interval '1 second'
        from generate_series(1, ${media / 200}::int) i`,
    sql`insert into recheck (url, sha256, provider_key, country, state, first_detected_at, notified_at, removed_at, next_check_at, created_at)
        select 'https://d.example/' || i, lpad(to_hex(i), 64, '0'), 'provider' || (i % 50), (array['CA', 'US', 'FR', 'NL'])[1 + i % 4],
               case when i % 5 = 0 then 'watching' else 'removed' end, t, t + interval '1 hour',
               case when i % 5 <> 0 then t + interval '1 hour' + (i % 500) * interval '17 minutes' end, ${now}, t
        from generate_series(20, ${media}::int, 20) i,
             lateral (select ${start}::timestamptz + (i * ${year / media}::float8) * interval '1 second' as t) s`,
    sql`insert into blocklist_version (version, published_at, entries, urls, domains, added, removed)
        select i, ${start}::timestamptz + i * interval '10 minutes', 1000 + i / 10, 800 + i / 12, 200 + i / 60, 3, 1
        from generate_series(1, 52000) i`,
    // 50 analysts reviewing every day of the year (review_exposure_day: one row per analyst and day)
    sql`insert into staff_user (id, email, role)
        select ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid, 'bench-analyst-' || i || '@example.org', 'analyst'
        from generate_series(1, 50) i`,
    sql`insert into review_exposure_day (user_id, day, review_ms, reveal_ms, reveals, breaks, stops)
        select u.id, d::date, 4 * 3600000, 600000, 40, 2, 1
        from staff_user u cross join generate_series(${start}::date, ${start}::date + 364, interval '1 day') d
        where u.email like 'bench-analyst-%'`,
    sql`analyze`,
  ];
  console.log(`seeding ${reports} reports, ${media} media (data directory ${dataDir})`);
  const seeded = performance.now();
  for (const [i, statement] of seed.entries())
    await timed(`  seed step ${i + 1}/${seed.length}`, () => statement.execute(ctx.db));
  console.log(`seeded in ${ms(seeded)}`);
  await timed('roll-up, first run (every day of the year)', () => ctx.statistics.rollUp());
  await timed('roll-up, next run (the 7-day window)', () => ctx.statistics.rollUp());
  const year2026 = { from: '2026-01-01', to: '2027-01-01' };
  const figures: Array<[string, () => Promise<unknown>]> = [
    ['reports per month', () => ctx.statistics.reports(year2026)],
    [
      'reports per month by type, source, region',
      () => ctx.statistics.reports({ ...year2026, by: 'type,source,region' }),
    ],
    ['reports per day', () => ctx.statistics.reports({ ...year2026, interval: 'day' })],
    ['forwarding per month', () => ctx.statistics.forwarding(year2026)],
    ['media per month', () => ctx.statistics.media(year2026)],
    ['detections per month', () => ctx.statistics.detections(year2026)],
    ['notices per month', () => ctx.statistics.notices(year2026)],
    ['time to removal per month', () => ctx.statistics.removal(year2026)],
    ['blocklist size per month', () => ctx.statistics.blocklist(year2026)],
    ['blocklist size per day', () => ctx.statistics.blocklist({ ...year2026, interval: 'day' })],
    ['exposure totals per month', () => ctx.statistics.exposure(year2026)],
    ['exposure totals per day', () => ctx.statistics.exposure({ ...year2026, interval: 'day' })],
    ['annual numbers (removal: the year kept by the roll-up)', () => ctx.statistics.annual(2026)],
  ];
  console.log(`figures over 2026, best of ${values.repeat}:`);
  for (const [label, run] of figures) {
    let best = Infinity;
    for (let r = 0; r < Number(values.repeat); r++) {
      const t0 = performance.now();
      await run();
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`  ${label.padEnd(46)} ${best.toFixed(1)} ms`);
  }
} finally {
  await ctx.close();
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
