import type { HashbankService } from '../hashbank/index.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createAssessment } from './assessment.service.ts';
import { createExposure } from './exposure.ts';
import { createMediaReview } from './media-review.ts';
import { createReviewSettings } from './settings.service.ts';
import { createUndo } from './undo.ts';
import { createVerification } from './verification.service.ts';

/**
 * Safe media review: previews and reveals, display settings within the supervisors' policy,
 * rapid assessment, verification and disputes, exposure limits. Decisions land in the hash bank.
 */
export function createReviewService(deps: ServiceDeps, parts: { hashbank: HashbankService; store: MediaStore }) {
  const settings = createReviewSettings(deps);
  const exposure = createExposure(deps, settings.policy);
  const media = createMediaReview(deps, { store: parts.store, settings, exposure });
  const assessment = createAssessment(deps, { hashbank: parts.hashbank, exposure });
  const verification = createVerification(deps, { hashbank: parts.hashbank, exposure });
  return {
    settings,
    exposure,
    media,
    assessment,
    verification,
    undo: createUndo(deps, parts.hashbank),
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
