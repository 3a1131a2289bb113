import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import type { NoticeLanguage } from '@vigie/contract';
import { isAppError } from '../platform/errors.ts';
import type { RateLimiter } from '../platform/http/shared-rate-limiter.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { createFormTokens, isSameSiteRequest, type Html } from '../tipline/index.ts';
import { appealPage, type AppealMessage } from './appeal.page.ts';
import type { AppealsService } from './appeals.service.ts';

// The site owners' appeal form: public, server-rendered, en/fr; CSRF-safe like the tipline's
// forms (signed, time-limited token plus the browser's Sec-Fetch-Site); limited per address.

const page = { config: { access: { public: true } }, schema: { hide: true } } as const;
const Lang = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 8 })) });
const Form = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 8 })),
  csrf: Type.Optional(Type.String({ maxLength: 200 })),
  address: Type.Optional(Type.String({ maxLength: 4096 })),
  contact: Type.Optional(Type.String({ maxLength: 1000 })),
  reason: Type.Optional(Type.String({ maxLength: 8000 })),
});

const languageOf = (lang: string | undefined, accept: string | undefined): NoticeLanguage =>
  lang === 'en' || lang === 'fr' ? lang : /^\s*fr/i.test(accept ?? '') ? 'fr' : 'en';

function send(reply: FastifyReply, lang: NoticeLanguage, body: Html, status = 200) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-language', lang)
    .send(body.value);
}

export function registerAppealRoutes(
  app: HttpServer,
  appeals: AppealsService,
  options: { formKey: Buffer; now: () => Date; limiter: RateLimiter },
): void {
  const tokens = createFormTokens({ form: options.formKey, receipt: options.formKey }, options.now);
  app.get('/blocklist/appeal', { ...page, schema: { ...page.schema, querystring: Lang } }, async (request, reply) => {
    const lang = languageOf(request.query.lang, request.headers['accept-language']);
    return send(reply, lang, appealPage(lang, { csrf: tokens.issue() }));
  });
  app.post('/blocklist/appeal', { ...page, schema: { ...page.schema, body: Form } }, async (request, reply) => {
    const body = request.body;
    const lang = languageOf(body.lang, request.headers['accept-language']);
    const values = { address: body.address ?? '', contact: body.contact ?? '', reason: body.reason ?? '' };
    const again = (message: AppealMessage, status: number) =>
      send(reply, lang, appealPage(lang, { csrf: tokens.issue(), values, message }), status);
    if (!isSameSiteRequest(request.headers)) return again('forbidden', 403);
    if (!tokens.verify(body.csrf)) return again('expired', 400);
    if (!(await options.limiter.take(request.ip)).allowed) return again('limited', 429);
    try {
      const { id } = await appeals.submit({ ...values, language: lang });
      return send(reply, lang, appealPage(lang, { csrf: '', message: 'received', reference: id }));
    } catch (error) {
      if (isAppError(error) && error.code === 'BLOCKLIST_APPEAL_INVALID') return again('invalid', 400);
      throw error;
    }
  });
}
