import { defineErrors } from '../platform/errors.ts';

export const RecheckError = defineErrors({
  RECHECK_PERIOD_INVALID: {
    status: 400,
    message: 'The period must start before it ends and span at most ten years.',
    retry: 'permanent',
  },
});
