import { defineErrors } from '../platform/errors.ts';

export const ReviewError = defineErrors({
  REVIEW_MEDIA_NOT_FOUND: { status: 404, message: 'No media with that SHA-256 was captured.', retry: 'permanent' },
  REVIEW_MEDIA_CLASSIFIED: {
    status: 409,
    message:
      'This media is already classified and is never shown: GET /api/v1/media/{sha256}/review gives its classification.',
    retry: 'permanent',
  },
  REVIEW_PREVIEW_FAILED: {
    status: 422,
    message: 'No preview could be made of this media (not stored, or not decodable within the limits).',
    retry: 'permanent',
  },
  REVIEW_BREAK_REQUIRED: {
    status: 423,
    message: 'The review time limit is reached: media review resumes when the break is over.',
    retry: 'retry-later',
  },
  REVIEW_DAILY_LIMIT: {
    status: 423,
    message: "Today's media review limit is reached: review resumes tomorrow (UTC).",
    retry: 'retry-later',
  },
  REVIEW_SETTING_NOT_ALLOWED: {
    status: 400,
    message: 'The review policy set by supervisors does not allow this setting.',
    retry: 'permanent',
  },
  REVIEW_POLICY_INVALID: {
    status: 400,
    message: 'The soft limit must not exceed the hard limit.',
    retry: 'permanent',
  },
  REVIEW_LABELS_INVALID: { status: 400, message: 'The labels do not fit the verdict.', retry: 'permanent' },
  REVIEW_SOURCE_INVALID: {
    status: 400,
    message: 'A capture source needs captureId; a page source needs pageUrl.',
    retry: 'permanent',
  },
  REVIEW_VERDICT_INVALID: { status: 400, message: 'This verdict is not accepted here.', retry: 'permanent' },
  REVIEW_ALREADY_DECIDED: {
    status: 409,
    message: 'This media already has a verdict (undo it first, or verify it in the verification queue).',
    retry: 'permanent',
  },
  REVIEW_UNDO_TOO_LATE: {
    status: 409,
    message: 'This verdict has been verified or settled since: it can no longer be undone.',
    retry: 'permanent',
  },
  REVIEW_ITEM_NOT_FOUND: { status: 404, message: 'No such verification item.', retry: 'permanent' },
  REVIEW_ITEM_CLOSED: {
    status: 409,
    message: 'This item is no longer waiting for this step (confirmed, disputed, settled or undone).',
    retry: 'permanent',
  },
  REVIEW_OWN_VERDICT: { status: 409, message: 'Nobody verifies their own verdict.', retry: 'permanent' },
  REVIEW_ALREADY_VERIFIED: { status: 409, message: 'You have already verified this item.', retry: 'permanent' },
  REVIEW_REVEAL_NOT_FOUND: { status: 404, message: 'No such reveal of yours.', retry: 'permanent' },
});
export type ReviewError = InstanceType<typeof ReviewError>;
