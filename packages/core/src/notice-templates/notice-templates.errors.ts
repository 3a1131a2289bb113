import { defineErrors } from '../platform/errors.ts';

export const NoticeTemplateError = defineErrors({
  NOTICE_TEMPLATE_NOT_FOUND: {
    status: 404,
    message:
      'No such template: notice-subject, notice-text, notice-html, follow-up-subject, follow-up-text or follow-up-html, in en or fr.',
    retry: 'permanent',
  },
  NOTICE_TEMPLATE_REFUSED: {
    status: 400,
    message: 'The template does not compile (an unknown name, or a section not closed); nothing was saved.',
    retry: 'permanent',
  },
});
export type NoticeTemplateError = InstanceType<typeof NoticeTemplateError>;
