import {
  noticeLanguages,
  noticeTemplateNames,
  type NoticeLanguage,
  type NoticeTemplateName,
  type NoticeTemplatePreview,
  type NoticeTemplateSummary,
  type NoticeTemplateView,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import {
  checkTemplateNames,
  compileTemplate,
  noticeScope,
  renderNotice,
  type NoticeTemplates,
  type TemplateScope,
} from '../notices/index.ts';
import { hotlineName, parseReply, renderReply, replyNames, type ReplyTemplates } from '../casework/index.ts';
import { isAppError } from '../platform/errors.ts';
import { followUpScope, renderFollowUp, type FollowUpTemplates } from '../rechecks/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import {
  formatOf,
  replyTemplateOf,
  templateCatalogue,
  templateKey,
  type TemplateSet,
  type TemplateSources,
} from './notice-templates.catalogue.ts';
import { NoticeTemplateError } from './notice-templates.errors.ts';
import {
  removeSavedTemplate,
  selectSavedTemplates,
  writeSavedTemplate,
  type SavedTemplate,
} from './notice-templates.repository.ts';
import { sampleFollowUp, sampleNotice } from './notice-templates.samples.ts';

// Notice, follow-up and reply templates an administrator edits on the console: a saved source wins over
// the file until it is reset. A source is compiled and its names checked against the scope the
// real render fills before it is saved; every process reads the saved ones again within CACHE_MS
// of a change (each notice and follow-up is written from them); each change is audited.

const CACHE_MS = 5_000;

type Compiled = { notice: NoticeTemplates; followUp: FollowUpTemplates; reply: ReplyTemplates };
type Sources = ReadonlyMap<string, string>;

export type NoticeTemplatesService = ReturnType<typeof createNoticeTemplatesService>;

export function createNoticeTemplatesService(deps: ServiceDeps, defaults: TemplateSources) {
  const { db, now, config } = deps;
  const context = { settings: config.notices, publicUrl: config.publicUrl };
  const scopes: Record<Exclude<TemplateSet, 'reply'>, Record<NoticeLanguage, TemplateScope>> = {
    notice: { en: sampleNoticeScope('en'), fr: sampleNoticeScope('fr') },
    followUp: {
      en: followUpScope(context, sampleFollowUp('en')).scope,
      fr: followUpScope(context, sampleFollowUp('fr')).scope,
    },
  };
  function sampleNoticeScope(lang: NoticeLanguage) {
    const { notice, items } = sampleNotice(lang);
    return noticeScope(context, notice, items);
  }

  const refused = (error: unknown) =>
    isAppError(error) && (error.code === 'NOTICE_TEMPLATE_INVALID' || error.code === 'CASE_TEMPLATE_INVALID')
      ? new NoticeTemplateError('NOTICE_TEMPLATE_REFUSED', error.message, { problem: error.message })
      : error;

  /** Compiles and checks one notice or follow-up source (`label` names it in the error); throws NOTICE_TEMPLATE_REFUSED. */
  function compileChecked(name: NoticeTemplateName, lang: NoticeLanguage, source: string) {
    const entry = templateCatalogue[name];
    if (entry.set === 'reply') throw new TypeError(`${name} is a reply: parseChecked`);
    const label = `${name} (${lang})`;
    const text = entry.part === 'subject' ? source.trim() : source;
    try {
      checkTemplateNames(text, label, scopes[entry.set][lang]);
      return compileTemplate(text, label, formatOf(name));
    } catch (error) {
      throw refused(error);
    }
  }

  /** Checks one reply's source (subject line, blank line, text; only the reply's names). */
  function parseChecked(name: NoticeTemplateName, lang: NoticeLanguage, source: string) {
    try {
      return parseReply(source, `${name} (${lang})`);
    } catch (error) {
      throw refused(error);
    }
  }

  const check = (name: NoticeTemplateName, lang: NoticeLanguage, source: string) =>
    templateCatalogue[name].set === 'reply' ? parseChecked(name, lang, source) : compileChecked(name, lang, source);

  function compileAll(sources: Sources): Compiled {
    const sets = { notice: {}, followUp: {}, reply: {} } as Record<
      TemplateSet,
      Record<string, Record<string, unknown>>
    >;
    for (const lang of noticeLanguages) {
      sets.notice[lang] = {};
      sets.followUp[lang] = {};
      for (const name of noticeTemplateNames) {
        const entry = templateCatalogue[name];
        const source = sources.get(templateKey(name, lang))!;
        // Replies are kept by template, then language, as casework renders them.
        if (entry.set === 'reply') (sets.reply[replyTemplateOf(name)] ??= {})[lang] = parseChecked(name, lang, source);
        else sets[entry.set][lang]![entry.part] = compileChecked(name, lang, source);
      }
    }
    return sets as unknown as Compiled;
  }

  // The files are checked at start like a saved source: a malformed one stops the start, not a notice.
  compileAll(defaults);
  let cached: { at: number; saved: Map<string, SavedTemplate>; compiled: Compiled } | undefined;

  async function load() {
    const saved = new Map((await selectSavedTemplates(db)).map((row) => [`${row.name}.${row.language}`, row]));
    const sources = new Map(defaults);
    for (const [key, row] of saved) sources.set(key, row.source);
    cached = { at: Date.now(), saved, compiled: compileAll(sources) };
    return cached;
  }
  const current = async () => (cached && Date.now() - cached.at < CACHE_MS ? cached : load());

  function known(name: string, lang: string): asserts name is NoticeTemplateName {
    if (
      !(noticeTemplateNames as readonly string[]).includes(name) ||
      !(noticeLanguages as readonly string[]).includes(lang)
    )
      throw new NoticeTemplateError('NOTICE_TEMPLATE_NOT_FOUND', `No template ${name} in ${lang}.`);
  }

  function summary(
    name: NoticeTemplateName,
    lang: NoticeLanguage,
    row: SavedTemplate | undefined,
  ): NoticeTemplateSummary {
    return {
      name,
      language: lang,
      format: formatOf(name),
      overridden: row !== undefined,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  }

  function namesOf(scope: TemplateScope, prefix = ''): string[] {
    return Object.entries(scope).flatMap(([key, value]) =>
      Array.isArray(value)
        ? [`${prefix}${key}`, ...namesOf((value[0] ?? {}) as TemplateScope, `${key}.`)]
        : [`${prefix}${key}`],
    );
  }

  async function audit(actor: Actor, action: string, name: string, lang: string, at: Date, trx = db) {
    await appendAuditEvent(
      trx,
      actor,
      { action, subjectType: 'notice_template', subjectId: `${name}.${lang}`, details: { name, language: lang } },
      at,
    );
  }

  return {
    /** Notices' templates as they are now (at most CACHE_MS old in another process). */
    notices: async (): Promise<NoticeTemplates> => (await current()).compiled.notice,
    /** Follow-ups' templates as they are now. */
    followUps: async (): Promise<FollowUpTemplates> => (await current()).compiled.followUp,
    /** The educational replies to reporters as they are now. */
    replies: async (): Promise<ReplyTemplates> => (await current()).compiled.reply,

    async list(): Promise<NoticeTemplateSummary[]> {
      const { saved } = await load();
      return noticeTemplateNames.flatMap((name) =>
        noticeLanguages.map((lang) => summary(name, lang, saved.get(templateKey(name, lang)))),
      );
    },

    async get(name: string, lang: string): Promise<NoticeTemplateView> {
      known(name, lang);
      const language = lang as NoticeLanguage;
      const row = (await load()).saved.get(templateKey(name, language));
      const defaultSource = defaults.get(templateKey(name, language))!;
      return {
        ...summary(name, language, row),
        source: row?.source ?? defaultSource,
        defaultSource,
        names: ((set) => (set === 'reply' ? [...replyNames] : namesOf(scopes[set][language])))(
          templateCatalogue[name].set,
        ),
      };
    },

    /** Saves a source once it compiles against the names the real render gives; audited. */
    async save(name: string, lang: string, source: string, actor: Actor): Promise<NoticeTemplateView> {
      known(name, lang);
      check(name, lang as NoticeLanguage, source);
      await db.transaction().execute(async (trx) => {
        const at = now();
        const by = `${actor.type}:${actor.id}`;
        await writeSavedTemplate(trx, { name, language: lang, source, updatedAt: at, updatedBy: by });
        await audit(actor, 'notice-template.saved', name, lang, at, trx);
      });
      cached = undefined;
      return this.get(name, lang);
    },

    /** Goes back to the file's source; audited when there was a saved one. */
    async reset(name: string, lang: string, actor: Actor): Promise<NoticeTemplateView> {
      known(name, lang);
      await db.transaction().execute(async (trx) => {
        if (await removeSavedTemplate(trx, name, lang))
          await audit(actor, 'notice-template.reset', name, lang, now(), trx);
      });
      cached = undefined;
      return this.get(name, lang);
    },

    /** The sample notice (or reminder) written with `source` in place of the template: nothing saved. */
    async preview(name: string, lang: string, source: string): Promise<NoticeTemplatePreview> {
      known(name, lang);
      const language = lang as NoticeLanguage;
      const entry = templateCatalogue[name];
      const { compiled } = await current();
      const sample = (text: string) => text.replaceAll('{{vigie:response-token}}', 'EXAMPLE-TOKEN');
      if (entry.set === 'reply') {
        const reply = replyTemplateOf(name);
        const templates = {
          ...compiled.reply,
          [reply]: { ...compiled.reply[reply], [language]: parseChecked(name, language, source) },
        };
        const values = { reportNumber: '123-456-789', hotline: hotlineName(config.notices.organisation, language) };
        const { subject, text, html } = renderReply(templates, reply, language, values);
        return { subject, text, html };
      }
      const template = compileChecked(name, language, source);
      let email;
      if (entry.set === 'notice') {
        const templates = { ...compiled.notice, [language]: { ...compiled.notice[language], [entry.part]: template } };
        const { notice, items } = sampleNotice(language);
        email = renderNotice({ ...context, templates }, notice, items).email;
      } else {
        const templates = {
          ...compiled.followUp,
          [language]: { ...compiled.followUp[language], [entry.part]: template },
        };
        email = renderFollowUp({ ...context, templates }, sampleFollowUp(language)).email;
      }
      return { subject: sample(email!.subject), text: sample(email!.text), html: sample(email!.html) };
    },
  };
}
