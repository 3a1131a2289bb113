import Type from 'typebox';

// Re-check jobs (Crockpot): name (feature.verb-noun) to payload schema.
export const rechecksJobSchemas = {
  // Every minute, and again at once while a batch came back full: claims due re-checks
  // (FOR UPDATE SKIP LOCKED, leased), fetches them with no lock held, records the outcomes.
  // `lane` only keeps parallel runs apart (job key rechecks.run-due:<lane>).
  'rechecks.run-due': Type.Object({ lane: Type.Optional(Type.Integer({ minimum: 0, maximum: 63 })) }),
  // A notice whose URL a scheduled check found still there (job key follow-up:<notice id>):
  // a reminder, or past the reminders allowed, the next escalation.
  'rechecks.follow-up-notice': Type.Object({ noticeId: Type.String({ format: 'uuid' }) }),
} as const;
