// Hashbank jobs: name (feature.verb-noun) to payload schema.
export const hashbankJobSchemas = {} as const;
