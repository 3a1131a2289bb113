import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  noticeLanguages,
  noticeTemplateNames,
  type CaseReplyTemplate,
  type NoticeLanguage,
  type NoticeTemplateName,
} from '@vigie/contract';

// The editable templates: a notice's subject, text and HTML, a follow-up's (reminder or
// escalation), and each educational reply to reporters. Each one's default is its file: the
// operator's directory (VIGIE_NOTICE_TEMPLATES_DIR) first, then the built-in one in
// notices/templates, rechecks/templates or casework/templates.

export type TemplateSet = 'notice' | 'followUp' | 'reply';
export type TemplatePart = 'subject' | 'text' | 'html' | 'reply';
export type TemplateEntry = Readonly<{ set: TemplateSet; part: TemplatePart; file: (lang: NoticeLanguage) => string }>;

export const templateCatalogue: Readonly<Record<NoticeTemplateName, TemplateEntry>> = {
  'notice-subject': { set: 'notice', part: 'subject', file: (lang) => `subject.${lang}.txt` },
  'notice-text': { set: 'notice', part: 'text', file: (lang) => `notice.${lang}.txt` },
  'notice-html': { set: 'notice', part: 'html', file: (lang) => `notice.${lang}.html` },
  'follow-up-subject': { set: 'followUp', part: 'subject', file: (lang) => `follow-up-subject.${lang}.txt` },
  'follow-up-text': { set: 'followUp', part: 'text', file: (lang) => `follow-up.${lang}.txt` },
  'follow-up-html': { set: 'followUp', part: 'html', file: (lang) => `follow-up.${lang}.html` },
  // An educational reply: its subject line and text in one source (casework/reply-templates.ts).
  'reply-thanks': { set: 'reply', part: 'reply', file: (lang) => `thanks.${lang}.txt` },
  'reply-not-illegal': { set: 'reply', part: 'reply', file: (lang) => `not_illegal.${lang}.txt` },
  'reply-young-person-help': { set: 'reply', part: 'reply', file: (lang) => `young_person_help.${lang}.txt` },
};

/** The casework reply template an editable one stands for. */
export const replyTemplateOf = (name: NoticeTemplateName) =>
  name.slice('reply-'.length).replaceAll('-', '_') as CaseReplyTemplate;

const builtIn: Record<TemplateSet, URL> = {
  notice: new URL('../notices/templates/', import.meta.url),
  followUp: new URL('../rechecks/templates/', import.meta.url),
  reply: new URL('../casework/templates/', import.meta.url),
};

export const templateKey = (name: NoticeTemplateName, lang: NoticeLanguage) => `${name}.${lang}`;
export const formatOf = (name: NoticeTemplateName) => (templateCatalogue[name].part === 'html' ? 'html' : 'text');

/** Every template's default source, by `name.lang`. */
export type TemplateSources = ReadonlyMap<string, string>;

async function readSource(dir: string | undefined, set: TemplateSet, file: string): Promise<string> {
  if (dir)
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  return readFile(new URL(file, builtIn[set]), 'utf8');
}

export async function loadTemplateSources(dir: string | undefined): Promise<TemplateSources> {
  const out = new Map<string, string>();
  for (const name of noticeTemplateNames)
    for (const lang of noticeLanguages) {
      const entry = templateCatalogue[name];
      out.set(templateKey(name, lang), await readSource(dir, entry.set, entry.file(lang)));
    }
  return out;
}
