import Type, { type Static } from 'typebox';
import { mediaKinds } from './hashbank.ts';
import { reportSources, reportTypes } from './intake.ts';
import { referralOrigins, referralRecipientKinds } from './referrals.ts';

// Statistics: the figures of a hotline's annual report (docs/statistics.md). Every figure is
// read from daily rollups kept by the statistics.roll-up job, over a period of whole days in the
// installation's statistics time zone: `from` included, `to` excluded.

/** The figures, as published (VIGIE_STATISTICS_PUBLIC) and as routes /api/v1/statistics/<figure>. */
export const statisticsFigures = [
  'reports',
  'forwarding',
  'media',
  'detections',
  'notices',
  'removal',
  'blocklist',
] as const;
export type StatisticsFigure = (typeof statisticsFigures)[number];

export const statisticsIntervals = ['month', 'day', 'year'] as const;
export type StatisticsInterval = (typeof statisticsIntervals)[number];

export const statisticsFormats = ['json', 'csv'] as const;
export type StatisticsFormat = (typeof statisticsFormats)[number];

/** The breakdowns of the reports figure. */
export const reportDimensions = ['type', 'source', 'region'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

/** Who a report was forwarded to: the referral directory's kinds, and hosting providers (an analyst's notice request). */
export const forwardRecipientKinds = [...referralRecipientKinds, 'provider'] as const;
export type ForwardRecipientKind = (typeof forwardRecipientKinds)[number];

const Day = Type.String({ format: 'date', description: 'A calendar day (YYYY-MM-DD) in the statistics time zone.' });
const Count = Type.Integer({ minimum: 0 });
const Seconds = Type.Union([Type.Number(), Type.Null()], {
  description: 'Seconds (percentile_cont over removed URLs); null when none was removed.',
});

const Period = {
  from: Type.Optional(
    Type.String({ format: 'date', description: 'First day (included); default: a year before `to`.' }),
  ),
  to: Type.Optional(Type.String({ format: 'date', description: 'Day after the last (excluded); default: tomorrow.' })),
  interval: Type.Optional(Type.Enum(statisticsIntervals, { description: 'Bucket of each row; default month.' })),
  format: Type.Optional(Type.Enum(statisticsFormats, { description: 'csv: the rows as CSV (or Accept: text/csv).' })),
};

const Answer = {
  from: Day,
  to: Day,
  interval: Type.Enum(statisticsIntervals),
  timeZone: Type.String(),
  rolledUpAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the rollups were last brought up to date (null: never).',
  }),
};

const Bucket = { period: Day };

export const StatisticsReportsQuery = Type.Object({
  ...Period,
  by: Type.Optional(
    Type.String({
      pattern: '^(type|source|region)(,(type|source|region))*$',
      description: 'Breakdowns, comma-separated (type, source, region); none: totals per period.',
    }),
  ),
  type: Type.Optional(Type.Enum(reportTypes)),
  source: Type.Optional(Type.Enum(reportSources)),
  region: Type.Optional(Type.String({ maxLength: 32 })),
});
export type StatisticsReportsQuery = Static<typeof StatisticsReportsQuery>;

export const StatisticsReportsRow = Type.Object({
  ...Bucket,
  type: Type.Union([Type.Enum(reportTypes), Type.Null()]),
  source: Type.Union([Type.Enum(reportSources), Type.Null()]),
  region: Type.Union([Type.String(), Type.Null()], { description: "The reporter's region; '' when not given." }),
  reports: Count,
  urls: Type.Integer({ minimum: 0, description: 'URLs given in those reports (one per report and URL).' }),
});
export type StatisticsReportsRow = Static<typeof StatisticsReportsRow>;

export const StatisticsReports = Type.Object({ ...Answer, rows: Type.Array(StatisticsReportsRow) });
export type StatisticsReports = Static<typeof StatisticsReports>;

export const StatisticsForwardingQuery = Type.Object({
  ...Period,
  recipientKind: Type.Optional(Type.Enum(forwardRecipientKinds)),
  origin: Type.Optional(Type.Enum(referralOrigins)),
});
export type StatisticsForwardingQuery = Static<typeof StatisticsForwardingQuery>;

export const StatisticsForwardingRow = Type.Object(
  {
    ...Bucket,
    recipientKind: Type.Union([Type.Enum(forwardRecipientKinds), Type.Null()], { description: 'null: to anyone.' }),
    origin: Type.Union([Type.Enum(referralOrigins), Type.Null()], { description: 'null: automatic or analyst.' }),
    received: Type.Integer({ minimum: 0, description: 'Reports received in the period.' }),
    forwarded: Type.Integer({ minimum: 0, description: 'Of those, forwarded (referral sent or acknowledged).' }),
    share: Type.Number({ description: 'forwarded / received (0 when none was received).' }),
    forwards: Type.Integer({ minimum: 0, description: 'Referrals (or notice requests) sent for them.' }),
  },
  { description: 'Reports received in the period and forwarded (at any time since), by whom they went to.' },
);
export type StatisticsForwardingRow = Static<typeof StatisticsForwardingRow>;

export const StatisticsForwarding = Type.Object({ ...Answer, rows: Type.Array(StatisticsForwardingRow) });
export type StatisticsForwarding = Static<typeof StatisticsForwarding>;

export const StatisticsMediaQuery = Type.Object({ ...Period, kind: Type.Optional(Type.Enum(mediaKinds)) });
export type StatisticsMediaQuery = Static<typeof StatisticsMediaQuery>;

export const StatisticsMediaRow = Type.Object({
  ...Bucket,
  seen: Type.Integer({ minimum: 0, description: 'Distinct media first fetched and fingerprinted (by SHA-256).' }),
  known: Type.Integer({ minimum: 0, description: 'Of those, matching confirmed material in a bank.' }),
  assessments: Type.Integer({ minimum: 0, description: "Analysts' assessments of bank entries." }),
  concurring: Type.Integer({ minimum: 0, description: 'Assessments confirming the entry.' }),
  disputing: Type.Integer({ minimum: 0 }),
  entriesAdded: Type.Integer({ minimum: 0, description: 'Bank entries added.' }),
  entriesConfirmed: Type.Integer({ minimum: 0, description: 'Of those, confirmed now.' }),
});
export type StatisticsMediaRow = Static<typeof StatisticsMediaRow>;

export const StatisticsMedia = Type.Object({ ...Answer, rows: Type.Array(StatisticsMediaRow) });
export type StatisticsMedia = Static<typeof StatisticsMedia>;

export const StatisticsDetectionsQuery = Type.Object({ ...Period });
export type StatisticsDetectionsQuery = Static<typeof StatisticsDetectionsQuery>;

export const StatisticsDetectionsRow = Type.Object({
  ...Bucket,
  detections: Type.Integer({ minimum: 0, description: 'Known media found at a URL (media x URL), first seen then.' }),
  byCapture: Type.Integer({ minimum: 0, description: 'Found capturing a reported URL.' }),
  byCrawl: Type.Integer({ minimum: 0, description: 'Found by the crawl.' }),
  noticeable: Type.Integer({ minimum: 0, description: 'Whose bank allows notice and takedown.' }),
});
export type StatisticsDetectionsRow = Static<typeof StatisticsDetectionsRow>;

export const StatisticsDetections = Type.Object({ ...Answer, rows: Type.Array(StatisticsDetectionsRow) });
export type StatisticsDetections = Static<typeof StatisticsDetections>;

export const StatisticsNoticesQuery = Type.Object({ ...Period, origin: Type.Optional(Type.Enum(referralOrigins)) });
export type StatisticsNoticesQuery = Static<typeof StatisticsNoticesQuery>;

export const StatisticsNoticesRow = Type.Object({
  ...Bucket,
  sent: Type.Integer({ minimum: 0, description: 'Notices accepted by the recipient’s server in the period.' }),
  urls: Type.Integer({ minimum: 0, description: 'URLs listed in them.' }),
  acknowledged: Type.Integer({ minimum: 0, description: 'Of those notices, acknowledged by the provider (now).' }),
  contested: Type.Integer({ minimum: 0 }),
});
export type StatisticsNoticesRow = Static<typeof StatisticsNoticesRow>;

export const StatisticsNotices = Type.Object({ ...Answer, rows: Type.Array(StatisticsNoticesRow) });
export type StatisticsNotices = Static<typeof StatisticsNotices>;

export const StatisticsRemovalQuery = Type.Object({
  ...Period,
  provider: Type.Optional(Type.String({ maxLength: 200, description: "A provider's key: that provider's rows only." })),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
});
export type StatisticsRemovalQuery = Static<typeof StatisticsRemovalQuery>;

export const StatisticsRemovalRow = Type.Object(
  {
    ...Bucket,
    provider: Type.Union([Type.String(), Type.Null()], { description: 'null: every provider.' }),
    country: Type.Union([Type.String(), Type.Null()], { description: 'null: every country.' }),
    urls: Type.Integer({ minimum: 0, description: 'URLs first detected in the month.' }),
    notified: Count,
    removed: Count,
    fromNoticeMedian: Seconds,
    fromNoticeP90: Seconds,
    fromNoticeP99: Seconds,
    fromDetectionMedian: Seconds,
    fromDetectionP90: Seconds,
    removedWithin24h: Type.Number(),
    removedWithin72h: Type.Number(),
  },
  {
    description:
      'Time to removal per month of first detection (the re-checks’ measures), overall, by provider, by country.',
  },
);
export type StatisticsRemovalRow = Static<typeof StatisticsRemovalRow>;

export const StatisticsRemoval = Type.Object({ ...Answer, rows: Type.Array(StatisticsRemovalRow) });
export type StatisticsRemoval = Static<typeof StatisticsRemoval>;

export const StatisticsBlocklistQuery = Type.Object({ ...Period });
export type StatisticsBlocklistQuery = Static<typeof StatisticsBlocklistQuery>;

export const StatisticsBlocklistRow = Type.Object({
  ...Bucket,
  versions: Type.Integer({ minimum: 0, description: 'Versions published in the period.' }),
  entries: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: "Entries in the period's last version (null: none published yet).",
  }),
  urls: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  domains: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  added: Type.Integer({ minimum: 0 }),
  removed: Type.Integer({ minimum: 0 }),
});
export type StatisticsBlocklistRow = Static<typeof StatisticsBlocklistRow>;

export const StatisticsBlocklist = Type.Object({ ...Answer, rows: Type.Array(StatisticsBlocklistRow) });
export type StatisticsBlocklist = Static<typeof StatisticsBlocklist>;

export const StatisticsExposureQuery = Type.Object({ ...Period });
export type StatisticsExposureQuery = Static<typeof StatisticsExposureQuery>;

export const StatisticsExposureRow = Type.Object(
  {
    ...Bucket,
    analysts: Type.Integer({ minimum: 0, description: 'Analysts with review time in the period (each counted once).' }),
    reviewSeconds: Type.Integer({ minimum: 0, description: 'Time media were on screen in review, all analysts.' }),
    revealSeconds: Type.Integer({
      minimum: 0,
      description: 'Time media were shown unblurred (on top of review time).',
    }),
    exposureSeconds: Type.Integer({
      minimum: 0,
      description: 'reviewSeconds + revealSeconds, as the limits count it.',
    }),
    reveals: Type.Integer({ minimum: 0, description: 'Media revealed (unblurred).' }),
    breaks: Type.Integer({ minimum: 0, description: 'Breaks taken or imposed.' }),
    stops: Type.Integer({ minimum: 0, description: 'Review sessions ended by the analyst.' }),
  },
  {
    description: "The review team's exposure totals (never per image or per analyst), per UTC day as review counts it.",
  },
);
export type StatisticsExposureRow = Static<typeof StatisticsExposureRow>;

export const StatisticsExposure = Type.Object({ ...Answer, rows: Type.Array(StatisticsExposureRow) });
export type StatisticsExposure = Static<typeof StatisticsExposure>;

export const StatisticsAnnualQuery = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  format: Type.Optional(Type.Enum(statisticsFormats)),
});
export type StatisticsAnnualQuery = Static<typeof StatisticsAnnualQuery>;

export const StatisticsAnnualFigure = Type.Object({
  section: Type.String({
    description: 'reports, forwarding, media, detections, notices, removal, blocklist, exposure.',
  }),
  measure: Type.String(),
  key: Type.String({ description: "The breakdown's value (a type, a recipient kind...); '' for the total." }),
  value: Type.Union([Type.Number(), Type.Null()]),
});
export type StatisticsAnnualFigure = Static<typeof StatisticsAnnualFigure>;

export const StatisticsAnnual = Type.Object({
  year: Type.Integer(),
  from: Day,
  to: Day,
  timeZone: Type.String(),
  rolledUpAt: Answer.rolledUpAt,
  figures: Type.Array(StatisticsAnnualFigure),
});
export type StatisticsAnnual = Static<typeof StatisticsAnnual>;
