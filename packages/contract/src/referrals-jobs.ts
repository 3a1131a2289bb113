import Type from 'typebox';

// Referral jobs: name (feature.verb-noun) to payload schema.
export const referralsJobSchemas = {
  // When a referral's undo window ends (job key = referral id; at once for an analyst's): renders
  // its package and writes its outbox message, unless it was undone. Idempotent: only a held referral moves.
  'referrals.release-referral': Type.Object({ referralId: Type.String({ format: 'uuid' }) }),
  // Every minute: reports the crawler marked (report_auto_referral) without a decision get one.
  'referrals.forward-automatic': Type.Object({}),
} as const;
