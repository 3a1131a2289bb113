import Type from 'typebox';

// Intake jobs: name (feature.verb-noun) to payload schema.
export const intakeJobSchemas = {
  // One per newly seen URL (job key = url id): the server captures the URL as evidence and seeds the crawl.
  'intake.capture-url': Type.Object({ urlId: Type.String({ format: 'uuid' }) }),
  // One per committed batch of reports: puts each report in the analyst queue with its priority.
  'intake.triage-report': Type.Object({
    reportIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 1000 }),
  }),
  // Hourly: erases contact details and addresses older than the retention setting, and the
  // public site's confirmations that nobody came to see.
  'intake.erase-personal-data': Type.Object({}),
} as const;
