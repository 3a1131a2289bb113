import Type from 'typebox';

// The operator's endpoints: health for load balancers, the audit trail's verification.

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  version: Type.String(),
  database: Type.String(),
  roles: Type.Array(Type.String()),
});

/** `vigie audit verify`'s answer: the first changed, missing or reordered event, if any. */
export const AuditVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  headHash: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  firstBadSeq: Type.Optional(Type.Integer()),
  reason: Type.Optional(Type.String()),
});
