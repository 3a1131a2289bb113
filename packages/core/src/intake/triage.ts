import type { ReportType, SubmitReportInput } from '@vigie/contract';

// Triage at intake: a child in danger now first, then reports that say something about a victim
// or a suspect, then by type; the queue breaks ties oldest first. Bands do not overlap, so a
// lower band never outranks a higher one whatever the type.
const typeWeight: Record<ReportType, number> = {
  child_trafficking: 8,
  luring: 7,
  child_prostitution: 6,
  sex_tourism: 5,
  child_sexual_abuse_material: 4,
  agreement_to_offend: 3,
  sexually_explicit_material_to_child: 2,
  non_consensual_intimate_images: 1,
};

export type Triage = { priority: number; happeningNow: boolean; hasPersonInfo: boolean };

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(filled) : typeof value === 'string' ? value.trim() !== '' : value === true;

export function triageReport(input: SubmitReportInput): Triage {
  const happeningNow = input.incident?.happeningNow === true;
  const hasPersonInfo =
    Object.values(input.suspect ?? {}).some(filled) || Object.values(input.victim ?? {}).some(filled);
  return {
    priority: (happeningNow ? 200 : 0) + (hasPersonInfo ? 100 : 0) + typeWeight[input.type],
    happeningNow,
    hasPersonInfo,
  };
}
