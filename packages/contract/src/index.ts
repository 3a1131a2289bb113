export { hashbankJobSchemas } from './hashbank-jobs.ts';
export { intakeJobSchemas } from './intake-jobs.ts';
export { accessJobSchemas, jobSchemas } from './jobs.ts';
export type { JobName, JobPayload, JobSchemas } from './jobs.ts';
export * from './intake.ts';
export * from './hashbank.ts';
export * from './access.ts';
export * from './access-names.ts';
export * from './crawler.ts';
