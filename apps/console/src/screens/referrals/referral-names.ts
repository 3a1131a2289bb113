// The closed sets the referral screens offer, as plain arrays (the console's bundle does not load
// the contract's TypeBox files). `every` refuses to compile when the contract adds a member the
// list lacks, so a new outcome or channel cannot be silently missing from a form.
import type { components } from '@vigie/contract/openapi';

type Schemas = components['schemas'];
export type RecipientKind = Schemas['ReferralRecipientKind'];
export type Channel = Schemas['ReferralChannel'];
export type Format = Schemas['ReferralFormat'];
export type Outcome = Schemas['ReferralOutcome'];
export type ReportType = Schemas['ReportType'];
export type AgeBand = Schemas['AgeBand'];
export type Activity = Schemas['Activity'];

function every<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)) =>
    values;
}

export const recipientKinds = every<RecipientKind>()([
  'police',
  'national_police_centre',
  'child_welfare',
  'partner_hotline',
]);
export const channels = every<Channel>()(['https_api', 'sftp', 'openpgp_email']);
export const formats = every<Format>()(['json', 'html', 'pdf', 'cybertip_xml']);
export const outcomes = every<Outcome>()([
  'arrest',
  'charges_laid',
  'child_removed_from_harm',
  'victim_identified',
  'investigation_opened',
  'referred_elsewhere',
  'insufficient_information',
  'no_action',
]);
export const reportTypes = every<ReportType>()([
  'child_sexual_abuse_material',
  'luring',
  'sex_tourism',
  'child_prostitution',
  'child_trafficking',
  'sexually_explicit_material_to_child',
  'agreement_to_offend',
  'non_consensual_intimate_images',
  'other',
]);
export const ageBands = every<AgeBand>()([
  'infant_toddler',
  'prepubescent',
  'pubescent',
  'post_pubescent_minor',
  'unknown',
]);
export const activities = every<Activity>()([
  'penetrative_sexual_activity',
  'non_penetrative_sexual_activity',
  'sadism_or_bestiality',
  'sexual_posing',
  'non_sexual_nudity',
  'other',
]);
