// The closed sets of safe media review and the bank's neutral labels, shared by the server (CHECK
// constraints mirror them), the wire schemas and the console. No TypeBox here: the console's
// bundle imports this file alone.
export const ageBands = ['infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor', 'unknown'] as const;
export const activities = [
  'penetrative_sexual_activity',
  'non_penetrative_sexual_activity',
  'sadism_or_bestiality',
  'sexual_posing',
  'non_sexual_nudity',
  'other',
] as const;
export const contentOrigins = ['abuse', 'self_generated', 'sextortion', 'ai_generated', 'unknown'] as const;

/**
 * One key per common verdict. The csam_* tiers are the industry A1/A2/B1/B2 scale (A
 * prepubescent, B pubescent; 1 a sexual act, 2 a lascivious exhibition); csam_other is material
 * outside that scale but illegal under another scheme (labels required); unsure leaves the media
 * for another analyst.
 */
export const reviewVerdicts = ['csam_a1', 'csam_a2', 'csam_b1', 'csam_b2', 'csam_other', 'not_csam', 'unsure'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];
