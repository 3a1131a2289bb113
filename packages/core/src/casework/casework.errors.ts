import { defineErrors } from '../platform/errors.ts';

export const CaseworkError = defineErrors({
  CASE_NOT_FOUND: { status: 404, message: 'No case for that report (it may not be triaged yet).', retry: 'permanent' },
  CASE_CLAIMED: {
    status: 409,
    message: 'Another analyst holds this case; a supervisor can release their claim.',
    retry: 'permanent',
  },
  CASE_NOT_CLAIMED: { status: 409, message: 'Claim the case before acting on it.', retry: 'permanent' },
  CASE_CLOSED: { status: 409, message: 'The case is closed; a supervisor can reopen it.', retry: 'permanent' },
  CASE_NOT_CLOSED: { status: 409, message: 'Only a closed case can be reopened.', retry: 'permanent' },
  CASE_NO_CONTACT: {
    status: 409,
    message: 'The reporter left no e-mail address (or it was erased): no reply can be sent.',
    retry: 'permanent',
  },
  CASE_URL_NOT_IN_REPORT: {
    status: 400,
    message: 'Only URLs of this report (or media found at them) can be nominated.',
    retry: 'permanent',
  },
  CASE_CURSOR_INVALID: { status: 400, message: 'The page cursor is not one this server gave.', retry: 'permanent' },
  CASE_CAPTURE_NOT_FOUND: {
    status: 404,
    message: 'No such capture of this case, or no page stored.',
    retry: 'permanent',
  },
  CASE_TEMPLATE_INVALID: {
    status: 500,
    message: 'An educational reply template is missing or malformed.',
    retry: 'permanent',
  },
});
export type CaseworkError = InstanceType<typeof CaseworkError>;
