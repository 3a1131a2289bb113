import { defineErrors } from '../platform/errors.ts';

export const NoticeError = defineErrors({
  NOTICE_NOT_FOUND: { status: 404, message: 'No such notice.', retry: 'permanent' },
  NOTICE_NOTHING_TO_SEND: {
    status: 400,
    message: 'Give detectionIds or a url: the detections of confirmed material to notify.',
    retry: 'permanent',
  },
  NOTICE_DETECTION_NOT_FOUND: {
    status: 404,
    message: 'No detection of notice-and-takedown material with that id or at that URL.',
    retry: 'permanent',
  },
  NOTICE_LINK_INVALID: {
    status: 404,
    message: 'This link is not valid. Write to the address in the notice instead.',
    retry: 'permanent',
  },
  NOTICE_RESPONSE_INVALID: {
    status: 400,
    message: 'Choose acknowledge or contest; a contest needs a reason (at most 4,000 characters).',
    retry: 'permanent',
  },
  NOTICE_XARF_INVALID: {
    status: 500,
    message: 'The X-ARF report does not validate against its schema; the notice was not sent.',
    retry: 'permanent',
  },
  NOTICE_TEMPLATE_INVALID: {
    status: 500,
    message: 'A notice template is missing or malformed (see VIGIE_NOTICE_TEMPLATES_DIR).',
    retry: 'permanent',
  },
});
export type NoticeError = InstanceType<typeof NoticeError>;
