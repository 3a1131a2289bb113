import type { AutoDecisionOutcome, ReportType } from '@vigie/contract';
import { appendAuditEvent, systemActor, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { selectDetections, selectReport } from './evidence.repository.ts';
import { jurisdictionOf } from './jurisdiction.ts';
import { selectRecipients } from './recipient.repository.ts';
import type { CountryOfAddress, ReferralRecipient, ReferralRule } from './referrals.types.ts';
import { chooseRecipients, takes } from './routing.ts';
import { insertAutoDecision, lockMark, selectRules, selectUndecidedMarks } from './rule.repository.ts';

// Automatic forwarding: a report the crawler marked (its URLs led to confirmed material, the
// report_auto_referral table) is forwarded without an analyst when a supervisor's rule says so.
// - A rule matches when one of the report's detections carries its labels (age bands,
//   activities; none listed: any confirmed material) and the report's type is among its types.
// - A report type any enabled rule excludes never goes automatically (fail closed: an analyst
//   decides), whichever rule matched.
// - The rule's recipient kinds are routed by jurisdiction (routing.ts), plus its named recipients.
// Each decision (forwarded or why not) is a row of referral_auto_decision and an audit event, in
// the transaction that creates the referrals, held for the undo window before they leave.

type Labels = Readonly<{ age_band: string | null; activity: string | null }>;

export type Decision = Readonly<{
  outcome: Exclude<AutoDecisionOutcome, 'no_recipient'> | 'forward';
  rules: readonly ReferralRule[];
  reason: string;
}>;

/** What the rules say about a report of this type with these detections (pure). */
export function decide(rules: readonly ReferralRule[], type: ReportType, detections: readonly Labels[]): Decision {
  const enabled = rules.filter((r) => r.enabled);
  const excludedBy = enabled.filter((r) => r.excludedReportTypes.includes(type));
  if (excludedBy.length > 0)
    return {
      outcome: 'excluded',
      rules: excludedBy,
      reason: `${type} never goes automatically (${excludedBy.map((r) => r.name).join(', ')})`,
    };
  const matching = enabled.filter(
    (r) =>
      (r.reportTypes.length === 0 || r.reportTypes.includes(type)) &&
      detections.some(
        (d) =>
          (r.ageBands.length === 0 || (d.age_band !== null && r.ageBands.includes(d.age_band))) &&
          (r.activities.length === 0 || (d.activity !== null && r.activities.includes(d.activity))),
      ),
  );
  if (matching.length === 0)
    return { outcome: 'no_rule', rules: [], reason: 'no enabled rule matches the report and its material' };
  return { outcome: 'forward', rules: matching, reason: `matched ${matching.map((r) => r.name).join(', ')}` };
}

type CreateHeld = (
  trx: Db,
  r: Readonly<{
    reportId: string;
    recipient: ReferralRecipient;
    origin: 'automatic';
    decisionId: null;
    ruleId: string;
    requestedBy: null;
    classification: string | null;
    note: string | null;
    releaseAt: Date;
  }>,
  actor: Actor,
) => Promise<string | undefined>;

export function createAutoForwarding(
  deps: ServiceDeps,
  options: { createHeld: CreateHeld; countryOf: CountryOfAddress },
) {
  const { db, now } = deps;
  const settings = deps.config.referrals;

  async function decideOne(
    reportId: string,
    detectionIds: readonly string[],
    rules: readonly ReferralRule[],
    directory: readonly ReferralRecipient[],
  ) {
    const report = await selectReport(db, reportId);
    if (!report) return undefined;
    const detections = await selectDetections(db, detectionIds);
    const decision = decide(rules, report.type, detections);
    const targets: Array<{ rule: ReferralRule; recipient: ReferralRecipient }> = [];
    if (decision.outcome === 'forward') {
      const jurisdiction = await jurisdictionOf(db, report, settings.country, options.countryOf);
      for (const rule of decision.rules) {
        const named = directory.filter((r) => rule.recipientIds.includes(r.id) && takes(r, report.type));
        const routed = chooseRecipients(directory, { kinds: rule.recipientKinds, type: report.type, jurisdiction });
        for (const recipient of [...named, ...routed])
          if (!targets.some((t) => t.recipient.id === recipient.id)) targets.push({ rule, recipient });
      }
    }
    const labels = [
      ...new Set(detections.map((d) => [d.age_band, d.activity].filter(Boolean).join(' / ')).filter(Boolean)),
    ];
    const classification =
      labels.length > 0 ? `${labels.join('; ')} (matched classified material)` : 'matched classified material';
    return { report, decision, targets, classification };
  }

  return {
    /** Decides every marked report without a decision (up to `limit`); returns how many were decided and forwarded. */
    async forwardAutomatic(limit = 200): Promise<{ decided: number; forwarded: number }> {
      const marks = await selectUndecidedMarks(db, limit);
      if (marks.length === 0) return { decided: 0, forwarded: 0 };
      const rules = await selectRules(db);
      const directory = await selectRecipients(db);
      let decided = 0;
      let forwarded = 0;
      for (const mark of marks) {
        const planned = await decideOne(mark.report_id, mark.detection_ids, rules, directory);
        if (!planned) continue;
        await db.transaction().execute(async (trx) => {
          const locked = await lockMark(trx, mark.report_id);
          if (!locked || locked.decided) return;
          const at = now();
          const releaseAt = new Date(at.getTime() + settings.undoMinutes * 60_000);
          const referralIds: string[] = [];
          for (const { rule, recipient } of planned.targets) {
            const id = await options.createHeld(
              trx,
              {
                reportId: mark.report_id,
                recipient,
                origin: 'automatic',
                decisionId: null,
                ruleId: rule.id,
                requestedBy: null,
                classification: planned.classification,
                note: null,
                releaseAt,
              },
              systemActor,
            );
            if (id) referralIds.push(id);
          }
          const { decision } = planned;
          const outcome: AutoDecisionOutcome =
            decision.outcome !== 'forward' ? decision.outcome : referralIds.length > 0 ? 'forwarded' : 'no_recipient';
          const reason =
            outcome === 'no_recipient'
              ? `${decision.reason}; no recipient in the directory fits the report`
              : decision.reason;
          const ruleIds = decision.rules.map((r) => r.id);
          await insertAutoDecision(trx, { reportId: mark.report_id, outcome, ruleIds, referralIds, reason }, at);
          await appendAuditEvent(
            trx,
            systemActor,
            {
              action: 'referral.automatic-decision',
              subjectType: 'report',
              subjectId: mark.report_id,
              details: { outcome, ruleIds, referralIds, reason },
            },
            at,
          );
          decided += 1;
          if (outcome === 'forwarded') forwarded += 1;
        });
      }
      return { decided, forwarded };
    },
  };
}
