import Type from 'typebox';
import {
  AcknowledgeReferralBody,
  AutoDecisionList,
  CreateReferralBody,
  CreateReferralResponse,
  RecordOutcomeBody,
  ReferralList,
  ReferralQuery,
  ReferralStats,
  ReferralStatsQuery,
  ReferralView,
  UndoReferralBody,
  autoDecisionOutcomes,
} from '@vigie/contract';
import { actorOf, staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { ReferralsService } from './referrals.service.ts';
import { toAutoDecisionView, toReferralSummary, toReferralView } from './referrals.views.ts';

// Referrals: analysts and supervisors refer reports, follow delivery, record what recipients
// said; either may undo an automatic referral within its window.

const staff = { staff: ['analyst', 'supervisor'] } as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const tags = ['referrals'];
const DecisionQuery = Type.Object({
  outcome: Type.Optional(Type.Enum(autoDecisionOutcomes)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

export function registerReferralsRoutes(app: HttpServer, referrals: ReferralsService): void {
  app.post(
    '/api/v1/referrals',
    {
      config: { access: staff },
      schema: { tags, body: CreateReferralBody, response: { 201: CreateReferralResponse } },
    },
    async (request, reply) => {
      const ids = await referrals.create(request.body, staffOf(request).userId);
      const created = await Promise.all(ids.map((id) => referrals.get(id)));
      return reply.code(201).send({ referrals: created.map(toReferralSummary) });
    },
  );
  app.get(
    '/api/v1/referrals',
    { config: { access: staff }, schema: { tags, querystring: ReferralQuery, response: { 200: ReferralList } } },
    async (request) => {
      const { limit = 100, before, ...filter } = request.query;
      const rows = await referrals.list({ ...filter, limit, ...(before ? { before: new Date(before) } : {}) });
      return {
        referrals: rows.map(toReferralSummary),
        next: rows.length === limit ? rows.at(-1)!.createdAt.toISOString() : null,
      };
    },
  );
  app.get(
    '/api/v1/referrals/automatic-decisions',
    { config: { access: staff }, schema: { tags, querystring: DecisionQuery, response: { 200: AutoDecisionList } } },
    async (request) => ({
      decisions: (await referrals.autoDecisions(request.query.limit ?? 100, request.query.outcome)).map(
        toAutoDecisionView,
      ),
    }),
  );
  app.get(
    '/api/v1/referrals/stats',
    { config: { access: staff }, schema: { tags, querystring: ReferralStatsQuery, response: { 200: ReferralStats } } },
    async (request) => {
      const since = new Date(request.query.since ?? 0);
      const until = request.query.until ? new Date(request.query.until) : new Date(8.64e15);
      const stats = await referrals.stats(since, until);
      return { ...stats, automaticShare: stats.reports === 0 ? 0 : stats.automatic / stats.reports };
    },
  );
  app.get(
    '/api/v1/referrals/:id',
    { config: { access: staff }, schema: { tags, params: Id, response: { 200: ReferralView } } },
    async (request) => toReferralView(await referrals.details(request.params.id)),
  );
  app.post(
    '/api/v1/referrals/:id/undo',
    {
      config: { access: staff },
      schema: { tags, params: Id, body: UndoReferralBody, response: { 200: ReferralView } },
    },
    async (request) => {
      await referrals.undo(request.params.id, actorOf(request), request.body.reason);
      return toReferralView(await referrals.details(request.params.id));
    },
  );
  app.post(
    '/api/v1/referrals/:id/acknowledgement',
    {
      config: { access: staff },
      schema: { tags, params: Id, body: AcknowledgeReferralBody, response: { 200: ReferralView } },
    },
    async (request) => {
      await referrals.acknowledge(request.params.id, request.body, actorOf(request));
      return toReferralView(await referrals.details(request.params.id));
    },
  );
  app.post(
    '/api/v1/referrals/:id/outcome',
    {
      config: { access: staff },
      schema: { tags, params: Id, body: RecordOutcomeBody, response: { 200: ReferralView } },
    },
    async (request) => {
      await referrals.recordOutcome(request.params.id, request.body, actorOf(request));
      return toReferralView(await referrals.details(request.params.id));
    },
  );
}
