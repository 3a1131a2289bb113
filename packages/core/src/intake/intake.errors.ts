import { defineErrors } from '../platform/errors.ts';

export const IntakeError = defineErrors({
  INTAKE_REPORT_INVALID: { status: 400, message: 'The report is not valid; see the fields named.', retry: 'permanent' },
  INTAKE_FOLLOW_UP_UNKNOWN: { status: 404, message: 'This follow-up code is not known.', retry: 'permanent' },
  INTAKE_ALREADY_SUBMITTED: {
    status: 409,
    message: 'This form was already sent, and what it carried is stored; nothing was filed twice.',
    retry: 'permanent',
  },
  INTAKE_ALERT_NOT_PUBLISHED: {
    status: 404,
    message: 'No published alert has this id (it may already be withdrawn).',
    retry: 'permanent',
  },
  INTAKE_ALERT_NOT_DRAFT: {
    status: 409,
    message: 'No draft alert has this id (it may be published already).',
    retry: 'permanent',
  },
  INTAKE_BUSY: {
    status: 503,
    message: 'The tipline is busy; try again in a few seconds. Nothing was saved.',
    retry: 'retry-later',
  },
});

/** A problem with one field: `path` is dotted (`urls.2`, `reporter.contact.email`), `code` is stable. */
export type FieldProblem = { path: string; code: string };
