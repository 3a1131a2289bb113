import { activities, ageBands, contentOrigins, reviewVerdicts, type ReviewVerdict } from '@vigie/contract/review-names';

// The review grids' keyboard: one key per common verdict (the contract's verdicts, in its
// order), keys for the labels a verdict carries, and the keys that reveal, undo and stop. One
// table, read by the key handler and by the legend on screen, so the two never disagree.

export { activities, ageBands, contentOrigins, reviewVerdicts, type ReviewVerdict };
export type AgeBand = (typeof ageBands)[number];
export type Activity = (typeof activities)[number];
export type ContentOrigin = (typeof contentOrigins)[number];

export const verdictKeys: Readonly<Record<ReviewVerdict, string>> = {
  csam_a1: '1',
  csam_a2: '2',
  csam_b1: '3',
  csam_b2: '4',
  csam_other: '5',
  not_csam: 'n',
  unsure: 'u',
};

/** The other keys of a grid (letters compared in lower case). */
export const gridKeys = {
  reveal: ['r', ' '],
  origin: 'o',
  victim: 'i',
  undo: ['z', 'backspace'],
  stop: 'escape',
} as const;

export const csamVerdicts: readonly ReviewVerdict[] = ['csam_a1', 'csam_a2', 'csam_b1', 'csam_b2', 'csam_other'];
export const isCsam = (verdict: ReviewVerdict): boolean => csamVerdicts.includes(verdict);

/** The labels the analyst sets before a csam verdict; cleared after each verdict. */
export type PendingLabels = {
  ageBand: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  /** Null: not said (the key cycles not said, identified, not identified). */
  victimIdentified: boolean | null;
};
export const noLabels: PendingLabels = { ageBand: null, activity: null, origin: null, victimIdentified: null };

export const nextVictim = (current: boolean | null): boolean | null =>
  current === null ? true : current ? false : null;

export function verdictOfKey(key: string): ReviewVerdict | null {
  const lower = key.toLowerCase();
  return reviewVerdicts.find((verdict) => verdictKeys[verdict] === lower) ?? null;
}

/** The key's next origin: none, then each of the contract's origins in turn, then none again. */
export function nextOrigin(current: ContentOrigin | null): ContentOrigin | null {
  if (current === null) return contentOrigins[0];
  const index = contentOrigins.indexOf(current);
  return index === contentOrigins.length - 1 ? null : (contentOrigins[index + 1] ?? null);
}

export type VerdictBody = {
  verdict: ReviewVerdict;
  labels?: { ageBand?: AgeBand; activity?: Activity; origin?: ContentOrigin };
  victimIdentified?: boolean;
};

/**
 * What a verdict key sends: labels only with a csam verdict (the server refuses them on others);
 * csam_other needs an age band and an activity (null: ask for them first).
 */
export function verdictBody(verdict: ReviewVerdict, labels: PendingLabels): VerdictBody | null {
  if (!isCsam(verdict)) return { verdict };
  if (verdict === 'csam_other' && (labels.ageBand === null || labels.activity === null)) return null;
  const chosen = {
    ...(labels.ageBand === null ? {} : { ageBand: labels.ageBand }),
    ...(labels.activity === null ? {} : { activity: labels.activity }),
    ...(labels.origin === null ? {} : { origin: labels.origin }),
  };
  return {
    verdict,
    ...(Object.keys(chosen).length === 0 ? {} : { labels: chosen }),
    ...(labels.victimIdentified === null ? {} : { victimIdentified: labels.victimIdentified }),
  };
}
