export { createRechecksService } from './rechecks.service.ts';
export type { RechecksService, RechecksOptions } from './rechecks.service.ts';
export { createRechecksJobHandlers } from './rechecks.jobs.ts';
export { registerRechecksRoutes } from './rechecks.routes.ts';
export { rechecksMetrics } from './rechecks.metrics.ts';
export { createRecheckProbe } from './recheck-probe.ts';
export { loadFollowUpTemplates } from './follow-up-render.ts';
export { hostingEscalation } from './hosting-escalation.ts';
export { reappearanceListener, noDetectionsListener } from './reappearance.repository.ts';
export type { DetectionsListener } from './reappearance.repository.ts';
export { takedownMeasures } from './measures.repository.ts';
export { RecheckError } from './rechecks.errors.ts';
export type { RechecksTables } from './rechecks.tables.ts';
export { noRemovalListener, noEscalation } from './rechecks.types.ts';
export type {
  RemovalListener,
  EscalationResolver,
  EscalationContact,
  RecheckProbe,
  ProbeResult,
} from './rechecks.types.ts';
export { followUpScope, renderFollowUp } from './follow-up-render.ts';
export type { FollowUp, FollowUpTemplates } from './follow-up-render.ts';
