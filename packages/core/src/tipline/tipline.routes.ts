import { readFile } from 'node:fs/promises';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { TiplineSettings } from '@vigie/contract';
import type { IntakeService } from '../intake/index.ts';
import type { StatisticsService } from '../statistics/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { isAppError } from '../platform/errors.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { confirmationPage, followUpDonePage, receiptGonePage } from './confirmation.page.ts';
import { createFormTokens, receiptIdPattern } from './form-token.ts';
import { alertsPage, errorPage, homePage } from './home.page.ts';
import type { Html } from './html.ts';
import { isLanguage, messagesFor, pickLanguage } from './i18n.ts';
import { otherLanguage, type PageContext } from './layout.ts';
import { chooseTypePage, followUpPage, isReportType, reportFormPage } from './report.page.ts';
import { privacyPage } from './privacy.page.ts';
import { publishedTables, statisticsPage } from './statistics.page.ts';
import { siteOf, type Site } from './site.ts';
import { readForm } from './report-form.ts';
import { submitFollowUpForm, submitReportForm, type Answer } from './tipline.submit.ts';

type Query = { lang?: string; type?: string; next?: string; switch?: string };
const access = { public: true } as const;
const route = { config: { access }, schema: { hide: true } };

function answer(reply: FastifyReply, page: PageContext, result: Answer) {
  // 303: the browser fetches the confirmation with GET, so reload and Back never resend the form.
  if ('redirect' in result) return reply.status(303).header('cache-control', 'no-store').redirect(result.redirect, 303);
  return send(reply, page, result.body, result.status);
}

function send(reply: FastifyReply, page: PageContext, body: Html, status = 200) {
  // no-store: a confirmation page holds the follow-up code; shared computers must not keep it.
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-language', page.lang)
    .header('vary', 'accept-language')
    .send(body.value);
}

/** A person gets a page in their language, whatever failed: never the API's JSON. */
function statusOf(error: FastifyError): number {
  if (isAppError(error)) return error.spec.status;
  return error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
}

export type TiplineOptions = {
  config: Config;
  now: Clock;
  statistics?: Pick<StatisticsService, 'published'>;
  /** Installation settings changed at run time, over the environment's (read for each page). */
  settings?: () => Promise<TiplineSettings>;
};

/** The public tipline: server-rendered pages that work without JavaScript, at the site's root. */
export async function registerTiplineRoutes(
  app: HttpServer,
  intake: IntakeService,
  options: TiplineOptions,
): Promise<void> {
  const tokens = createFormTokens(
    {
      form: intake.deriveSecret('vigie tipline form token v1'),
      receipt: intake.deriveSecret('vigie tipline receipt v1'),
    },
    options.now,
  );
  const submit = { intake, tokens, keepAnonymousAddress: options.config.intakeStoreAddress };
  const css = await readFile(new URL('./tipline.css', import.meta.url), 'utf8');
  const script = await readFile(new URL('./tipline.js', import.meta.url), 'utf8');
  const fallback = siteOf(options.config);
  const sites = new WeakMap<FastifyRequest, Site>();
  // `wanted`: the language a form's switch asked for (the form is shown again in it).
  const pageFor = (request: FastifyRequest, path: string, wanted?: unknown): PageContext => {
    const lang = isLanguage(wanted)
      ? wanted
      : pickLanguage((request.query as Query | undefined)?.lang, request.headers['accept-language']);
    return { t: messagesFor(lang), lang, path, site: sites.get(request) ?? fallback };
  };

  // Its own scope, so that its error handler answers only the tipline's routes.
  await app.register(async (scope: HttpServer) => {
    // The installation's settings as they are now, once per request (cached by the settings service).
    if (options.settings) {
      const current = options.settings;
      scope.addHook('onRequest', async (request) => {
        sites.set(request, siteOf(options.config, await current()));
      });
    }
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = statusOf(error);
      if (status >= 500) request.log.error({ err: error }, 'tipline request failed');
      const page = pageFor(request, request.routeOptions.url ?? '/');
      return send(reply, page, errorPage(page, status), status);
    });

    scope.get('/tipline.css', route, async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
    );
    scope.get('/tipline.js', route, async (_request, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(script),
    );
    scope.get('/', route, async (request, reply) => {
      const page = pageFor(request, '/');
      return send(reply, page, homePage(page));
    });
    scope.get('/privacy', route, async (request, reply) => {
      const page = pageFor(request, '/privacy');
      return send(reply, page, privacyPage(page));
    });
    // The published figures; no page when the installation publishes none.
    const statistics = options.statistics;
    if (statistics && options.config.statistics.publicFigures.length > 0)
      scope.get('/statistics', route, async (request, reply) => {
        const page = pageFor(request, '/statistics');
        return send(reply, page, statisticsPage(page, publishedTables(await statistics.published())));
      });
    scope.get('/alerts', route, async (request, reply) => {
      const page = pageFor(request, '/alerts');
      return send(reply, page, alertsPage(page, await intake.listAlerts(page.lang)));
    });
    scope.get('/report', route, async (request, reply) => {
      const query = request.query as Query;
      const page = pageFor(request, '/report', query.switch);
      const type = query.type;
      // The chooser's language switch shows it again with the choice kept; Continue without a
      // choice (next=1) is an error, a plain visit is not.
      if (query.switch !== undefined) return send(reply, page, chooseTypePage(page, undefined, type));
      if (!isReportType(type)) {
        const asked = type !== undefined || query.next !== undefined;
        return send(
          reply,
          page,
          chooseTypePage(page, asked ? page.t.errors.type_required : undefined),
          asked ? 400 : 200,
        );
      }
      return send(
        reply,
        page,
        reportFormPage(page, { type, values: {}, errors: new Map(), csrfToken: tokens.issue() }),
      );
    });
    scope.post('/report', route, async (request, reply) => {
      const page = pageFor(request, '/report', readForm(request.body).switch);
      return answer(reply, page, await submitReportForm(submit, request, page, (request.query as Query).type));
    });
    scope.get('/report/done/:id', route, async (request, reply) => {
      const page = pageFor(request, '/report/done');
      const id = (request.params as { id: string }).id;
      const relayId = tokens.newReceiptId();
      const receipt = receiptIdPattern.test(id) ? await intake.openReceipt(id, relayId) : undefined;
      if (!receipt) return send(reply, page, receiptGonePage(page), 410);
      const relayHref = `/report/done/${relayId}?lang=${otherLanguage(page)}`;
      return send(
        reply,
        page,
        receipt.kind === 'report'
          ? confirmationPage(page, receipt, relayHref)
          : followUpDonePage(page, receipt, relayHref),
      );
    });
    scope.get('/report/follow-up', route, async (request, reply) => {
      const page = pageFor(request, '/report/follow-up');
      return send(reply, page, followUpPage(page, { values: {}, errors: new Map(), csrfToken: tokens.issue() }));
    });
    scope.post('/report/follow-up', route, async (request, reply) => {
      const page = pageFor(request, '/report/follow-up', readForm(request.body).switch);
      return answer(reply, page, await submitFollowUpForm(submit, request, page));
    });
  });
}
