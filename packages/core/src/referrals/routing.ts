import type { ReferralRecipientKind, ReportType } from '@vigie/contract';
import type { Jurisdiction, ReferralRecipient } from './referrals.types.ts';

// Who receives a report, by jurisdiction (pure; the directory is data):
// - police: the force of the reporter's region in the installation's country; a report whose
//   material is hosted abroad, or whose region has no force in the directory, goes to the
//   national police centre (it forwards to other countries' police);
// - national_police_centre: the installation country's centre;
// - child_welfare: the agency of the reporter's region, else a national one (no region);
// - partner_hotline: for each foreign country the material is hosted in, the hotline of that
//   country (or one that covers it), as the INHOPE network routes reports.
// Inactive recipients and those that do not take the report's type are never chosen.

export function takes(recipient: ReferralRecipient, type: ReportType): boolean {
  return recipient.active && (recipient.reportTypes.length === 0 || recipient.reportTypes.includes(type));
}

export function chooseRecipients(
  directory: readonly ReferralRecipient[],
  input: Readonly<{
    kinds: readonly ReferralRecipientKind[];
    type: ReportType;
    jurisdiction: Jurisdiction;
  }>,
): ReferralRecipient[] {
  const { jurisdiction: j } = input;
  const usable = directory.filter((r) => takes(r, input.type));
  const home = usable.filter((r) => r.country === j.country);
  const foreign = [...new Set(j.hostingCountries.filter((c) => c !== j.country))];
  const hostedAbroad = foreign.length > 0;
  const centre = () => home.filter((r) => r.kind === 'national_police_centre').slice(0, 1);
  const chosen: ReferralRecipient[] = [];
  for (const kind of input.kinds) {
    if (kind === 'police') {
      const local = j.region ? home.filter((r) => r.kind === 'police' && r.region === j.region) : [];
      // The most general force of the region: a provincial force before a city's.
      const force = local.sort((a, b) => Number(a.city !== null) - Number(b.city !== null)).slice(0, 1);
      chosen.push(...(hostedAbroad || force.length === 0 ? centre() : force));
    } else if (kind === 'national_police_centre') chosen.push(...centre());
    else if (kind === 'child_welfare') {
      const agencies = home.filter((r) => r.kind === 'child_welfare');
      const regional = agencies.filter((r) => j.region !== null && r.region === j.region);
      chosen.push(...(regional.length > 0 ? regional : agencies.filter((r) => r.region === null)).slice(0, 1));
    } else
      for (const country of foreign) {
        const hotline = usable.filter(
          (r) => r.kind === 'partner_hotline' && (r.country === country || r.coversCountries.includes(country)),
        );
        chosen.push(...hotline.slice(0, 1));
      }
  }
  return [...new Map(chosen.map((r) => [r.id, r])).values()];
}
