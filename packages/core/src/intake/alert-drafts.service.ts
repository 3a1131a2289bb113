import type { PublishAlertInput } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { insertAlertDraft, listAllAlerts, publishAlertDraft, type AlertRecord } from './alert.repository.ts';
import { IntakeError } from './intake.errors.ts';
import { cleanText } from './text.ts';

// Public alerts as supervisors handle them: drafted, previewed, published, withdrawn. The tipline
// reads published ones only (listAlerts); every alert stays here, whatever its state.

const staffId = (actor: Actor) => (actor.type === 'user' ? (actor.id ?? null) : null);

export function createAlertDrafts(base: Pick<ServiceDeps, 'db' | 'now'>) {
  const { db } = base;
  return {
    /** Every alert, drafts first, then the newest; for the console. */
    listAllAlerts: (limit = 200): Promise<AlertRecord[]> => listAllAlerts(db, limit),

    async draftAlert(input: PublishAlertInput, actor: Actor): Promise<AlertRecord> {
      const at = base.now();
      return db.transaction().execute(async (trx) => {
        const draft = await insertAlertDraft(trx, {
          title: cleanText(input.title).trim(),
          body: cleanText(input.body).trim(),
          language: input.language,
          createdBy: staffId(actor),
          at,
        });
        await audit(trx, actor, 'alert.drafted', draft.id, { language: draft.language }, at);
        return draft;
      });
    },

    /** Puts a draft on the tipline; a draft published twice (two tabs) is refused the second time. */
    async publishDraft(id: string, actor: Actor): Promise<AlertRecord> {
      const at = base.now();
      return db.transaction().execute(async (trx) => {
        const alert = await publishAlertDraft(trx, id, staffId(actor), at);
        if (!alert) throw new IntakeError('INTAKE_ALERT_NOT_DRAFT');
        await audit(trx, actor, 'alert.published', id, { language: alert.language }, at);
        return alert;
      });
    },
  };
}

function audit(trx: Db, actor: Actor, action: string, id: string, details: Record<string, unknown>, at: Date) {
  return appendAuditEvent(trx, actor, { action, subjectType: 'public_alert', subjectId: id, details }, at);
}
