import Type from 'typebox';
import {
  ReferralRecipientBody,
  ReferralRecipientFile,
  ReferralRecipientImportResult,
  ReferralRecipientList,
  ReferralRecipientPatch,
  ReferralRecipientView,
  ReferralRuleBody,
  ReferralRuleList,
  ReferralRulePatch,
  ReferralRuleView,
} from '@vigie/contract';
import { actorOf, staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { ReferralsService } from './referrals.service.ts';
import { toRecipientView, toRuleView } from './referrals.views.ts';

// The recipient directory and the forwarding rules: supervisors write, analysts read.

const read = { staff: ['analyst', 'supervisor', 'verifier'] } as const;
const write = { staff: ['supervisor'] } as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const tags = ['referrals'];

export function registerRecipientRoutes(app: HttpServer, referrals: ReferralsService): void {
  const directory = referrals.directory;
  app.get(
    '/api/v1/referral-recipients',
    { config: { access: read }, schema: { tags, response: { 200: ReferralRecipientList } } },
    async () => ({ recipients: (await directory.list()).map(toRecipientView) }),
  );
  app.post(
    '/api/v1/referral-recipients',
    {
      config: { access: write },
      schema: { tags, body: ReferralRecipientBody, response: { 201: ReferralRecipientView } },
    },
    async (request, reply) =>
      reply.code(201).send(toRecipientView(await directory.add(request.body, actorOf(request)))),
  );
  app.post(
    '/api/v1/referral-recipients/import',
    {
      config: { access: write },
      schema: { tags, body: ReferralRecipientFile, response: { 200: ReferralRecipientImportResult } },
    },
    async (request) => directory.importFile(JSON.stringify(request.body), 'json', actorOf(request)),
  );
  app.get(
    '/api/v1/referral-recipients/:id',
    { config: { access: read }, schema: { tags, params: Id, response: { 200: ReferralRecipientView } } },
    async (request) => toRecipientView(await directory.get(request.params.id)),
  );
  app.patch(
    '/api/v1/referral-recipients/:id',
    {
      config: { access: write },
      schema: { tags, params: Id, body: ReferralRecipientPatch, response: { 200: ReferralRecipientView } },
    },
    async (request) => toRecipientView(await directory.update(request.params.id, request.body, actorOf(request))),
  );
  app.delete(
    '/api/v1/referral-recipients/:id',
    { config: { access: write }, schema: { tags, params: Id, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await directory.remove(request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  const rulesRead = { staff: ['analyst', 'supervisor'] } as const;
  app.get(
    '/api/v1/referral-rules',
    { config: { access: rulesRead }, schema: { tags, response: { 200: ReferralRuleList } } },
    async () => ({ rules: (await referrals.rules.list()).map(toRuleView) }),
  );
  app.post(
    '/api/v1/referral-rules',
    { config: { access: write }, schema: { tags, body: ReferralRuleBody, response: { 201: ReferralRuleView } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(toRuleView(await referrals.rules.add(request.body, actorOf(request), staffOf(request).userId))),
  );
  app.patch(
    '/api/v1/referral-rules/:id',
    {
      config: { access: write },
      schema: { tags, params: Id, body: ReferralRulePatch, response: { 200: ReferralRuleView } },
    },
    async (request) => toRuleView(await referrals.rules.update(request.params.id, request.body, actorOf(request))),
  );
  app.delete(
    '/api/v1/referral-rules/:id',
    { config: { access: write }, schema: { tags, params: Id, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await referrals.rules.remove(request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
}
