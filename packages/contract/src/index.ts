export { jobSchemas } from './jobs.ts';
export type { JobName, JobPayload, JobSchemas } from './jobs.ts';
