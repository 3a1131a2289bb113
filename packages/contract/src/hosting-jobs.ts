import Type from 'typebox';

// Who-hosts-it jobs: name (feature.verb-noun) to payload schema.
export const hostingJobSchemas = {
  // Hourly: forgets RDAP answers that expired a day ago or more (the cache's table stays small).
  'hosting.purge-rdap-cache': Type.Object({}),
} as const;
