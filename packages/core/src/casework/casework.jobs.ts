import type { caseworkJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { CaseworkService } from './casework.service.ts';

export function createCaseworkJobHandlers(casework: CaseworkService): JobHandlers<typeof caseworkJobSchemas> {
  return {
    // Idempotent: a decision no longer queued is left alone.
    'casework.request-notice': async ({ decisionId }) => {
      await casework.carryOutNoticeRequest(decisionId);
    },
  };
}
