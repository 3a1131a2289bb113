import { defineErrors } from '../platform/errors.ts';

export const ReferralError = defineErrors({
  REFERRAL_NOT_FOUND: { status: 404, message: 'No such referral.', retry: 'permanent' },
  REFERRAL_REPORT_NOT_FOUND: { status: 404, message: 'No such report.', retry: 'permanent' },
  REFERRAL_RECIPIENT_NOT_FOUND: { status: 404, message: 'No such referral recipient.', retry: 'permanent' },
  REFERRAL_RECIPIENT_INVALID: {
    status: 400,
    message: 'The recipient lacks what its channel needs, or a field is malformed.',
    retry: 'permanent',
  },
  REFERRAL_RECIPIENT_EXISTS: { status: 409, message: 'A recipient with that name exists.', retry: 'permanent' },
  REFERRAL_RECIPIENT_KEY_INVALID: {
    status: 400,
    message: 'The OpenPGP public key cannot be read, or it cannot encrypt.',
    retry: 'permanent',
  },
  REFERRAL_RECIPIENT_IN_USE: {
    status: 409,
    message: 'The recipient has referrals; deactivate it (active: false) instead of removing it.',
    retry: 'permanent',
  },
  REFERRAL_RECIPIENT_REFUSES: {
    status: 409,
    message: 'The recipient does not take reports of this type, or is inactive.',
    retry: 'permanent',
  },
  REFERRAL_NO_RECIPIENT: {
    status: 409,
    message: 'No recipient in the directory fits this report’s jurisdiction: choose one.',
    retry: 'permanent',
  },
  REFERRAL_ALREADY_SENT: {
    status: 409,
    message: 'This report was already referred to that recipient.',
    retry: 'permanent',
  },
  REFERRAL_NOT_HELD: {
    status: 409,
    message: 'Only a referral waiting for its undo window can be undone: this one has left or was undone.',
    retry: 'permanent',
  },
  REFERRAL_NOT_DELIVERED: {
    status: 409,
    message: 'The referral has not been delivered yet (or was undone).',
    retry: 'permanent',
  },
  REFERRAL_RULE_NOT_FOUND: { status: 404, message: 'No such referral rule.', retry: 'permanent' },
  REFERRAL_RULE_EXISTS: { status: 409, message: 'A rule with that name exists.', retry: 'permanent' },
  REFERRAL_FILE_INVALID: {
    status: 400,
    message: 'The recipient file cannot be read (JSON with a recipients list, or CSV with a header row).',
    retry: 'permanent',
  },
  REFERRAL_CHANNEL_UNSET: {
    status: 500,
    message: 'The channel cannot send: SMTP is not configured, or the recipient lost its credentials.',
    retry: 'retry-with-backoff',
  },
});
