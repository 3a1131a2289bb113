import Type from 'typebox';

// Exchange jobs: name (feature.verb-noun) to payload schema.
export const exchangesJobSchemas = {
  // Every minute: a fetch job (job key exchanges.fetch:<id>) for each enabled exchange that is due.
  'exchanges.schedule-fetches': Type.Object({}),
  // One pull of one exchange, page by page, each page committed with its checkpoint.
  'exchanges.fetch-exchange': Type.Object({ exchangeId: Type.Integer({ minimum: 1 }) }),
  // One feedback (confirm or dispute a match) sent to the exchange it came from.
  'exchanges.push-feedback': Type.Object({ feedbackId: Type.Integer({ minimum: 1 }) }),
} as const;
