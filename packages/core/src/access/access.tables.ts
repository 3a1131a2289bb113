import type { ColumnType, Generated } from 'kysely';
import type { ApiScope, OrganisationKind, StaffRole, UserStatus } from './access.types.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type StaffUserTable = {
  id: Generated<string>;
  email: string;
  role: StaffRole;
  status: Generated<UserStatus>;
  password_hash: string | null;
  totp_secret: string | null;
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
};

export type EnrolmentTable = {
  token_hash: string;
  user_id: string;
  pending_totp_secret: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

export type StaffSessionTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
};

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: Generated<OrganisationKind>;
  created_at: CreatedAt;
};

export type ApiKeyTable = {
  id: Generated<string>;
  organisation_id: string;
  prefix: string;
  key_hash: string;
  scopes: ApiScope[];
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
};

export type AccessTables = {
  staff_user: StaffUserTable;
  enrolment: EnrolmentTable;
  staff_session: StaffSessionTable;
  organisation: OrganisationTable;
  api_key: ApiKeyTable;
};
