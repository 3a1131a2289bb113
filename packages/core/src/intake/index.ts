export { createIntakeJobHandlers } from './intake.jobs.ts';
export { registerIntakeRoutes } from './intake.routes.ts';
export { createIntakeService } from './intake.service.ts';
export type { IntakeService } from './intake.service.ts';
export type { IntakeTables } from './intake.tables.ts';
