import type { intakeJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { IntakeService } from './intake.service.ts';

/** `captureUrl` is the crawler's capture of one reported URL (given by the composition root). */
export function createIntakeJobHandlers(
  intake: IntakeService,
  captureUrl: (urlId: string) => Promise<void>,
): JobHandlers<typeof intakeJobSchemas> {
  return {
    // Marks the URL as awaiting capture, then captures it (the server fetches it, never an analyst).
    'intake.capture-url': async ({ urlId }) => {
      await intake.requestCapture(urlId);
      await captureUrl(urlId);
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
