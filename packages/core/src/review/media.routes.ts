import Type from 'typebox';
import {
  ExposureStatus,
  MediaReviewState,
  RevealEndBody,
  RevealEndResponse,
  RevealParams,
  RevealResponse,
  ReviewSha256Params,
} from '@vigie/contract';
import { actorOf, staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { ReviewService } from './review.service.ts';

export const reviewers = { staff: ['analyst', 'verifier', 'supervisor'] } as const;
const tags = ['review'];
// The preview is bytes: described for the document, never serialised.
const PreviewImage = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'A downscaled, blurred, greyscale JPEG (a video: a strip of stills); never the original.',
});

/** Previews, reveals and "stop now": derivatives only, never cached, reveals by POST only. */
export function registerReviewMediaRoutes(app: HttpServer, review: ReviewService): void {
  app.get(
    '/api/v1/media/:sha256/review',
    {
      config: { access: reviewers },
      schema: { tags, params: ReviewSha256Params, response: { 200: MediaReviewState } },
    },
    async (request) => review.media.state(request.params.sha256),
  );
  app.get(
    '/api/v1/media/:sha256/preview',
    {
      config: { access: reviewers },
      schema: { tags, params: ReviewSha256Params, produces: ['image/jpeg'], response: { 200: PreviewImage } },
    },
    async (request, reply) => {
      const preview = await review.media.preview(staffOf(request).userId, request.params.sha256);
      return reply
        .type(preview.contentType)
        .header('cache-control', 'no-store, private')
        .header('content-disposition', 'inline')
        .send(preview.bytes);
    },
  );
  app.post(
    '/api/v1/media/:sha256/reveal',
    { config: { access: reviewers }, schema: { tags, params: ReviewSha256Params, response: { 201: RevealResponse } } },
    async (request, reply) => {
      const staff = staffOf(request);
      const r = await review.media.reveal(staff.userId, request.params.sha256, actorOf(request));
      return reply
        .code(201)
        .header('cache-control', 'no-store, private')
        .send({
          revealId: r.revealId,
          contentType: r.preview.contentType,
          width: r.preview.width,
          height: r.preview.height,
          data: r.preview.bytes.toString('base64'),
          startedAt: r.startedAt.toISOString(),
          exposure: r.exposure,
        });
    },
  );
  app.post(
    '/api/v1/media/:sha256/reveal/:revealId/end',
    {
      config: { access: reviewers },
      schema: { tags, params: RevealParams, body: Type.Optional(RevealEndBody), response: { 200: RevealEndResponse } },
    },
    async (request) =>
      review.media.endReveal(
        staffOf(request).userId,
        request.params.sha256,
        request.params.revealId,
        request.body?.durationSeconds,
        actorOf(request),
      ),
  );
  app.post(
    '/api/v1/review/exposure/heartbeat',
    { config: { access: reviewers }, schema: { tags, response: { 200: ExposureStatus } } },
    async (request) => review.exposure.heartbeat(staffOf(request).userId),
  );
  app.post(
    '/api/v1/review/exposure/stop',
    { config: { access: reviewers }, schema: { tags, response: { 200: ExposureStatus } } },
    async (request) => review.media.stop(staffOf(request).userId, actorOf(request)),
  );
  app.get(
    '/api/v1/review/exposure',
    { config: { access: reviewers }, schema: { tags, response: { 200: ExposureStatus } } },
    async (request) => review.exposure.current(staffOf(request).userId),
  );
}
