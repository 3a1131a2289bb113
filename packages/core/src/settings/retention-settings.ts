import {
  retentionSettingKeys,
  type RetentionSettings,
  type RetentionSettingsAnswer,
  type RetentionSettingsChange,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import { PlatformError } from '../platform/errors.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { readSettings, removeSetting, writeSetting } from './settings.repository.ts';

// How long reporters' personal data is kept, changed at run time over the environment's
// (VIGIE_INTAKE_RETENTION_DAYS). The hourly erase job reads it each time it runs; each change is
// audited, its old and new values with it (a retention change is a privacy decision).

const PREFIX = 'retention';

export type RetentionSettingsService = ReturnType<typeof createRetentionSettings>;

export function createRetentionSettings(deps: ServiceDeps) {
  const { db, config, now } = deps;
  const defaults: RetentionSettings = { intakeRetentionDays: config.intakeRetentionDays };

  async function describe(): Promise<RetentionSettingsAnswer> {
    const rows = await readSettings(db, PREFIX);
    const settings: Record<string, unknown> = { ...defaults };
    const changed = retentionSettingKeys.filter((key) => rows.has(key));
    for (const key of changed) settings[key] = rows.get(key);
    return { settings: settings as RetentionSettings, defaults, changed };
  }

  return {
    describe,
    /** The retention in force now (read from the database: the erase job runs hourly). */
    current: async (): Promise<RetentionSettings> => (await describe()).settings,
    async change(change: RetentionSettingsChange, actor: Actor): Promise<RetentionSettingsAnswer> {
      const { reset = [], ...values } = change;
      if (values.intakeRetentionDays !== undefined && reset.includes('intakeRetentionDays'))
        throw new PlatformError('VALIDATION_FAILED', 'intakeRetentionDays: both set and reset', {
          fields: [{ path: '/intakeRetentionDays', message: 'both set and reset' }],
        });
      const before = await describe();
      await db.transaction().execute(async (trx) => {
        const at = now();
        if (values.intakeRetentionDays !== undefined)
          await writeSetting(
            trx,
            `${PREFIX}.intakeRetentionDays`,
            values.intakeRetentionDays,
            at,
            `${actor.type}:${actor.id}`,
          );
        for (const key of reset) await removeSetting(trx, `${PREFIX}.${key}`);
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'settings.retention-changed',
            subjectType: 'installation',
            subjectId: PREFIX,
            details: {
              from: before.settings.intakeRetentionDays,
              to: reset.includes('intakeRetentionDays')
                ? defaults.intakeRetentionDays
                : (values.intakeRetentionDays ?? before.settings.intakeRetentionDays),
            },
          },
          at,
        );
      });
      return describe();
    },
  };
}
