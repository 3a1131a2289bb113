import Type, { type Static } from 'typebox';

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

/** A search of the audit trail: every filter optional; newest first, paged by `before` (a seq). */
export const AuditSearchQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 254, description: "An actor's id, or a staff member's email" })),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'An action, or its start: "access."' })),
    subject: Type.Optional(Type.String({ maxLength: 200, description: "The object's id" })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export const AuditEvent = Type.Object({
  seq: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorType: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorEmail: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  subjectType: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});
export const AuditSearchResult = Type.Object({
  events: Type.Array(AuditEvent),
  /** Pass as `before` for the next page; null on the last one. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditSearchQuery = Static<typeof AuditSearchQuery>;
export type AuditEvent = Static<typeof AuditEvent>;
