import Type from 'typebox';

// Statistics jobs: name (feature.verb-noun) to payload schema.
export const statisticsJobSchemas = {
  // Every 15 minutes: recomputes the daily rollups from the last rolled-up day minus the
  // recompute window (VIGIE_STATISTICS_RECOMPUTE_DAYS) to today, and the removal months whose
  // re-checks changed; `since` recomputes from that day (a correction older than the window).
  'statistics.roll-up': Type.Object({ since: Type.Optional(Type.String({ format: 'date' })) }),
} as const;
