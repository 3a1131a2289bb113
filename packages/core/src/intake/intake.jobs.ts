import type { intakeJobSchemas } from '@vigie/contract';
import type { AppContext } from '../context.ts';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';

export function createIntakeJobHandlers(ctx: AppContext): JobHandlers<typeof intakeJobSchemas> {
  void ctx;
  return {};
}
