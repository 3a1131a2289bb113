import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoticeLanguage } from '@vigie/contract';
import { compileTemplate, responsePath, textIn, type Template } from '../notices/index.ts';
import type { MessageBodies, OutboxContact } from '../outbox/index.ts';
import type { NoticeSettings } from '../platform/notice-settings.ts';

// A reminder (to the notice's recipient) or an escalation (to the next contact: the upstream
// network, the registrar, a partner hotline) as its reader sees it, from template files an
// operator can replace (VIGIE_NOTICE_TEMPLATES_DIR, same names): follow-up-subject.LANG.txt,
// follow-up.LANG.txt, follow-up.LANG.html. Never the media: its URLs and fingerprints.

const builtIn = new URL('./templates/', import.meta.url);

export type FollowUpTemplates = Readonly<
  Record<NoticeLanguage, Readonly<{ subject: Template; text: Template; html: Template }>>
>;

async function source(dir: string | undefined, file: string) {
  if (dir)
    try {
      return { text: await readFile(join(dir, file), 'utf8'), path: join(dir, file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  const url = new URL(file, builtIn);
  return { text: await readFile(url, 'utf8'), path: url.pathname };
}

export async function loadFollowUpTemplates(dir: string | undefined): Promise<FollowUpTemplates> {
  const load = async (lang: NoticeLanguage) => {
    const [subject, text, html] = await Promise.all([
      source(dir, `follow-up-subject.${lang}.txt`),
      source(dir, `follow-up.${lang}.txt`),
      source(dir, `follow-up.${lang}.html`),
    ]);
    return {
      subject: compileTemplate(subject.text.trim(), subject.path, 'text'),
      text: compileTemplate(text.text, text.path, 'text'),
      html: compileTemplate(html.text, html.path, 'html'),
    };
  };
  return { en: await load('en'), fr: await load('fr') };
}

const roleText: Record<NoticeLanguage, Record<string, string>> = {
  en: {
    rdap_ip_abuse: 'the abuse contact of the network that hosts these addresses',
    rdap_autnum_abuse: 'the abuse contact of the upstream network that carries their traffic',
    rdap_registrar_abuse: 'the abuse contact of the domain’s registrar',
    rdap_registrar: 'the domain’s registrar',
    rfc2142: 'the domain’s abuse mailbox',
    partner_hotline: 'the partner hotline of the country where the content is hosted',
    other: 'a contact responsible for these addresses',
  },
  fr: {
    rdap_ip_abuse: 'contact abus du réseau qui héberge ces adresses',
    rdap_autnum_abuse: 'contact abus du réseau amont qui achemine leur trafic',
    rdap_registrar_abuse: 'contact abus du bureau d’enregistrement du domaine',
    rdap_registrar: 'bureau d’enregistrement du domaine',
    rfc2142: 'boîte abus du domaine',
    partner_hotline: 'ligne de signalement partenaire du pays où le contenu est hébergé',
    other: 'contact responsable de ces adresses',
  },
};

export type FollowUp = Readonly<{
  kind: 'reminder' | 'escalation';
  noticeId: string;
  language: NoticeLanguage;
  recipientName: string;
  sentAt: Date | null;
  checkedAt: Date;
  reminders: number;
  /** The escalation's contact: role and name. */
  role?: string;
  escalationName?: string | null;
  urls: ReadonlyArray<{ url: string; sha256: string }>;
  contacts: readonly OutboxContact[];
}>;

const day = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '-');

/** The names a follow-up's templates are filled with (the templates screen checks a template against them). */
export function followUpScope(context: { settings: NoticeSettings; publicUrl: string }, followUp: FollowUp) {
  const lang = followUp.language;
  const organisation = textIn(context.settings.organisation, lang);
  const reminder = followUp.kind === 'reminder';
  const responseUrl = `${context.publicUrl}${responsePath('{{vigie:response-token}}')}`;
  const scope = {
    reminder,
    escalation: !reminder,
    noticeId: followUp.noticeId,
    organisation,
    contact: context.settings.contact,
    legalBasis: textIn(context.settings.legalBasis, lang),
    recipientName: followUp.recipientName,
    escalationName: followUp.escalationName ?? (lang === 'fr' ? 'Madame, Monsieur' : 'whom it may concern'),
    roleText: roleText[lang][followUp.role ?? 'other'] ?? roleText[lang].other!,
    sentAt: day(followUp.sentAt),
    checkedAt: day(followUp.checkedAt),
    reminders: followUp.reminders,
    reminderNumber: followUp.reminders + 1,
    responseUrl: reminder ? responseUrl : '',
    urls: followUp.urls.map((u) => ({ url: u.url, sha256: u.sha256 })),
  };
  return { scope, responseUrl };
}

export function renderFollowUp(
  context: { settings: NoticeSettings; publicUrl: string; templates: FollowUpTemplates },
  followUp: FollowUp,
): MessageBodies {
  const lang = followUp.language;
  const reminder = followUp.kind === 'reminder';
  const { scope, responseUrl } = followUpScope(context, followUp);
  const templates = context.templates[lang];
  const bodies: { email?: MessageBodies['email']; webhook?: MessageBodies['webhook'] } = {};
  const channels = new Set(followUp.contacts.map((c) => c.channel));
  if (channels.has('email'))
    bodies.email = {
      subject: templates.subject(scope).replace(/\s+/g, ' ').trim(),
      text: templates.text(scope),
      html: templates.html(scope),
      reports: [],
    };
  if (channels.has('webhook'))
    bodies.webhook = {
      json: JSON.stringify({
        [followUp.kind]: {
          notice_id: followUp.noticeId,
          number: followUp.kind === 'reminder' ? followUp.reminders + 1 : undefined,
          checked_at: followUp.checkedAt.toISOString(),
          still_online: followUp.urls.map((u) => ({ url: u.url, hashes: { sha256: u.sha256 } })),
          ...(reminder ? { response_url: responseUrl } : { role: followUp.role }),
        },
      }),
    };
  return bodies;
}
