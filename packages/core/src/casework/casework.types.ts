import type { CaseCloseReason, CaseDecisionKind, CaseDecisionState, CaseEventKind, CaseState } from '@vigie/contract';
import type { Db } from '../database.ts';

export {
  caseCloseReasons,
  caseDecisionKinds,
  caseDecisionStates,
  caseEventKinds,
  caseReplyTemplates,
  caseStates,
} from '@vigie/contract';
export type { CaseCloseReason, CaseDecisionKind, CaseDecisionState, CaseEventKind, CaseState };

/**
 * Where a case's outward decisions go: the referral feature (forward) and the blocklist feature
 * (nominations). Each is called inside the decision's transaction, after the decision row is
 * written with state `queued`, and must do only database work in that transaction (write its own
 * rows, an outbox message or a job; never a network call). To report progress it calls the
 * casework service's `updateDecision` (in its own transaction, later) with `done` or `failed`.
 * Throwing rolls the whole decision back.
 */
export type CaseActionSinks = Readonly<{
  forward(
    trx: Db,
    input: Readonly<{
      decisionId: string;
      reportId: string;
      recipientId: string | null;
      staffId: string;
      note: string | null;
    }>,
  ): Promise<void>;
  nominateForBlocklist(
    trx: Db,
    input: Readonly<{ decisionId: string; reportId: string; urls: readonly string[]; staffId: string }>,
  ): Promise<void>;
}>;

/** Until the referral and blocklist features are wired: the decision stays recorded as `queued`. */
export const queuedActionSinks: CaseActionSinks = Object.freeze({
  forward: async () => {},
  nominateForBlocklist: async () => {},
});

/** What the case page needs to know of an address (the hosting feature's offline IP data). */
export type AddressFacts = (
  address: string,
) => Promise<Readonly<{ country: string | null; asn: number | null; holder: string | null }> | null>;

/** A staff member acting on a case. */
export type CaseActor = Readonly<{ staffId: string; role: string; address: string | null }>;
