import Type, { type Static } from 'typebox';
import { noticeLanguages } from './notices.ts';

// The templates notices, their follow-ups and the educational replies to reporters are written from (docs/notices.md, Templates): each
// one's source is the installation's file (VIGIE_NOTICE_TEMPLATES_DIR, else the built-in one)
// until an administrator saves another on the console's templates screen; a reset goes back.

export const noticeTemplateNames = [
  'notice-subject',
  'notice-text',
  'notice-html',
  'follow-up-subject',
  'follow-up-text',
  'follow-up-html',
  'reply-thanks',
  'reply-not-illegal',
  'reply-young-person-help',
] as const;
export type NoticeTemplateName = (typeof noticeTemplateNames)[number];

export const NoticeTemplateSummary = Type.Object({
  name: Type.Enum(noticeTemplateNames),
  language: Type.Enum(noticeLanguages),
  /** HTML templates escape the values they insert; text ones (subjects too) do not. */
  format: Type.Union([Type.Literal('text'), Type.Literal('html')]),
  /** Saved on the console: it replaces the file until it is reset. */
  overridden: Type.Boolean(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
});
export type NoticeTemplateSummary = Static<typeof NoticeTemplateSummary>;

export const NoticeTemplateList = Type.Object({ templates: Type.Array(NoticeTemplateSummary) });
export type NoticeTemplateList = Static<typeof NoticeTemplateList>;

export const NoticeTemplateView = Type.Object({
  ...NoticeTemplateSummary.properties,
  /** What notices are written from now. */
  source: Type.String(),
  /** The file's: what a reset goes back to. */
  defaultSource: Type.String(),
  /** The names the template may use (a list's item names are given as `list.name`). */
  names: Type.Array(Type.String()),
});
export type NoticeTemplateView = Static<typeof NoticeTemplateView>;

export const NoticeTemplateChange = Type.Object(
  { source: Type.String({ minLength: 1, maxLength: 100_000 }) },
  { additionalProperties: false },
);
export type NoticeTemplateChange = Static<typeof NoticeTemplateChange>;

/** A sample notice (or reminder) written with the given source, nothing saved or sent. */
export const NoticeTemplatePreview = Type.Object({
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
});
export type NoticeTemplatePreview = Static<typeof NoticeTemplatePreview>;
