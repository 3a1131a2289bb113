import type { ReportType, SubmitReportInput } from '@vigie/contract';

// Triage at intake, in bands that do not overlap, so a lower band never outranks a higher one:
//   400  a child in danger now;
//   200  harm is close: a meeting is planned, someone threatens, or demands money or images;
//   100  the report says something about a victim or a suspect;
//    50  the child reports it themself (a teenager whose own image is shared): they can be
//        helped directly, and their report must not wait behind the rest of its type;
//  1-9   the type. The queue breaks ties oldest first.
const typeWeight: Record<ReportType, number> = {
  child_trafficking: 9,
  luring: 8,
  child_prostitution: 7,
  non_consensual_intimate_images: 6,
  sex_tourism: 5,
  child_sexual_abuse_material: 4,
  agreement_to_offend: 3,
  sexually_explicit_material_to_child: 2,
  other: 1,
};

export type Triage = { priority: number; happeningNow: boolean; hasPersonInfo: boolean };

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(filled) : typeof value === 'string' ? value.trim() !== '' : value === true;

export function triageReport(input: SubmitReportInput): Triage {
  const incident = input.incident ?? {};
  const happeningNow = incident.happeningNow === true;
  const harmIsClose = incident.meetingPlanned === true || incident.threats === true || incident.moneyDemanded === true;
  const hasPersonInfo =
    Object.values(input.suspect ?? {}).some(filled) || Object.values(input.victim ?? {}).some(filled);
  const selfReport = input.victim?.reporterIsVictim === true;
  return {
    priority:
      (happeningNow ? 400 : 0) +
      (harmIsClose ? 200 : 0) +
      (hasPersonInfo ? 100 : 0) +
      (selfReport ? 50 : 0) +
      typeWeight[input.type],
    happeningNow,
    hasPersonInfo,
  };
}
