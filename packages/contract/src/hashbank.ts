// The hash bank's closed sets. The migration mirrors each with a CHECK constraint.
export const bankKinds = ['standard', 'negative', 'quarantine'] as const;
export const signalTypes = ['sha256', 'sha1', 'md5', 'pdq', 'vpdq'] as const;
export const mediaKinds = ['image', 'video', 'unknown'] as const;
export const ageBands = ['infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor', 'unknown'] as const;
export const activities = [
  'penetrative_sexual_activity', 'non_penetrative_sexual_activity', 'sadism_or_bestiality', 'sexual_posing', 'non_sexual_nudity', 'other',
] as const;
export const contentOrigins = ['abuse', 'self_generated', 'sextortion', 'ai_generated', 'unknown'] as const;
export const intendedUses = ['victim_identification', 'forensics', 'notice_and_takedown'] as const;
export const entryStatuses = ['pending', 'confirmed', 'disputed'] as const;
export const assessmentVerdicts = ['concur', 'dispute'] as const;
export const feedbackVerdicts = ['confirmed', 'false_positive'] as const;
// What an organisation sees of a match: only that it matched, the legal-scheme category, or all labels.
export const classificationTiers = ['match_only', 'scheme_category', 'full_labels'] as const;
export const legalSchemes = ['ca_criminal_code', 'uk_abc', 'industry_a1b2', 'interpol_baseline'] as const;
export const entryEventKinds = [
  'created', 'assessed', 'labels_changed', 'withdrawn', 'restored', 'suspended', 'unsuspended', 'feedback',
] as const;

export type BankKind = (typeof bankKinds)[number];
export type SignalType = (typeof signalTypes)[number];
export type MediaKind = (typeof mediaKinds)[number];
export type AgeBand = (typeof ageBands)[number];
export type Activity = (typeof activities)[number];
export type ContentOrigin = (typeof contentOrigins)[number];
export type IntendedUse = (typeof intendedUses)[number];
export type EntryStatus = (typeof entryStatuses)[number];
export type AssessmentVerdict = (typeof assessmentVerdicts)[number];
export type FeedbackVerdict = (typeof feedbackVerdicts)[number];
export type ClassificationTier = (typeof classificationTiers)[number];
export type LegalScheme = (typeof legalSchemes)[number];
export type EntryEventKind = (typeof entryEventKinds)[number];
