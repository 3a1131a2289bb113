import { activities, ageBands, contentOrigins, type Activity, type AgeBand, type ContentOrigin } from '@vigie/contract';
import type { EntryLabels } from '../hashbank/index.ts';

export type SchemeRow = Readonly<{ scheme: string; age_band: string; activity: string; category: string }>;

const inSet = <T extends string>(set: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && set.includes(v as T);

/**
 * A remote's classification into this bank's labels, through the legal-scheme tables
 * (legal_scheme_category): each (scheme, category) the remote gave narrows the (age band,
 * activity) pairs it can stand for; a label is set only when every pair left agrees on it (NCMEC's
 * "A1" says prepubescent-or-younger and a sexual act, so neither label alone is set; its code
 * stays in the entry's provenance). Labels the remote gave itself win; values outside Vigie's
 * closed sets are dropped.
 */
export function createLabelMapper(rows: readonly SchemeRow[]) {
  return (labels: EntryLabels | undefined, categories: Readonly<Record<string, string>> | undefined): EntryLabels => {
    const out: EntryLabels = {};
    if (inSet<AgeBand>(ageBands, labels?.ageBand)) out.ageBand = labels.ageBand;
    if (inSet<Activity>(activities, labels?.activity)) out.activity = labels.activity;
    if (inSet<ContentOrigin>(contentOrigins, labels?.origin)) out.origin = labels.origin;
    if (typeof labels?.victimIdentified === 'boolean') out.victimIdentified = labels.victimIdentified;
    if (!categories || (out.ageBand && out.activity)) return out;
    let pairs: Array<readonly [string, string]> | undefined;
    for (const [scheme, category] of Object.entries(categories)) {
      const matching = rows.filter((r) => r.scheme === scheme && r.category === category);
      if (matching.length === 0) continue;
      const keys = new Set(matching.map((r) => `${r.age_band}|${r.activity}`));
      pairs = (pairs ?? matching.map((r) => [r.age_band, r.activity] as const)).filter(([a, b]) =>
        keys.has(`${a}|${b}`),
      );
    }
    if (!pairs || pairs.length === 0) return out;
    const ages = new Set(pairs.map(([a]) => a));
    const acts = new Set(pairs.map(([, b]) => b));
    const [age] = ages;
    const [act] = acts;
    if (!out.ageBand && ages.size === 1 && inSet<AgeBand>(ageBands, age)) out.ageBand = age;
    if (!out.activity && acts.size === 1 && inSet<Activity>(activities, act)) out.activity = act;
    return out;
  };
}
export type LabelMapper = ReturnType<typeof createLabelMapper>;
