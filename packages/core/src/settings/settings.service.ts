import {
  tiplineSettingKeys,
  type TiplineSettingKey,
  type TiplineSettings,
  type TiplineSettingsAnswer,
  type TiplineSettingsChange,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import { PlatformError } from '../platform/errors.ts';
import { isHelpLines, isLocalText, isRegions, isWebUrl, phonePattern } from '../platform/tipline-settings.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createRetentionSettings } from './retention-settings.ts';
import { readSettings, removeSetting, writeSetting } from './settings.repository.ts';

// Installation settings changed at run time, over the environment's (VIGIE_TIPLINE_*): what the
// public site says about the installation. Every process reads them again within CACHE_MS of a
// change (the tipline's pages and the report form's regions); each change is audited.

const CACHE_MS = 5_000;
const PREFIX = 'tipline';

const checks: Record<TiplineSettingKey, [(value: unknown) => boolean, string]> = {
  name: [isLocalText, 'text, or text per language'],
  phone: [(v) => typeof v === 'string' && phonePattern.test(v), 'a phone number (digits, spaces, + - . ( ))'],
  privacyUrl: [isWebUrl, 'an absolute http(s) URL'],
  emergencyNumber: [(v) => typeof v === 'string' && phonePattern.test(v), 'a phone number'],
  regionLabel: [isLocalText, 'text, or text per language'],
  regions: [isRegions, 'a non-empty list of regions with unique codes (letters, digits, -), not "outside"'],
  helpLines: [isHelpLines, 'a list of help lines with a label and valid phone numbers and URLs'],
  exitUrl: [isWebUrl, 'an absolute http(s) URL'],
};

export type SettingsService = ReturnType<typeof createSettingsService>;

export function createSettingsService(deps: ServiceDeps) {
  const { db, config, now } = deps;
  const defaults: TiplineSettings = {
    name: (config.tiplineName as TiplineSettings['name']) ?? null,
    phone: config.tiplinePhone ?? null,
    privacyUrl: config.tiplinePrivacyUrl ?? null,
    emergencyNumber: config.tiplineEmergencyNumber,
    regionLabel: config.tiplineRegionLabel as TiplineSettings['regionLabel'],
    regions: config.tiplineRegions as TiplineSettings['regions'],
    helpLines: config.tiplineHelpLines as TiplineSettings['helpLines'],
    exitUrl: config.tiplineExitUrl,
  };
  let cached: { at: number; settings: TiplineSettings; changed: TiplineSettingKey[] } | undefined;

  async function load() {
    const rows = await readSettings(db, PREFIX);
    const settings: Record<string, unknown> = { ...defaults };
    const changed: TiplineSettingKey[] = [];
    for (const key of tiplineSettingKeys)
      if (rows.has(key)) {
        settings[key] = rows.get(key);
        changed.push(key);
      }
    cached = { at: Date.now(), settings: settings as TiplineSettings, changed };
    return cached;
  }
  const current = async () => (cached && Date.now() - cached.at < CACHE_MS ? cached : load());

  return {
    /** How long reporters' personal data is kept. */
    retention: createRetentionSettings(deps),
    /** What the public site shows now (at most CACHE_MS old in another process). */
    tipline: async (): Promise<TiplineSettings> => (await current()).settings,
    /**
     * The regions a report may name, without waiting: the last settings read (the environment's
     * before the first), refreshed in the background once stale.
     */
    regionsNow(): TiplineSettings['regions'] {
      if (!cached || Date.now() - cached.at >= CACHE_MS) void current().catch(() => undefined);
      return (cached?.settings ?? defaults).regions;
    },
    async describe(): Promise<TiplineSettingsAnswer> {
      const { settings, changed } = await load();
      return { settings, defaults, changed };
    },
    /** Sets the keys given and resets those in `reset`, checked as the environment's are; audited. */
    async changeTipline(change: TiplineSettingsChange, actor: Actor): Promise<TiplineSettingsAnswer> {
      const problems: Array<{ path: string; message: string }> = [];
      const { reset = [], ...values } = change;
      // A reset is the environment's value, which was checked at start.
      const entries = [
        ...(Object.entries(values) as Array<[TiplineSettingKey, unknown]>),
        ...reset.map((key) => [key, null] as [TiplineSettingKey, unknown]),
      ];
      for (const [key, value] of entries) {
        const [valid, expected] = checks[key];
        if (value !== null && !valid(value)) problems.push({ path: `/${key}`, message: `expected ${expected}` });
        if (value !== null && reset.includes(key)) problems.push({ path: `/${key}`, message: 'both set and reset' });
      }
      // Each refusal at its key (the console shows it beside its field), and all of them in the message.
      if (problems.length > 0)
        throw new PlatformError(
          'VALIDATION_FAILED',
          problems.map((p) => `${p.path.slice(1)}: ${p.message}`).join('; '),
          { fields: problems },
        );
      if (entries.length > 0)
        await db.transaction().execute(async (trx) => {
          const at = now();
          for (const [key, value] of entries)
            if (value === null) await removeSetting(trx, `${PREFIX}.${key}`);
            else await writeSetting(trx, `${PREFIX}.${key}`, value, at, `${actor.type}:${actor.id}`);
          await appendAuditEvent(
            trx,
            actor,
            {
              action: 'settings.tipline-changed',
              subjectType: 'installation',
              subjectId: PREFIX,
              details: {
                set: entries.filter(([, v]) => v !== null).map(([k]) => k),
                reset: entries.filter(([, v]) => v === null).map(([k]) => k),
              },
            },
            at,
          );
        });
      cached = undefined;
      return this.describe();
    },
  };
}
