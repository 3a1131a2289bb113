import type { Db } from '../database.ts';
import { selectAutoMark, selectCaptures, selectDetections, selectReportUrls } from './evidence.repository.ts';
import type { CountryOfAddress, Jurisdiction } from './referrals.types.ts';

// Where a report belongs: the installation's country, the reporter's region (a reporter
// `outside` the regions has none), and the countries of the addresses its URLs and the
// detections behind it were fetched from (offline IP data).

export async function jurisdictionOf(
  db: Db,
  report: Readonly<{ id: string; reporter_region: string | null }>,
  country: string,
  countryOf: CountryOfAddress,
): Promise<Jurisdiction> {
  const urls = await selectReportUrls(db, report.id);
  const captures = await selectCaptures(
    db,
    urls.map((u) => u.id),
  );
  const mark = await selectAutoMark(db, report.id);
  const detections = await selectDetections(db, mark?.detection_ids ?? []);
  const addresses = new Set(
    [...captures.map((c) => c.address), ...detections.map((d) => d.address)].filter((a): a is string => !!a),
  );
  const countries = new Set<string>();
  for (const address of addresses) {
    const found = await countryOf(address).catch(() => null);
    if (found) countries.add(found);
  }
  return {
    country,
    region: report.reporter_region && report.reporter_region !== 'outside' ? report.reporter_region : null,
    hostingCountries: [...countries].sort(),
  };
}
