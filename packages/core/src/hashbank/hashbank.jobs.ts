import type { hashbankJobSchemas } from '@vigie/contract';
import type { AppContext } from '../context.ts';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';

export function createHashbankJobHandlers(ctx: AppContext): JobHandlers<typeof hashbankJobSchemas> {
  void ctx;
  return {};
}
