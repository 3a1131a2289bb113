import Type from 'typebox';

// Casework jobs: name (feature.verb-noun) to payload schema.
export const caseworkJobSchemas = {
  // One per request_notice decision (job key = decision id): files the case's detections with
  // the notices feature (recipients resolved outside any transaction), then records the outcome.
  'casework.request-notice': Type.Object({ decisionId: Type.String({ format: 'uuid' }) }),
} as const;
