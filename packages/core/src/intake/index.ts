export { createIntakeJobHandlers } from './intake.jobs.ts';
export { registerIntakeRoutes } from './intake.routes.ts';
export { createIntakeService } from './intake.service.ts';
export type { IntakeService, SubmitOrigin } from './intake.service.ts';
export type { IntakeTables } from './intake.tables.ts';
export type { ExportedReport } from './intake.export.ts';
export type { FieldProblem } from './intake.errors.ts';
export { loadIntakeKey } from './contact-cipher.ts';
export { submitOrigin } from './intake.origin.ts';
