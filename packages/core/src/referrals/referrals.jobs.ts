import type { referralsJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { ReferralsService } from './referrals.service.ts';

export function createReferralsJobHandlers(referrals: ReferralsService): JobHandlers<typeof referralsJobSchemas> {
  return {
    'referrals.release-referral': async ({ referralId }) => referrals.release(referralId),
    'referrals.forward-automatic': async (_payload, { logger }) => {
      const { decided, forwarded } = await referrals.forwardAutomatic();
      if (decided > 0) logger.info({ decided, forwarded }, 'referrals: automatic decisions taken');
    },
  };
}
