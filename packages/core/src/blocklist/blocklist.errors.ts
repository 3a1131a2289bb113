import { defineErrors } from '../platform/errors.ts';

export const BlocklistError = defineErrors({
  BLOCKLIST_ENTRY_NOT_FOUND: { status: 404, message: 'No such blocklist entry.', retry: 'permanent' },
  BLOCKLIST_NOTHING_NOMINATED: {
    status: 400,
    message: 'Give at least one http(s) URL or domain name to nominate.',
    retry: 'permanent',
  },
  BLOCKLIST_NOT_NOMINATED: {
    status: 409,
    message: 'Only a nominated entry (not yet listed, delisted or rejected) can be approved or rejected.',
    retry: 'permanent',
  },
  BLOCKLIST_ALREADY_APPROVED: {
    status: 409,
    message: 'You already approved this entry: the second approval must come from another analyst.',
    retry: 'permanent',
  },
  BLOCKLIST_CRITERIA_NOT_MET: {
    status: 409,
    message: 'The entry does not meet the inclusion criteria (see details); it stays nominated.',
    retry: 'permanent',
  },
  BLOCKLIST_NOT_LISTED: { status: 409, message: 'The entry is not on the list.', retry: 'permanent' },
  BLOCKLIST_APPEAL_NOT_FOUND: { status: 404, message: 'No such appeal.', retry: 'permanent' },
  BLOCKLIST_APPEAL_DECIDED: { status: 409, message: 'This appeal was already decided.', retry: 'permanent' },
  BLOCKLIST_APPEAL_INVALID: {
    status: 400,
    message: 'An appeal needs the address, a contact e-mail address and the reason (at most 4,000 characters).',
    retry: 'permanent',
  },
  BLOCKLIST_FILE_NOT_FOUND: {
    status: 404,
    message: 'No such feed file: versions are numbered from 1, formats are txt, csv, json and rpz.',
    retry: 'permanent',
  },
});
export type BlocklistError = InstanceType<typeof BlocklistError>;
