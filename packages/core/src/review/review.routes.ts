import {
  DisputeQueue,
  ReviewBatch,
  ReviewBatchQuery,
  ReviewItemParams,
  ReviewPolicy,
  ReviewPolicyBody,
  ReviewDefaultsAnswer,
  ReviewQueueQuery,
  ReviewSettingsBody,
  ReviewSettingsResponse,
  SettleResponse,
  SubmitVerdictsBody,
  SubmitVerdictsResponse,
  TeamExposure,
  TeamExposureQuery,
  UndoVerdictsBody,
  UndoVerdictsResponse,
  VerdictCore,
  VerificationQueue,
  VerifyResponse,
} from '@vigie/contract';
import { actorOf, staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { registerReviewMediaRoutes, reviewers } from './media.routes.ts';
import type { ReviewService } from './review.service.ts';

const assessors = { staff: ['analyst', 'supervisor'] } as const;
const supervisors = { staff: ['supervisor'] } as const;
const tags = ['review'];

function userActor(request: Parameters<typeof actorOf>[0]) {
  return { ...actorOf(request), id: staffOf(request).userId };
}

export function registerReviewRoutes(app: HttpServer, review: ReviewService): void {
  registerReviewMediaRoutes(app, review);
  app.get(
    '/api/v1/review/settings',
    { config: { access: reviewers }, schema: { tags, response: { 200: ReviewSettingsResponse } } },
    async (request) => review.settings.view(staffOf(request).userId),
  );
  app.put(
    '/api/v1/review/settings',
    {
      config: { access: reviewers },
      schema: { tags, body: ReviewSettingsBody, response: { 200: ReviewSettingsResponse } },
    },
    async (request) => review.settings.update(staffOf(request).userId, request.body ?? {}, actorOf(request)),
  );
  app.get(
    '/api/v1/review/policy',
    { config: { access: reviewers }, schema: { tags, response: { 200: ReviewPolicy } } },
    async () => review.settings.policy(),
  );
  app.put(
    '/api/v1/review/policy',
    { config: { access: supervisors }, schema: { tags, body: ReviewPolicyBody, response: { 200: ReviewPolicy } } },
    async (request) => review.settings.updatePolicy(request.body ?? {}, userActor(request)),
  );
  app.get(
    '/api/v1/review/defaults',
    { config: { access: supervisors }, schema: { tags, response: { 200: ReviewDefaultsAnswer } } },
    async () => review.settings.describeDefaults(),
  );
  app.put(
    '/api/v1/review/defaults',
    {
      config: { access: supervisors },
      schema: { tags, body: ReviewSettingsBody, response: { 200: ReviewDefaultsAnswer } },
    },
    async (request) => review.settings.updateDefaults(request.body ?? {}, userActor(request)),
  );
  app.delete(
    '/api/v1/review/defaults',
    { config: { access: supervisors }, schema: { tags, response: { 200: ReviewDefaultsAnswer } } },
    async (request) => review.settings.resetDefaults(userActor(request)),
  );
  app.get(
    '/api/v1/review/batch',
    { config: { access: assessors }, schema: { tags, querystring: ReviewBatchQuery, response: { 200: ReviewBatch } } },
    async (request) => review.assessment.batch(staffOf(request).userId, request.query),
  );
  app.post(
    '/api/v1/review/verdicts',
    {
      config: { access: assessors },
      schema: { tags, body: SubmitVerdictsBody, response: { 200: SubmitVerdictsResponse } },
    },
    async (request) => review.assessment.submit(staffOf(request).userId, request.body.verdicts, userActor(request)),
  );
  app.post(
    '/api/v1/review/verdicts/undo',
    {
      config: { access: assessors },
      schema: { tags, body: UndoVerdictsBody, response: { 200: UndoVerdictsResponse } },
    },
    async (request) => review.undo(staffOf(request).userId, request.body?.count ?? 1, userActor(request)),
  );
  app.get(
    '/api/v1/review/verification',
    {
      config: { access: reviewers },
      schema: { tags, querystring: ReviewQueueQuery, response: { 200: VerificationQueue } },
    },
    async (request) => review.verification.queue(staffOf(request).userId, request.query.limit ?? 24),
  );
  app.post(
    '/api/v1/review/verification/:itemId',
    {
      config: { access: reviewers },
      schema: { tags, params: ReviewItemParams, body: VerdictCore, response: { 200: VerifyResponse } },
    },
    async (request) =>
      review.verification.verify(staffOf(request).userId, request.params.itemId, request.body, userActor(request)),
  );
  app.get(
    '/api/v1/review/disputes',
    {
      config: { access: supervisors },
      schema: { tags, querystring: ReviewQueueQuery, response: { 200: DisputeQueue } },
    },
    async (request) => review.verification.disputes(staffOf(request).userId, request.query.limit ?? 24),
  );
  app.post(
    '/api/v1/review/disputes/:itemId',
    {
      config: { access: supervisors },
      schema: { tags, params: ReviewItemParams, body: VerdictCore, response: { 200: SettleResponse } },
    },
    async (request) =>
      review.verification.settle(staffOf(request).userId, request.params.itemId, request.body, userActor(request)),
  );
  app.get(
    '/api/v1/review/exposure/team',
    {
      config: { access: supervisors },
      schema: { tags, querystring: TeamExposureQuery, response: { 200: TeamExposure } },
    },
    async (request) => review.exposure.team(request.query.day),
  );
}
