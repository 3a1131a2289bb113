// The rollups' closed sets (the migration's CHECK constraints mirror them).

/**
 * What statistics_day counts per day, with the meaning of its keys k1, k2, k3:
 * reports / report_urls (type, source, region), forwarded_reports / forwards (recipient kind or
 * '' for anyone, origin or '' for either), media_seen / media_known (kind), assessments
 * (verdict), entries_added / entries_confirmed, detections (source, notice state),
 * notices_sent / notice_urls (origin, current status).
 */
export const rollupMeasures = [
  'reports',
  'report_urls',
  'forwarded_reports',
  'forwards',
  'media_seen',
  'media_known',
  'assessments',
  'entries_added',
  'entries_confirmed',
  'detections',
  'notices_sent',
  'notice_urls',
] as const;
export type RollupMeasure = (typeof rollupMeasures)[number];
