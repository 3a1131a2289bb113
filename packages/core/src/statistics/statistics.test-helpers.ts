import { sql } from 'kysely';
import type { Db } from '../database.ts';

// A small known year (2026, UTC) for the statistics tests: every row written with its time, so
// the expected figures can be counted by hand (statistics.test.ts spells them out).

const sha = (n: number) => n.toString(16).padStart(64, '0');
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export type SeedReport = { n: number; at: string; type: string; source: string; region: string | null; urls: number };

export async function seedReports(db: Db, reports: readonly SeedReport[]): Promise<void> {
  for (const r of reports) {
    await sql`
      insert into report (id, report_number, follow_up_code_hash, type, source, language, description, anonymous,
        incident, suspect, victim, reporter_region, happening_now, has_person_info, priority, received_at)
      values (${uuid(r.n)}, ${`VG-STAT-${r.n}`}, ${`fu-${r.n}`}, ${r.type}, ${r.source}, 'en', 'seeded', true,
        '{}', '{}', '{}', ${r.region}, false, false, 0, ${r.at}::timestamptz)`.execute(db);
    for (let i = 0; i < r.urls; i++) {
      const url = `https://r${r.n}-${i}.example/`;
      await sql`
        with u as (insert into reported_url (url, host, first_reported_at) values (${url}, ${`r${r.n}-${i}.example`}, ${r.at}::timestamptz) returning id)
        insert into report_url (report_id, url_id, position) select ${uuid(r.n)}, id, ${i} from u`.execute(db);
    }
  }
}

export const reportId = uuid;

export async function seedYear(db: Db, staffId: string): Promise<void> {
  await seedReports(db, [
    { n: 1, at: '2026-01-05T10:00:00Z', type: 'child_sexual_abuse_material', source: 'tipline', region: 'QC', urls: 2 },
    { n: 2, at: '2026-01-20T23:30:00Z', type: 'luring', source: 'tipline', region: 'ON', urls: 0 },
    { n: 3, at: '2026-02-03T08:00:00Z', type: 'child_sexual_abuse_material', source: 'api', region: null, urls: 1 },
    { n: 4, at: '2026-02-14T15:00:00Z', type: 'child_sexual_abuse_material', source: 'phone', region: 'QC', urls: 1 },
    {
      n: 5,
      at: '2026-03-09T09:00:00Z',
      type: 'non_consensual_intimate_images',
      source: 'tipline',
      region: 'QC',
      urls: 0,
    },
  ]);
  await sql
    .raw(
      `
    insert into referral_recipient (id, name, kind, country, language, channel, api_url, api_secret, created_at, updated_at) values
      ('${uuid(901)}', 'Police', 'police', 'CA', 'en', 'https_api', 'https://police.example/', 's', now(), now()),
      ('${uuid(902)}', 'Welfare', 'child_welfare', 'CA', 'fr', 'https_api', 'https://welfare.example/', 's', now(), now());
    insert into referral (id, reference, report_id, recipient_id, origin, state, release_at, created_at) values
      ('${uuid(911)}', 'REF-1', '${uuid(1)}', '${uuid(901)}', 'automatic', 'sent', '2026-01-05T11:00Z', '2026-01-05T10:30Z'),
      ('${uuid(912)}', 'REF-2', '${uuid(1)}', '${uuid(902)}', 'analyst', 'acknowledged', '2026-01-06T11:00Z', '2026-01-06T10:30Z'),
      ('${uuid(913)}', 'REF-3', '${uuid(3)}', '${uuid(901)}', 'analyst', 'failed', '2026-02-03T11:00Z', '2026-02-03T10:30Z');
    -- a triaged report opens its case (trigger), which decisions belong to
    insert into triage_entry (report_id, priority, received_at) values
      ('${uuid(2)}', 0, '2026-01-20T23:30Z'), ('${uuid(4)}', 0, '2026-02-14T15:00Z');
    insert into case_decision (id, report_id, kind, state, staff_id, details, decided_at, updated_at) values
      ('${uuid(921)}', '${uuid(4)}', 'request_notice', 'done', '${staffId}', '{}', '2026-02-15T09:00Z', '2026-02-15T09:00Z'),
      ('${uuid(922)}', '${uuid(2)}', 'classify', 'recorded', '${staffId}', '{}', '2026-01-21T09:00Z', '2026-01-21T09:00Z');
    insert into hash_bank (id, name) values (9001, 'STATISTICS');
    insert into bank_entry (id, bank_id, media_kind, sha256, status, contributor_type, created_at) values
      (90001, 9001, 'image', '${sha(1)}', 'confirmed', 'cli', '2026-01-04T08:00Z'),
      (90002, 9001, 'image', '${sha(3)}', 'pending', 'cli', '2026-02-01T08:00Z');
    insert into bank_assessment (entry_id, assessor_id, verdict, assessed_at) values
      (90001, 'a1', 'concur', '2026-01-04T09:00Z'), (90001, 'a2', 'concur', '2026-01-05T09:00Z'),
      (90002, 'a1', 'dispute', '2026-02-02T09:00Z');
    insert into media (sha256, sha1, md5, kind, format, size, state, entry_id, bank_id, first_seen_at, last_seen_at) values
      ('${sha(1)}', 'x', 'x', 'image', 'png', 1, 'known', 90001, 9001, '2026-01-05T12:00Z', '2026-01-05T12:00Z'),
      ('${sha(2)}', 'x', 'x', 'image', 'png', 1, 'unknown', null, null, '2026-01-05T12:00Z', '2026-01-05T12:00Z'),
      ('${sha(3)}', 'x', 'x', 'video', 'mp4', 1, 'unknown', null, null, '2026-02-10T12:00Z', '2026-02-10T12:00Z');
    insert into detection (sha256, url, entry_id, bank_id, source, notice_state, first_seen_at, last_seen_at) values
      ('${sha(1)}', 'https://a.example/1.png', 90001, 9001, 'capture', 'notice_pending', '2026-01-05T12:00Z', '2026-01-05T12:00Z'),
      ('${sha(1)}', 'https://b.example/1.png', 90001, 9001, 'crawl', 'notice_pending', '2026-01-06T12:00Z', '2026-01-06T12:00Z'),
      ('${sha(1)}', 'https://c.example/1.png', 90001, 9001, 'crawl', 'not_applicable', '2026-02-20T12:00Z', '2026-02-20T12:00Z');
    insert into notice (id, recipient_key, recipient, language, origin, status, due_at, token_hash, created_at, sent_at) values
      ('${uuid(931)}', 'a', '{}', 'en', 'automatic', 'acknowledged', '2026-01-07T00:00Z', 't1', '2026-01-07T00:00Z', '2026-01-07T01:00Z'),
      ('${uuid(932)}', 'b', '{}', 'en', 'analyst', 'sent', '2026-02-21T00:00Z', 't2', '2026-02-21T00:00Z', '2026-02-21T01:00Z'),
      ('${uuid(933)}', 'c', '{}', 'en', 'automatic', 'collecting', '2026-02-22T00:00Z', 't3', '2026-02-22T00:00Z', null);
    insert into notice_url (notice_id, url, sha256, first_seen_at) values
      ('${uuid(931)}', 'https://a.example/1.png', '${sha(1)}', '2026-01-05T12:00Z'),
      ('${uuid(931)}', 'https://b.example/1.png', '${sha(1)}', '2026-01-06T12:00Z'),
      ('${uuid(932)}', 'https://c.example/1.png', '${sha(1)}', '2026-02-20T12:00Z');
    insert into blocklist_version (version, published_at, entries, urls, domains, added, removed) values
      (1, '2026-01-10T00:00Z', 3, 2, 1, 3, 0), (2, '2026-01-25T00:00Z', 5, 4, 1, 2, 0), (3, '2026-03-02T00:00Z', 4, 3, 1, 0, 1);
    insert into recheck (url, sha256, provider_key, country, state, first_detected_at, notified_at, removed_at, next_check_at, created_at) values
      ('https://a.example/1.png', '${sha(1)}', 'alpha', 'CA', 'removed', '2026-01-10T00:00Z', '2026-01-10T01:00Z', '2026-01-10T11:00Z', '2026-03-10T00:00Z', '2026-01-10T00:00Z'),
      ('https://b.example/1.png', '${sha(1)}', 'alpha', 'CA', 'removed', '2026-01-12T00:00Z', '2026-01-12T01:00Z', '2026-01-13T07:00Z', '2026-03-10T00:00Z', '2026-01-12T00:00Z'),
      ('https://c.example/1.png', '${sha(1)}', 'beta', 'FR', 'watching', '2026-02-05T00:00Z', '2026-02-05T02:00Z', null, '2026-03-10T00:00Z', '2026-02-05T00:00Z');
  `,
    )
    .execute(db);
}

export type SeedExposureDay = {
  userId: string;
  day: string;
  reviewMs: number;
  revealMs: number;
  reveals: number;
  breaks: number;
  stops: number;
};

/** Review exposure days as the review feature keeps them (one row per analyst and UTC day). */
export async function seedExposure(db: Db, days: readonly SeedExposureDay[]): Promise<void> {
  for (const d of days)
    await db
      .insertInto('review_exposure_day')
      .values({
        user_id: d.userId,
        day: d.day,
        review_ms: d.reviewMs,
        reveal_ms: d.revealMs,
        reveals: d.reveals,
        breaks: d.breaks,
        stops: d.stops,
      })
      .execute();
}
