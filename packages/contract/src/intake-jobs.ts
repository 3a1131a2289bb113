// Intake jobs: name (feature.verb-noun) to payload schema.
export const intakeJobSchemas = {} as const;
