import { readFile } from 'node:fs/promises';
import {
  caseReplyLanguages,
  caseReplyTemplates,
  type CaseReplyLanguage,
  type CaseReplyTemplate,
} from '@vigie/contract';
import type { EmailBody } from '../outbox/index.ts';
import { CaseworkError } from './casework.errors.ts';

// Educational replies to reporters: one plain-text file per template and language in
// templates/ (`name.lang.txt`), its first line `Subject: ...`. Only `{{reportNumber}}` and
// `{{hotline}}` may appear; any other name stops the start (a typo never reaches a reporter).
// An administrator may save others over the files (notice-templates), checked the same way.

const builtIn = new URL('./templates/', import.meta.url);
export const replyNames = ['reportNumber', 'hotline'] as const;
const names = new Set<string>(replyNames);

export type ParsedReply = Readonly<{ subject: string; body: string }>;
type Parsed = ParsedReply;
export type ReplyTemplates = Readonly<Record<CaseReplyTemplate, Readonly<Record<CaseReplyLanguage, Parsed>>>>;

/** One reply's source: `Subject: ...`, a blank line, the text; only the known names. */
export function parseReply(source: string, file: string): Parsed {
  const match = /^Subject: ([^\n]+)\n\n([\s\S]+)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new CaseworkError('CASE_TEMPLATE_INVALID', `${file}: expected "Subject: ..." then a blank line`);
  for (const [, name] of source.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g))
    if (!names.has(name ?? '')) throw new CaseworkError('CASE_TEMPLATE_INVALID', `${file}: unknown name {{${name}}}`);
  return { subject: match[1]!.trim(), body: match[2]!.trimEnd() + '\n' };
}

export async function loadReplyTemplates(dir: URL = builtIn): Promise<ReplyTemplates> {
  const out: Record<string, Record<string, Parsed>> = {};
  for (const template of caseReplyTemplates) {
    out[template] = {};
    for (const lang of caseReplyLanguages) {
      const file = new URL(`${template}.${lang}.txt`, dir);
      out[template][lang] = parseReply(await readFile(file, 'utf8'), file.pathname);
    }
  }
  return out as ReplyTemplates;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] as string);

/** The hotline's name in a reply's language (the notices' organisation, one text or per language). */
export const hotlineName = (text: string | Readonly<Record<string, string>>, lang: string) =>
  typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0] ?? '');

export function renderReply(
  templates: ReplyTemplates,
  template: CaseReplyTemplate,
  lang: CaseReplyLanguage,
  values: Readonly<{ reportNumber: string; hotline: string }>,
): EmailBody {
  const { subject, body } = templates[template][lang];
  const fill = (text: string) =>
    text.replace(/\{\{\s*(reportNumber|hotline)\s*\}\}/g, (_, name: 'reportNumber' | 'hotline') => values[name]);
  const text = fill(body);
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, ' ')}</p>`)
    .join('\n');
  return {
    subject: fill(subject),
    text,
    html: `<!doctype html>\n<html lang="${lang}"><body>\n${paragraphs}\n</body></html>\n`,
    reports: [],
  };
}
