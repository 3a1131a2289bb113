export const staffRoles = ['administrator', 'supervisor', 'analyst', 'verifier'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const userStatuses = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

export const organisationKinds = [
  'hosting_provider',
  'internet_provider',
  'platform',
  'hotline',
  'police',
  'child_welfare',
  'internal',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

// API key scopes. `all` is for trusted internal clients only; features add theirs here.
export const apiScopes = [
  'all',
  'reports:submit',
  'hashes:read',
  'hashes:match',
  'hashes:submit',
  'hashes:curate',
  'blocklist:read',
  'audit:read',
  'metrics:read',
] as const;
export type ApiScope = (typeof apiScopes)[number];

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
