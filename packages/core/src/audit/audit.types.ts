import { userInfo } from 'node:os';

export const actorTypes = ['user', 'api_key', 'cli', 'system', 'anonymous'] as const;
export type ActorType = (typeof actorTypes)[number];

/** Who did something, and from where: every audited change names one. */
export type Actor = Readonly<{ type: ActorType; id?: string | null; address?: string | null }>;

export type AuditEntry = Readonly<{
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}>;

export type AuditVerification =
  | { ok: true; checked: number; headHash: string | null }
  | { ok: false; checked: number; firstBadSeq: number; reason: string };

export const systemActor: Actor = { type: 'system' };
export const cliActor: Actor = { type: 'cli', id: userInfo().username };

/** The application's database role may only read and append to these (the trail itself). */
export const appendOnlyAuditTables = ['audit_event'] as const;
