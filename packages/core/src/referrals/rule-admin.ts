import { randomUUID } from 'node:crypto';
import type { ReferralRuleBody, ReferralRulePatch } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { ReferralError } from './referrals.errors.ts';
import { deleteRule, insertRule, ruleInUse, selectRules, updateRule } from './rule.repository.ts';

// The supervisors' automatic-forwarding rules, each change audited.

export function createRuleAdmin(deps: ServiceDeps) {
  const { db, now } = deps;
  return {
    list: () => selectRules(db),
    add: async (body: ReferralRuleBody, actor: Actor, staffId: string | null) =>
      db.transaction().execute(async (trx) => {
        const rule = await insertRule(trx, randomUUID(), body, staffId, now()).catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') throw new ReferralError('REFERRAL_RULE_EXISTS');
          throw error;
        });
        await appendAuditEvent(
          trx,
          actor,
          { action: 'referral-rule.added', subjectType: 'referral_rule', subjectId: rule.id, details: { ...body } },
          now(),
        );
        return rule;
      }),
    update: async (id: string, patch: ReferralRulePatch, actor: Actor) =>
      db.transaction().execute(async (trx) => {
        const rule = await updateRule(trx, id, patch, now());
        if (!rule) throw new ReferralError('REFERRAL_RULE_NOT_FOUND');
        await appendAuditEvent(
          trx,
          actor,
          { action: 'referral-rule.updated', subjectType: 'referral_rule', subjectId: id, details: { ...patch } },
          now(),
        );
        return rule;
      }),
    remove: async (id: string, actor: Actor) =>
      db.transaction().execute(async (trx) => {
        // A rule referrals name is kept, disabled, so their history still says which rule sent them.
        const removed = (await ruleInUse(trx, id))
          ? (await updateRule(trx, id, { enabled: false }, now())) !== undefined
          : await deleteRule(trx, id);
        if (!removed) throw new ReferralError('REFERRAL_RULE_NOT_FOUND');
        await appendAuditEvent(
          trx,
          actor,
          { action: 'referral-rule.removed', subjectType: 'referral_rule', subjectId: id },
          now(),
        );
      }),
  };
}
