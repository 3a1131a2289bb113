export { appendAuditEvent, appendAuditEvents, verifyAuditChain } from './audit.repository.ts';
export { actorTypes, appendOnlyAuditTables, cliActor, systemActor } from './audit.types.ts';
export { registerAuditRoutes } from './audit.routes.ts';
export type { Actor, ActorType, AuditEntry, AuditVerification } from './audit.types.ts';
export { anchorAuditHead, forgetAuditAnchor, readAuditAnchor, verifyAuditTrail } from './audit-anchor.ts';
