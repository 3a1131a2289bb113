import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { appendNoticeEvent } from '../notices/index.ts';

// Recidivism: media found again after a removal. The crawler calls this port in the
// transaction that records its detections; each detection whose media is the removed one
// (same SHA-256) or near it (PDQ within the threshold) is linked to the earlier re-check and
// its notice, once. Found again at the very URL that was removed: it is watched again.

export type DetectionsListener = {
  detectionsRecorded(trx: Db, detections: ReadonlyArray<{ id: string; sha256: string; url: string }>): Promise<void>;
};

export const noDetectionsListener: DetectionsListener = { detectionsRecorded: async () => undefined };

/** PDQ distance within which a media counts as the removed one again (the field's usual threshold). */
export const REAPPEARANCE_PDQ_THRESHOLD = 31;

export function reappearanceListener(now: () => Date): DetectionsListener {
  return {
    async detectionsRecorded(trx, detections) {
      if (detections.length === 0) return;
      const ids = detections.map((d) => d.id);
      const at = now();
      // Exact copies through the index; near ones by PDQ over the removed media that have one.
      const found = await sql<{
        recheck_id: string;
        notice_id: string | null;
        detection_id: string;
        url: string;
        old_url: string;
        match: 'sha256' | 'pdq';
        distance: number;
      }>`
        with d as (
          select d.id, d.url, d.sha256, m.pdq from detection d join media m on m.sha256 = d.sha256
          where d.id = any(${ids}::bigint[])
        ),
        hits as (
          select r.id as recheck_id, r.notice_id, d.id as detection_id, d.url, r.url as old_url,
                 'sha256' as match, 0 as distance
          from d join recheck r on r.sha256 = d.sha256 and r.state = 'removed'
          union all
          select r.id, r.notice_id, d.id, d.url, r.url, 'pdq',
                 bit_count(('x' || m.pdq)::bit(256) # ('x' || d.pdq)::bit(256))::int
          from d
          join recheck r on r.state = 'removed' and r.sha256 <> d.sha256
          join media m on m.sha256 = r.sha256 and m.pdq is not null
          where d.pdq is not null
            and bit_count(('x' || m.pdq)::bit(256) # ('x' || d.pdq)::bit(256)) <= ${REAPPEARANCE_PDQ_THRESHOLD}
        )
        insert into recheck_reappearance (recheck_id, notice_id, detection_id, url, match, distance, same_host, at)
        select recheck_id, notice_id, detection_id, url, match, distance,
               substring(url from '^[a-z]+://([^/:]+)') = substring(old_url from '^[a-z]+://([^/:]+)'), ${at}
        from hits
        on conflict (recheck_id, detection_id) do nothing
        returning recheck_id, notice_id, detection_id, url, match, distance, ''::text as old_url
      `.execute(trx);
      for (const hit of found.rows) {
        if (hit.notice_id)
          await appendNoticeEvent(trx, hit.notice_id, 'reappeared', at, {
            url: hit.url,
            detectionId: String(hit.detection_id),
            match: hit.match,
            distance: hit.distance,
          });
      }
      // The same URL serving the same media again: watched again from now.
      const again = found.rows.filter((h) => h.match === 'sha256').map((h) => h.recheck_id);
      if (again.length > 0)
        await sql`
          update recheck r set state = 'watching', next_check_at = ${at}, absent_streak = 0, absent_since = null
          from detection d
          where r.id = any(${again}::bigint[]) and d.id = any(${ids}::bigint[]) and d.url = r.url and d.sha256 = r.sha256
        `.execute(trx);
    },
  };
}
