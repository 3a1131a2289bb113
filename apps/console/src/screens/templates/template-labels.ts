import { hasCode } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { TemplateRef } from './templates.queries.ts';

/** "Notice: subject (French)", in the console's language. */
export const templateLabel = (ref: TemplateRef, t: Translate) =>
  t('templates.templateIn', {
    template: t(`templates.name.${ref.name}` as MessageId),
    language: t(`templates.language.${ref.language}` as MessageId),
  });

/**
 * Why the server refused a source, in the console's language: its message names the problem
 * ("notice-text (en): unknown name {{x}}"); one it words otherwise is shown as it is.
 */
export function refusalOf(error: unknown, t: Translate): string | null {
  if (!hasCode(error, 'NOTICE_TEMPLATE_REFUSED')) return null;
  const message = (error as Error).message;
  const unknown = /unknown name \{\{(\w+)\}\}/.exec(message);
  const open = /\{\{#(\w+)\}\} is not closed/.exec(message);
  const stray = /\{\{\/(\w+)\}\} closes nothing open/.exec(message);
  const subjectLine = /expected "Subject: \.\.\." then a blank line/.test(message);
  const reason = unknown
    ? t('templates.refused.unknownName', { tag: `{{${unknown[1]}}}` })
    : open
      ? t('templates.refused.notClosed', { tag: `{{#${open[1]}}}`, end: `{{/${open[1]}}}` })
      : stray
        ? t('templates.refused.closesNothing', { tag: `{{/${stray[1]}}}` })
        : subjectLine
          ? t('templates.refused.subjectLine', { subject: 'Subject:' })
          : message;
  return t('templates.refused', { reason });
}
