import Type from 'typebox';

// Blocklist jobs: name (feature.verb-noun) to payload schema.
export const blocklistJobSchemas = {
  // Enqueued (job key blocklist.publish) by every transaction that lists or delists an entry, and
  // every 10 minutes as a sweep: publishes a new version when the listed entries differ from the
  // current version's. Idempotent: nothing changed, nothing published.
  'blocklist.publish-version': Type.Object({}),
} as const;
