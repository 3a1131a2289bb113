import type { ReferralPackage, ReportType } from '@vigie/contract';

// The package in the shape of NCMEC's CyberTipline report (its ISP web service's XML: reporter,
// incidentSummary, internetDetails, personOrUserReported, victim, additionalInfo) with a
// fileDetails element per media and its hashes, which NCMEC's service takes as a separate call
// and recipients that import CyberTipline reports read from one document. Element names follow
// NCMEC's schema; the values are Vigie's.

const incidentTypes: Record<ReportType, string> = {
  child_sexual_abuse_material: 'Child Pornography (possession, manufacture, and distribution)',
  non_consensual_intimate_images: 'Child Pornography (possession, manufacture, and distribution)',
  luring: 'Online Enticement of Children for Sexual Act',
  agreement_to_offend: 'Online Enticement of Children for Sexual Act',
  sex_tourism: 'Child Sex Tourism',
  child_prostitution: 'Child Sex Trafficking',
  child_trafficking: 'Child Sex Trafficking',
  sexually_explicit_material_to_child: 'Unsolicited Obscene Material Sent to a Child',
  other: 'Child Pornography (possession, manufacture, and distribution)',
};

/** Text as XML character data: markup characters escaped, characters XML 1.0 forbids removed. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, value: unknown, indent: string) =>
  value === null || value === undefined || value === '' ? '' : `${indent}<${name}>${escapeXml(value)}</${name}>\n`;

const text = (record: Record<string, unknown>, key: string) => {
  const v = record[key];
  return Array.isArray(v) ? v.join(', ') : typeof v === 'string' || typeof v === 'number' ? String(v) : null;
};

export function renderCybertipXml(pkg: ReferralPackage): string {
  const r = pkg.report;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<report>\n'];
  out.push('  <incidentSummary>\n');
  out.push(el('incidentType', incidentTypes[r.type], '    '));
  if (r.happeningNow) out.push(el('escalateToHighPriority', 'The reporter says it is happening now.', '    '));
  out.push(el('incidentDateTime', r.receivedAt, '    '));
  out.push(el('incidentDateTimeDescription', text(r.incident, 'when') ?? 'when the report was received', '    '));
  out.push('  </incidentSummary>\n');
  out.push('  <internetDetails>\n');
  for (const url of r.urls) {
    out.push('    <webPageIncident>\n');
    out.push(el('url', url, '      '));
    out.push(el('additionalInfo', `Reported to ${pkg.sender.organisation} as report ${r.number}.`, '      '));
    out.push(el('thirdPartyHostedContent', 'true', '      '));
    out.push('    </webPageIncident>\n');
  }
  out.push('  </internetDetails>\n');
  out.push('  <reporter>\n    <reportingPerson>\n');
  out.push(el('firstName', pkg.sender.organisation, '      '));
  out.push(el('email', pkg.sender.contact, '      '));
  out.push('    </reportingPerson>\n');
  out.push(
    el('companyTemplate', `Referral ${pkg.reference} from ${pkg.sender.organisation} (${pkg.sender.domain}).`, '    '),
  );
  out.push('  </reporter>\n');
  const suspect = [text(r.suspect, 'names'), text(r.suspect, 'usernames'), text(r.suspect, 'platform')];
  if (suspect.some(Boolean)) {
    out.push('  <personOrUserReported>\n');
    out.push(el('screenName', text(r.suspect, 'usernames'), '    '));
    out.push(el('espService', text(r.suspect, 'platform'), '    '));
    out.push(
      el('additionalInfo', [text(r.suspect, 'names'), text(r.suspect, 'location')].filter(Boolean).join('; '), '    '),
    );
    out.push('  </personOrUserReported>\n');
  }
  if (Object.keys(r.victim).length > 0) {
    out.push('  <victim>\n');
    out.push(el('additionalInfo', JSON.stringify(r.victim), '    '));
    out.push('  </victim>\n');
  }
  out.push(
    el(
      'additionalInfo',
      [
        r.description,
        pkg.assessment.classification && `Classification: ${pkg.assessment.classification}`,
        pkg.assessment.note,
      ]
        .filter(Boolean)
        .join('\n\n'),
      '  ',
    ),
  );
  for (const m of pkg.media) {
    out.push('  <fileDetails>\n');
    out.push(el('fileName', m.file ?? `${m.sha256}.${m.format ?? 'bin'}`, '    '));
    out.push(el('originalFileName', m.sightings[0]?.url, '    '));
    out.push(el('locationOfFile', m.sightings[0]?.url, '    '));
    out.push(el('publiclyAvailable', 'true', '    '));
    for (const s of m.sightings.filter((s) => s.address))
      out.push(
        `    <ipCaptureEvent>\n${el('ipAddress', s.address, '      ')}${el('eventName', 'Download', '      ')}${el('dateTime', s.at, '      ')}    </ipCaptureEvent>\n`,
      );
    const hashes: Array<[string, string | null]> = [
      ['SHA256', m.sha256],
      ['SHA1', m.sha1],
      ['MD5', m.md5],
      ['PDQ', m.pdq],
    ];
    out.push('    <details type="HASH">\n');
    for (const [name, value] of hashes)
      if (value)
        out.push(
          `      <nameValuePair>\n${el('name', name, '        ')}${el('value', value, '        ')}      </nameValuePair>\n`,
        );
    out.push('    </details>\n');
    if (m.ageBand || m.activity)
      out.push(el('additionalInfo', `Classification: ${[m.ageBand, m.activity].filter(Boolean).join(', ')}`, '    '));
    out.push('  </fileDetails>\n');
  }
  out.push('</report>\n');
  return out.join('');
}
