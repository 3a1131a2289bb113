import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import {
  SigningKeyResponse,
  NoticeList,
  NoticeQuery,
  NoticeView,
  SendNoticeBody,
  SendNoticeResponse,
  type NoticeLanguage,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { NoticeSettings } from '../platform/notice-settings.ts';
import type { SigningKeyInfo } from '../platform/signing-key.ts';
import type { Html } from '../tipline/index.ts';
import { textIn } from './notice-render.ts';
import type { NoticesService } from './notices.service.ts';
import { toNoticeSummary, toNoticeView } from './notices.views.ts';
import { invalidLinkPage, responsePage } from './response.page.ts';

const read = { staff: ['analyst', 'supervisor', 'verifier'], apiKey: 'notices:read' } as const;
const send = { staff: ['analyst', 'supervisor'], apiKey: 'notices:send' } as const;
const Token = Type.Object({ token: Type.String({ maxLength: 100 }) });
const Lang = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 8 })) });
const Answer = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 8 })),
  action: Type.Union([Type.Literal('acknowledge'), Type.Literal('contest')]),
  reason: Type.Optional(Type.String({ maxLength: 8000 })),
});

const languageOf = (lang: string | undefined, fallback: NoticeLanguage): NoticeLanguage =>
  lang === 'en' || lang === 'fr' ? lang : fallback;

function sendPage(reply: FastifyReply, lang: NoticeLanguage, body: Html, status = 200) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-language', lang)
    .send(body.value);
}

export function registerNoticesRoutes(
  app: HttpServer,
  notices: NoticesService,
  settings: NoticeSettings,
  webhookKey: SigningKeyInfo,
): void {
  // Public: what a provider checks a webhook notice's Vigie-Signature-Ed25519 against (pin the fingerprint).
  app.get(
    '/api/v1/notices/signing-key',
    { config: { access: { public: true } }, schema: { tags: ['notices'], response: { 200: SigningKeyResponse } } },
    async () => webhookKey,
  );
  app.post(
    '/api/v1/notices',
    {
      config: { access: send },
      schema: { tags: ['notices'], body: SendNoticeBody, response: { 201: SendNoticeResponse } },
    },
    async (request, reply) => {
      const result = await notices.send(request.body, actorOf(request));
      return reply.code(201).send({ notices: result.notices.map(toNoticeSummary), unresolved: result.unresolved });
    },
  );
  app.get(
    '/api/v1/notices',
    {
      config: { access: read },
      schema: { tags: ['notices'], querystring: NoticeQuery, response: { 200: NoticeList } },
    },
    async (request) => {
      const limit = request.query.limit ?? 100;
      const rows = await notices.list({
        limit,
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.before ? { before: new Date(request.query.before) } : {}),
      });
      return {
        notices: rows.map(toNoticeSummary),
        next: rows.length === limit ? rows.at(-1)!.createdAt.toISOString() : null,
      };
    },
  );
  app.get(
    '/api/v1/notices/:id',
    {
      config: { access: read },
      schema: {
        tags: ['notices'],
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: NoticeView },
      },
    },
    async (request) => toNoticeView(await notices.get(request.params.id)),
  );

  // The provider's page: public, the token is the key; errors are a page in its language, not JSON.
  const page = { access: { public: true } } as const;
  app.get(
    '/notices/respond/:token',
    { config: page, schema: { hide: true, params: Token, querystring: Lang } },
    async (request, reply) => {
      const path = `/notices/respond/${encodeURIComponent(request.params.token)}`;
      try {
        const { notice, items } = await notices.byToken(request.params.token);
        const lang = languageOf(request.query.lang, notice.language);
        return sendPage(reply, lang, responsePage(lang, path, notice, items, textIn(settings.organisation, lang)));
      } catch (error) {
        if (!isAppError(error) || error.code !== 'NOTICE_LINK_INVALID') throw error;
        return sendPage(
          reply,
          languageOf(request.query.lang, 'en'),
          invalidLinkPage(languageOf(request.query.lang, 'en'), path),
          404,
        );
      }
    },
  );
  app.post(
    '/notices/respond/:token',
    { config: page, schema: { hide: true, params: Token, body: Answer } },
    async (request, reply) => {
      const path = `/notices/respond/${encodeURIComponent(request.params.token)}`;
      const fallback = languageOf(request.body.lang, 'en');
      try {
        const { notice, changed } = await notices.respond(request.params.token, request.body, request.ip);
        const lang = languageOf(request.body.lang, notice.language);
        const { items } = await notices.byToken(request.params.token);
        const outcome = !changed ? 'already' : request.body.action === 'acknowledge' ? 'acknowledged' : 'contested';
        return sendPage(
          reply,
          lang,
          responsePage(lang, path, notice, items, textIn(settings.organisation, lang), outcome),
        );
      } catch (error) {
        if (isAppError(error) && error.code === 'NOTICE_RESPONSE_INVALID') {
          const { notice, items } = await notices.byToken(request.params.token);
          const lang = languageOf(request.body.lang, notice.language);
          const organisation = textIn(settings.organisation, lang);
          return sendPage(reply, lang, responsePage(lang, path, notice, items, organisation, 'reasonNeeded'), 400);
        }
        if (!isAppError(error) || error.code !== 'NOTICE_LINK_INVALID') throw error;
        return sendPage(reply, fallback, invalidLinkPage(fallback, path), 404);
      }
    },
  );
}
