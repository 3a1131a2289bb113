// The closed sets of access, shared by the server (CHECK constraints mirror them), the wire
// schemas and the console. No TypeBox here: the console's bundle imports this file alone.
export const staffRoles = ['administrator', 'supervisor', 'analyst', 'verifier'] as const;
export type StaffRole = (typeof staffRoles)[number];

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
  'crawl:read',
  'crawl:seed',
  'notices:read',
  'notices:send',
] as const;
export type ApiScope = (typeof apiScopes)[number];
