import type { Activity, AgeBand, ContentOrigin, ReviewLabels, ReviewVerdict, VerdictCore } from '@vigie/contract';
import { ReviewError } from './review.errors.ts';

// The verdict keys and the neutral labels the bank stores. Each csam_* key is a tier of the
// industry A1/A2/B1/B2 scale; given alone it stands for the tier's least severe labels (the
// analyst refines with labels), and labels given with it must stay inside the tier, exactly as
// the legal_scheme_category rows for industry_a1b2 map them (review.mapping.test.ts checks).

export const decisionStages = ['first', 'verification', 'settlement'] as const;
export type DecisionStage = (typeof decisionStages)[number];

export const csamVerdicts = ['csam_a1', 'csam_a2', 'csam_b1', 'csam_b2', 'csam_other'] as const;
export type CsamVerdict = (typeof csamVerdicts)[number];
export const isCsamVerdict = (v: ReviewVerdict): v is CsamVerdict => (csamVerdicts as readonly string[]).includes(v);

const sexualActs: readonly Activity[] = [
  'penetrative_sexual_activity',
  'non_penetrative_sexual_activity',
  'sadism_or_bestiality',
];
const younger: readonly AgeBand[] = ['infant_toddler', 'prepubescent'];

type Tier = { ages: readonly AgeBand[]; acts: readonly Activity[]; age: AgeBand; act: Activity };
export const verdictTiers: Readonly<Record<Exclude<CsamVerdict, 'csam_other'>, Tier>> = {
  csam_a1: { ages: younger, acts: sexualActs, age: 'prepubescent', act: 'non_penetrative_sexual_activity' },
  csam_a2: { ages: younger, acts: ['sexual_posing'], age: 'prepubescent', act: 'sexual_posing' },
  csam_b1: { ages: ['pubescent'], acts: sexualActs, age: 'pubescent', act: 'non_penetrative_sexual_activity' },
  csam_b2: { ages: ['pubescent'], acts: ['sexual_posing'], age: 'pubescent', act: 'sexual_posing' },
};

export type ResolvedLabels = {
  ageBand: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  victimIdentified: boolean | null;
};

/** The labels a verdict stands for; labels that contradict its tier are refused. */
export function resolveLabels(input: VerdictCore): ResolvedLabels {
  const labels: ReviewLabels = input.labels ?? {};
  const victimIdentified = input.victimIdentified ?? null;
  const origin = labels.origin ?? null;
  if (!isCsamVerdict(input.verdict)) {
    if (labels.ageBand || labels.activity || labels.origin || input.victimIdentified !== undefined)
      throw new ReviewError('REVIEW_LABELS_INVALID', `${input.verdict} takes no labels.`);
    return { ageBand: null, activity: null, origin: null, victimIdentified: null };
  }
  if (input.verdict === 'csam_other') {
    const { ageBand, activity } = labels;
    if (!ageBand || !activity)
      throw new ReviewError('REVIEW_LABELS_INVALID', 'csam_other needs an age band and an activity.');
    const inScale = Object.values(verdictTiers).some((t) => t.ages.includes(ageBand) && t.acts.includes(activity));
    if (inScale)
      throw new ReviewError('REVIEW_LABELS_INVALID', 'These labels are a tier of the A1-B2 scale: use its key.');
    return { ageBand, activity, origin, victimIdentified };
  }
  const tier = verdictTiers[input.verdict];
  const ageBand = labels.ageBand ?? tier.age;
  const activity = labels.activity ?? tier.act;
  if (!tier.ages.includes(ageBand) || !tier.acts.includes(activity))
    throw new ReviewError('REVIEW_LABELS_INVALID', `${ageBand} with ${activity} is not ${input.verdict}.`);
  return { ageBand, activity, origin, victimIdentified };
}

/** Two analysts agree when they give the same key (for csam_other: the same age band and activity too). */
export function verdictsAgree(
  a: { verdict: ReviewVerdict; ageBand: AgeBand | null; activity: Activity | null },
  b: { verdict: ReviewVerdict; ageBand: AgeBand | null; activity: Activity | null },
): boolean {
  if (a.verdict !== b.verdict) return false;
  return a.verdict !== 'csam_other' || (a.ageBand === b.ageBand && a.activity === b.activity);
}
