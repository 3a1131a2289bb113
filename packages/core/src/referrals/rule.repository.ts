import type { AutoDecisionOutcome, ReferralRuleBody, ReferralRulePatch } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { ReferralRule } from './referrals.types.ts';

// Every query of the forwarding rules and of the automatic decisions.

type RuleRow = {
  id: string;
  name: string;
  enabled: boolean;
  age_bands: string[];
  activities: string[];
  report_types: ReferralRule['reportTypes'][number][];
  excluded_report_types: ReferralRule['reportTypes'][number][];
  recipient_kinds: ReferralRule['recipientKinds'][number][];
  recipient_ids: string[];
  updated_at: Date;
};

const toRule = (r: RuleRow): ReferralRule => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  ageBands: r.age_bands,
  activities: r.activities,
  reportTypes: r.report_types,
  excludedReportTypes: r.excluded_report_types,
  recipientKinds: r.recipient_kinds,
  recipientIds: r.recipient_ids,
  updatedAt: r.updated_at,
});

function ruleColumns(body: ReferralRulePatch) {
  const columns: Record<string, unknown> = {};
  if (body.name !== undefined) columns.name = body.name;
  if (body.enabled !== undefined) columns.enabled = body.enabled;
  if (body.ageBands !== undefined) columns.age_bands = body.ageBands;
  if (body.activities !== undefined) columns.activities = body.activities;
  if (body.reportTypes !== undefined) columns.report_types = body.reportTypes;
  if (body.excludedReportTypes !== undefined) columns.excluded_report_types = body.excludedReportTypes;
  if (body.recipientKinds !== undefined) columns.recipient_kinds = body.recipientKinds;
  if (body.recipientIds !== undefined) columns.recipient_ids = body.recipientIds;
  return columns;
}

export async function insertRule(
  trx: Db,
  id: string,
  body: ReferralRuleBody,
  createdBy: string | null,
  at: Date,
): Promise<ReferralRule> {
  const row = await trx
    .insertInto('referral_rule')
    .values({ ...ruleColumns(body), id, created_by: createdBy, created_at: at, updated_at: at } as never)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRule(row as RuleRow);
}

export async function updateRule(trx: Db, id: string, patch: ReferralRulePatch, at: Date) {
  const row = await trx
    .updateTable('referral_rule')
    .set({ ...(ruleColumns(patch) as Record<string, never>), updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toRule(row as RuleRow) : undefined;
}

export async function deleteRule(trx: Db, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('referral_rule').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function selectRules(db: Db): Promise<ReferralRule[]> {
  const rows = await db.selectFrom('referral_rule').selectAll().orderBy('name').execute();
  return rows.map((r) => toRule(r as RuleRow));
}

export async function selectRule(db: Db, id: string): Promise<ReferralRule | undefined> {
  const row = await db.selectFrom('referral_rule').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRule(row as RuleRow) : undefined;
}

/** Reports the crawler marked that have no automatic decision yet, oldest first. */
export async function selectUndecidedMarks(db: Db, limit: number) {
  return db
    .selectFrom('report_auto_referral')
    .leftJoin('referral_auto_decision', 'referral_auto_decision.report_id', 'report_auto_referral.report_id')
    .select(['report_auto_referral.report_id', 'report_auto_referral.detection_ids'])
    .where('referral_auto_decision.report_id', 'is', null)
    .orderBy('report_auto_referral.marked_at')
    .limit(limit)
    .execute();
}

/** Records the decision; false when another worker decided this report first. */
export async function insertAutoDecision(
  trx: Db,
  d: Readonly<{
    reportId: string;
    outcome: AutoDecisionOutcome;
    ruleIds: string[];
    referralIds: string[];
    reason: string;
  }>,
  at: Date,
): Promise<boolean> {
  const row = await trx
    .insertInto('referral_auto_decision')
    .values({
      report_id: d.reportId,
      outcome: d.outcome,
      rule_ids: d.ruleIds,
      referral_ids: d.referralIds,
      reason: d.reason,
      decided_at: at,
    })
    .onConflict((oc) => oc.column('report_id').doNothing())
    .returning('report_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function selectAutoDecisions(db: Db, limit: number, outcome?: AutoDecisionOutcome) {
  let query = db.selectFrom('referral_auto_decision').selectAll();
  if (outcome) query = query.where('outcome', '=', outcome);
  return query.orderBy('decided_at', 'desc').limit(limit).execute();
}

/** Locks a report's mark for the decision (two workers decide one report one after the other). */
export async function lockMark(trx: Db, reportId: string) {
  const mark = await trx
    .selectFrom('report_auto_referral')
    .select(['report_id', 'detection_ids'])
    .where('report_id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!mark) return undefined;
  const decided = await trx
    .selectFrom('referral_auto_decision')
    .select('report_id')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return { ...mark, decided: decided !== undefined };
}

export async function ruleInUse(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('referral').select('id').where('rule_id', '=', id).limit(1).executeTakeFirst();
  return row !== undefined;
}
