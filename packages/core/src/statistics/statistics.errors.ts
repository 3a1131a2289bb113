import { defineErrors } from '../platform/errors.ts';

export const StatisticsError = defineErrors({
  STATISTICS_PERIOD_INVALID: {
    status: 400,
    message: 'The period must start before it ends and span at most ten years (two by day).',
    retry: 'permanent',
  },
});
