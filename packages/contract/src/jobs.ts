import Type, { type Static } from 'typebox';
import { caseworkJobSchemas } from './casework-jobs.ts';
import { exchangesJobSchemas } from './exchanges-jobs.ts';
import { hashbankJobSchemas } from './hashbank-jobs.ts';
import { hostingJobSchemas } from './hosting-jobs.ts';
import { intakeJobSchemas } from './intake-jobs.ts';
import { noticesJobSchemas } from './notices-jobs.ts';
import { rechecksJobSchemas } from './rechecks-jobs.ts';
import { blocklistJobSchemas } from './blocklist-jobs.ts';
import { referralsJobSchemas } from './referrals-jobs.ts';
import { statisticsJobSchemas } from './statistics-jobs.ts';

// Every background job: its name (feature.verb-noun) and its payload schema. Handlers are typed
// from this map, so a job without a handler does not compile; payloads are checked at dequeue.
export const accessJobSchemas = {
  'access.expire-sessions': Type.Object({}),
} as const;

export const auditJobSchemas = {
  'audit.anchor-head': Type.Object({}),
} as const;

export const jobSchemas = {
  ...accessJobSchemas,
  ...auditJobSchemas,
  ...intakeJobSchemas,
  ...hashbankJobSchemas,
  ...noticesJobSchemas,
  ...hostingJobSchemas,
  ...caseworkJobSchemas,
  ...rechecksJobSchemas,
  ...exchangesJobSchemas,
  ...blocklistJobSchemas,
  ...referralsJobSchemas,
  ...statisticsJobSchemas,
} as const;

export type JobSchemas = typeof jobSchemas;
export type JobName = keyof JobSchemas;
export type JobPayload<K extends JobName> = Static<JobSchemas[K]>;
