import {
  FollowUpBody,
  FollowUpResponse,
  PublicAlert,
  PublishAlertBody,
  SubmitReportBody,
  SubmitReportResponse,
} from '@vigie/contract';
import Type from 'typebox';
import type { StaffPrincipal } from '../access/index.ts';
import type { AppContext } from '../context.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { submitOrigin } from './intake.origin.ts';

const tags = ['intake'];
// Anyone may report; a partner's API key is recognised (and rate-limited per key) when present.
const anyone = { public: true } as const;

export async function registerIntakeRoutes(app: HttpServer, ctx: AppContext): Promise<void> {
  app.post(
    '/api/v1/reports',
    { config: { access: anyone }, schema: { tags, body: SubmitReportBody, response: { 201: SubmitReportResponse } } },
    async (request, reply) => {
      const created = await ctx.intake.submitReport(request.body, submitOrigin(request, ctx.config, 'api', 'und'));
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/reports/follow-up',
    { config: { access: anyone }, schema: { tags, body: FollowUpBody, response: { 200: FollowUpResponse } } },
    async (request) => {
      const origin = submitOrigin(request, ctx.config, 'api', 'und');
      return ctx.intake.addFollowUp(request.body, origin);
    },
  );

  app.get(
    '/api/v1/alerts',
    {
      config: { access: anyone },
      schema: {
        tags,
        querystring: Type.Object({ language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$' })) }),
        response: { 200: Type.Array(PublicAlert) },
      },
    },
    async (request) => ctx.intake.listAlerts(request.query.language),
  );

  app.post(
    '/api/v1/alerts',
    {
      config: { access: { staff: ['supervisor', 'administrator'] } },
      schema: { tags, body: PublishAlertBody, response: { 201: PublicAlert } },
    },
    async (request, reply) => {
      const principal = request.principal as StaffPrincipal;
      const alert = await ctx.intake.publishAlert(request.body, {
        type: 'user',
        id: principal.userId,
        address: request.ip,
      });
      return reply.status(201).send(alert);
    },
  );
}
