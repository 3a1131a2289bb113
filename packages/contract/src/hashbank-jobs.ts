import Type from 'typebox';

// Hashbank jobs: name (feature.verb-noun) to payload schema.
export const hashbankJobSchemas = {
  // Writes this process's in-memory match counts (per entry per hour) to bank_entry_match_hour.
  'hashbank.flush-match-counts': Type.Object({}),
  // Flood guard: suspends from automatic actions any entry whose last-hour matches jump far above
  // its own 7-day hourly baseline, and puts it in the review queue. Idempotent.
  'hashbank.check-flood': Type.Object({}),
} as const;
