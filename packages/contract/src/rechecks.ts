import Type, { type Static } from 'typebox';

// Re-checks and takedown measures (docs/notices.md, Re-checks and Measures).

/** watching: checked on its schedule; removed: enough consecutive checks found it gone. */
export const recheckStates = ['watching', 'removed'] as const;
export type RecheckState = (typeof recheckStates)[number];

/** present: the same media is still served; absent: 404/410 or other content; inconclusive: no answer worth counting (5xx, refused, timeout). */
export const recheckOutcomes = ['present', 'absent', 'inconclusive'] as const;
export type RecheckOutcome = (typeof recheckOutcomes)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const TakedownMeasuresQuery = Type.Object({
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
});
export type TakedownMeasuresQuery = Static<typeof TakedownMeasuresQuery>;

const Percentiles = Type.Object(
  { median: Nullable(Type.Number()), p90: Nullable(Type.Number()), p99: Nullable(Type.Number()) },
  { description: 'Seconds to removal (percentile_cont over removed URLs); null when none was removed.' },
);

export const TakedownMeasure = Type.Object({
  urls: Type.Integer({ description: 'URLs first detected in the period (notified or not).' }),
  notified: Type.Integer(),
  removed: Type.Integer(),
  fromDetection: Percentiles,
  fromNotice: Percentiles,
  removedWithin24h: Type.Number({
    description: 'Share of the URLs removed within 24 hours of their first notice (of detection when none was sent).',
  }),
  removedWithin72h: Type.Number(),
  removedWithin28d: Type.Number(),
  reminders: Type.Integer({ description: "Reminders queued for these URLs' notices." }),
  escalations: Type.Integer(),
  reappeared: Type.Integer({ description: 'Removed URLs whose media was found again (recidivism).' }),
  recidivismRate: Type.Number({ description: 'reappeared / removed (0 when nothing was removed).' }),
});
export type TakedownMeasure = Static<typeof TakedownMeasure>;

export const TakedownMeasures = Type.Object({
  from: Timestamp,
  to: Timestamp,
  overall: TakedownMeasure,
  providers: Type.Array(Type.Intersect([Type.Object({ provider: Type.String() }), TakedownMeasure])),
  countries: Type.Array(Type.Intersect([Type.Object({ country: Type.String() }), TakedownMeasure])),
});
export type TakedownMeasures = Static<typeof TakedownMeasures>;
