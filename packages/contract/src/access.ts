// The access API's wire schemas; the console takes its types from here.
import Type, { type Static } from 'typebox';
import { apiScopes, organisationKinds, staffRoles } from './access-names.ts';

export const SessionUser = Type.Object({ id: Type.String(), email: Type.String(), role: Type.Enum(staffRoles) });
export const SessionResponse = Type.Object({ user: SessionUser, csrfToken: Type.String() });
export const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  totpCode: Type.Optional(Type.String({ maxLength: 12 })),
});
export const EnrolmentStartBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
export const EnrolmentStartResponse = Type.Object({
  email: Type.String(),
  totpSecret: Type.String(),
  otpauthUrl: Type.String(),
});
export const EnrolmentCompleteBody = Type.Object({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  password: Type.String({ maxLength: 1024 }),
  totpCode: Type.String({ maxLength: 12 }),
});
export const UserResponse = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: Type.String(),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
export const CreateUserBody = Type.Object({ email: Type.String({ maxLength: 254 }), role: Type.Enum(staffRoles) });
export const CreateUserResponse = Type.Object({ user: UserResponse, enrolmentUrl: Type.String() });
/** Why an account is disabled or reset: kept in the audit trail. */
export const UserChangeBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const ResetUserResponse = Type.Object({ enrolmentUrl: Type.String() });
export const CreateApiKeyBody = Type.Object({
  organisation: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Optional(Type.Enum(organisationKinds)),
  scopes: Type.Array(Type.Enum(apiScopes), { minItems: 1, maxItems: apiScopes.length }),
});
export const ApiKeyResponse = Type.Object({
  id: Type.String(),
  organisation: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const CreateApiKeyResponse = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  key: Type.String(),
});

export type SessionUser = Static<typeof SessionUser>;
export type SessionResponse = Static<typeof SessionResponse>;
export type LoginBody = Static<typeof LoginBody>;
export type EnrolmentStartResponse = Static<typeof EnrolmentStartResponse>;
export type EnrolmentCompleteBody = Static<typeof EnrolmentCompleteBody>;
