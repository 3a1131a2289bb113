import type { intakeJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { IntakeService } from './intake.service.ts';

export function createIntakeJobHandlers(intake: IntakeService): JobHandlers<typeof intakeJobSchemas> {
  return {
    // Records that the URL awaits capture; the crawler (a later feature) picks up capture_pending
    // URLs. This handler fetches nothing, so nothing here touches the network.
    'intake.capture-url': async ({ urlId }) => {
      await intake.requestCapture(urlId);
    },
    'intake.erase-personal-data': async (_payload, { logger }) => {
      const erased = await intake.erasePersonalData();
      if (erased > 0) logger.info({ erased }, 'personal data past retention erased');
      const receipts = await intake.purgeReceipts();
      if (receipts > 0) logger.debug({ receipts }, 'confirmations never shown forgotten');
    },
    'intake.triage-report': async ({ reportIds }, { logger }) => {
      const queued = await intake.queueReports(reportIds);
      logger.debug({ queued }, 'reports queued for analysts');
    },
  };
}
