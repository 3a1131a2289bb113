import type { ApiScope, OrganisationKind, StaffRole } from '@vigie/contract';
export { apiScopes, organisationKinds, staffRoles } from '@vigie/contract';
export type { ApiScope, OrganisationKind, StaffRole };

export const userStatuses = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

export type StaffPrincipal = Readonly<{
  kind: 'staff';
  userId: string;
  email: string;
  role: StaffRole;
  sessionTokenHash: string;
  csrfToken: string;
}>;
export type ApiKeyPrincipal = Readonly<{
  kind: 'api_key';
  keyId: string;
  organisationId: string;
  organisationName: string;
  scopes: readonly ApiScope[];
}>;
export type Principal = StaffPrincipal | ApiKeyPrincipal;

/**
 * Who may call a route: every route declares one. `public` is anyone; `staff` lists roles
 * (administrators may do everything staff can); `apiKey` names the scope a key needs.
 */
export type AccessRule =
  | { public: true }
  | { staff: readonly StaffRole[]; apiKey?: ApiScope }
  | { apiKey: ApiScope; staff?: readonly StaffRole[] };

export type StaffUser = Readonly<{ id: string; email: string; role: StaffRole; status: UserStatus; createdAt: Date }>;

/** Rows that must not outlive a restore: a backup's sessions would sign people in elsewhere. */
export const restoreEmptiedTables = ['public.staff_session'] as const;
