export { createReviewService } from './review.service.ts';
export type { ReviewService } from './review.service.ts';
export type { ReviewTables } from './review.tables.ts';
export { ReviewError } from './review.errors.ts';
export { registerReviewRoutes } from './review.routes.ts';
