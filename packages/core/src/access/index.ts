export { createAccessService } from './access.service.ts';
export type { AccessService, AccessSettings, NewSession } from './access.service.ts';
export { installAccessGuard, isAllowed } from './access.guard.ts';
export { accessSecuritySchemes, describeAccess } from './access.openapi.ts';
export { registerAccessRoutes } from './access.routes.ts';
export { apiScopes, organisationKinds, restoreEmptiedTables, staffRoles } from './access.types.ts';
export type {
  AccessRule,
  ApiKeyPrincipal,
  ApiScope,
  Principal,
  StaffPrincipal,
  StaffRole,
  StaffUser,
} from './access.types.ts';
export { AccessError } from './access.errors.ts';
export { actorOf, apiKeyOf, hasScope, requireScope, staffOf } from './access.caller.ts';
