import {
  AlertRecord,
  FollowUpBody,
  FollowUpResponse,
  PublicAlert,
  PublishAlertBody,
  PublishDraftBody,
  SubmitReportBody,
  SubmitReportResponse,
  WithdrawAlertBody,
} from '@vigie/contract';
import Type from 'typebox';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { submitOrigin } from './intake.origin.ts';
import { strictBody } from './intake.validation.ts';
import type { IntakeService } from './intake.service.ts';

const tags = ['intake'];
// Anyone may report; a partner's API key is recognised (and rate-limited per key) when present.
const anyone = { public: true } as const;
const alertEditors = { staff: ['supervisor', 'administrator'] } as const;
const AlertId = Type.Object({ id: Type.String({ format: 'uuid' }) });
// Reports and follow-ups are checked against the contract's schema without the coercion the
// server applies elsewhere (`urls: [1]` is a 400, not "http://0.0.0.1/"), with the per-field
// codes the form gets; the service checks the same again, for the form's answers too.
const strictReport = { validatorCompiler: strictBody('type') };
const strictFollowUp = { validatorCompiler: strictBody('information') };

export type IntakeRouteOptions = { keepAnonymousAddress: boolean };

export async function registerIntakeRoutes(
  app: HttpServer,
  intake: IntakeService,
  options: IntakeRouteOptions,
): Promise<void> {
  app.post(
    '/api/v1/reports',
    {
      ...strictReport,
      config: { access: anyone },
      schema: { tags, body: SubmitReportBody, response: { 201: SubmitReportResponse } },
    },
    async (request, reply) => {
      const created = await intake.submitReport(
        request.body,
        submitOrigin(request, options.keepAnonymousAddress, 'api', 'und'),
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/reports/follow-up',
    {
      ...strictFollowUp,
      config: { access: anyone },
      schema: { tags, body: FollowUpBody, response: { 200: FollowUpResponse } },
    },
    async (request) => {
      const origin = submitOrigin(request, options.keepAnonymousAddress, 'api', 'und');
      return intake.addFollowUp(request.body, origin);
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
    async (request) => intake.listAlerts(request.query.language),
  );

  app.post(
    '/api/v1/alerts',
    {
      config: { access: { staff: ['supervisor', 'administrator'] } },
      schema: { tags, body: PublishAlertBody, response: { 201: PublicAlert } },
    },
    async (request, reply) => {
      const alert = await intake.publishAlert(request.body, actorOf(request));
      return reply.status(201).send(alert);
    },
  );

  app.get(
    '/api/v1/alerts/all',
    { config: { access: alertEditors }, schema: { tags, response: { 200: Type.Array(AlertRecord) } } },
    async () => intake.listAllAlerts(),
  );

  app.post(
    '/api/v1/alerts/drafts',
    { config: { access: alertEditors }, schema: { tags, body: PublishAlertBody, response: { 201: AlertRecord } } },
    async (request, reply) => reply.status(201).send(await intake.draftAlert(request.body, actorOf(request))),
  );

  app.post(
    '/api/v1/alerts/:id/publish',
    {
      config: { access: alertEditors },
      schema: { tags, params: AlertId, body: PublishDraftBody, response: { 200: AlertRecord } },
    },
    async (request) => intake.publishDraft(request.params.id, actorOf(request)),
  );

  app.post(
    '/api/v1/alerts/:id/withdraw',
    {
      config: { access: { staff: ['supervisor', 'administrator'] } },
      schema: {
        tags,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: WithdrawAlertBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await intake.withdrawAlert(request.params.id, request.body.reason, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
