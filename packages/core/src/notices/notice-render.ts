import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoticeLanguage } from '@vigie/contract';
import type { MessageBodies } from '../outbox/index.ts';
import type { NoticeSettings, NoticeText } from '../platform/notice-settings.ts';
import { NoticeError } from './notices.errors.ts';
import type { Notice, NoticeItem } from './notices.types.ts';
import { compileTemplate, type Template, type TemplateScope } from './template.ts';
import { xarfReport } from './xarf.ts';

// A notice as its recipient reads it: subject, plain text and HTML from the template files (the
// operator's own directory first), one X-ARF report per URL, and the webhook's JSON. The
// response link carries `{{vigie:response-token}}`, spliced in only when the message is sent.

const builtIn = new URL('./templates/', import.meta.url);
const names = ['subject', 'notice'] as const;

export type NoticeTemplates = Readonly<
  Record<NoticeLanguage, Readonly<{ subject: Template; text: Template; html: Template }>>
>;

async function readTemplate(dir: string | undefined, file: string): Promise<{ source: string; path: string }> {
  if (dir) {
    const path = join(dir, file);
    try {
      return { source: await readFile(path, 'utf8'), path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const url = new URL(file, builtIn);
  return { source: await readFile(url, 'utf8'), path: url.pathname };
}

/** Loads and compiles every template once (at start: a malformed one stops the start, not a notice). */
export async function loadNoticeTemplates(dir: string | undefined): Promise<NoticeTemplates> {
  const load = async (lang: NoticeLanguage) => {
    const [subject, text, html] = await Promise.all([
      readTemplate(dir, `${names[0]}.${lang}.txt`),
      readTemplate(dir, `${names[1]}.${lang}.txt`),
      readTemplate(dir, `${names[1]}.${lang}.html`),
    ]);
    return {
      subject: compileTemplate(subject.source.trim(), subject.path, 'text'),
      text: compileTemplate(text.source, text.path, 'text'),
      html: compileTemplate(html.source, html.path, 'html'),
    };
  };
  return { en: await load('en'), fr: await load('fr') };
}

export const textIn = (text: NoticeText, lang: string): string =>
  typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0] ?? '');

const tierText: Record<NoticeLanguage, Record<string, string>> = {
  en: {
    A1: 'prepubescent child, sexual act (industry category A1)',
    A2: 'prepubescent child, lascivious exhibition (industry category A2)',
    B1: 'pubescent child, sexual act (industry category B1)',
    B2: 'pubescent child, lascivious exhibition (industry category B2)',
    baseline: 'Interpol baseline material',
    none: 'child sexual abuse material confirmed by analysts',
  },
  fr: {
    A1: 'enfant prépubère, acte sexuel (catégorie A1 du secteur)',
    A2: 'enfant prépubère, exhibition lascive (catégorie A2 du secteur)',
    B1: 'enfant pubère, acte sexuel (catégorie B1 du secteur)',
    B2: 'enfant pubère, exhibition lascive (catégorie B2 du secteur)',
    baseline: 'matériel du « baseline » d’Interpol',
    none: 'matériel d’abus pédosexuel confirmé par des analystes',
  },
};
const kindText: Record<NoticeLanguage, Record<string, string>> = {
  en: { image: 'image', video: 'video' },
  fr: { image: 'image', video: 'vidéo' },
};

export type RenderContext = Readonly<{ settings: NoticeSettings; publicUrl: string; templates: NoticeTemplates }>;

export const responsePath = (token: string) => `/notices/respond/${token}`;

/** The names a notice's templates are filled with (the templates screen checks a template against them). */
export function noticeScope(
  context: Omit<RenderContext, 'templates'>,
  notice: Notice,
  items: readonly NoticeItem[],
): TemplateScope {
  return noticeParts(context, notice, items).scope;
}

function noticeParts(context: Omit<RenderContext, 'templates'>, notice: Notice, items: readonly NoticeItem[]) {
  const { settings } = context;
  const lang = notice.language;
  const organisation = textIn(settings.organisation, lang);
  const preserve = notice.recipient.country !== null && settings.preserveCountries.includes(notice.recipient.country);
  const responseUrl = `${context.publicUrl}${responsePath('{{vigie:response-token}}')}`;
  const reports = items.map((item) => xarfReport(item, item.reportId, settings, organisation));
  const xarf = notice.recipient.xarf && reports.some(Boolean);
  const scope = {
    noticeId: notice.id,
    organisation,
    contact: settings.contact,
    postalAddress: settings.postalAddress === undefined ? null : textIn(settings.postalAddress, lang),
    phone: settings.phone ?? null,
    legalBasis: textIn(settings.legalBasis, lang),
    recipientName: notice.recipient.name,
    hosts: notice.recipient.relationship === 'hosts',
    links: notice.recipient.relationship === 'links',
    proxies: notice.recipient.relationship === 'proxies',
    preserve,
    xarf,
    responseUrl,
    urlCount: items.length,
    plural: items.length !== 1,
    urls: items.map((item) => ({
      url: item.url,
      pageUrl: item.pageUrl,
      classificationText: tierText[lang][item.classification ?? 'none'] ?? tierText[lang].none!,
      mediaKind: kindText[lang][item.mediaKind ?? ''] ?? item.mediaKind ?? '',
      firstSeen: item.firstSeenAt.toISOString().replace('.000Z', 'Z'),
      sha256: item.sha256,
      sha1: item.sha1,
      md5: item.md5,
    })),
  };
  return { scope, organisation, preserve, responseUrl, reports, xarf };
}

export function renderNotice(context: RenderContext, notice: Notice, items: readonly NoticeItem[]): MessageBodies {
  const { settings } = context;
  const lang = notice.language;
  const { scope, organisation, preserve, responseUrl, reports, xarf } = noticeParts(context, notice, items);
  const templates = context.templates[lang];
  const attached = xarf ? reports.filter((r): r is Record<string, unknown> => r !== undefined) : [];
  const bodies: { email?: MessageBodies['email']; webhook?: MessageBodies['webhook'] } = {};
  const channels = new Set(notice.recipient.contacts.map((c) => c.channel));
  if (channels.has('email'))
    bodies.email = {
      subject: templates.subject(scope).replace(/\s+/g, ' ').trim(),
      text: templates.text(scope),
      html: templates.html(scope),
      // One report per URL; the published envelope's name when there is one, numbered otherwise.
      reports: attached.map((report, i) => ({
        filename: attached.length === 1 ? 'xarf.json' : `xarf-${i + 1}.json`,
        json: JSON.stringify(report, null, 2),
      })),
    };
  if (channels.has('webhook'))
    bodies.webhook = {
      json: JSON.stringify({
        notice: {
          id: notice.id,
          language: lang,
          organisation,
          contact: settings.contact,
          legal_basis: textIn(settings.legalBasis, lang),
          relationship: notice.recipient.relationship,
          requested_action: preserve ? ['remove', 'preserve'] : ['remove'],
          response_url: responseUrl,
          urls: items.map((item) => ({
            url: item.url,
            page_url: item.pageUrl,
            classification: item.classification,
            media_type: item.mediaKind,
            first_seen: item.firstSeenAt.toISOString(),
            hashes: { sha256: item.sha256, sha1: item.sha1, md5: item.md5 },
            xarf_report_id: item.reportId,
          })),
        },
        reports: reports.filter(Boolean),
      }),
    };
  if (!bodies.email && !bodies.webhook)
    throw new NoticeError('NOTICE_TEMPLATE_INVALID', 'the recipient has no contact');
  return bodies;
}
