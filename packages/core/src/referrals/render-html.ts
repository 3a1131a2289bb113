import type { ReferralPackage } from '@vigie/contract';

// The readable summary of a package: one self-contained HTML page (no script, no external
// resource, no media shown: the media are files beside it when the recipient may receive them).

const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const row = (label: string, value: unknown) =>
  value === null || value === undefined || value === ''
    ? ''
    : `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;

const details = (record: Record<string, unknown>) =>
  Object.entries(record)
    .map(([k, v]) => row(k, Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : v))
    .join('');

/** Lines of the summary, shared by the HTML and PDF renderings. */
export function summaryFacts(pkg: ReferralPackage): Array<[string, string | null]> {
  return [
    ['Reference', pkg.reference],
    ['Report number', pkg.report.number],
    ['Report type', pkg.report.type.replace(/_/g, ' ')],
    ['Received', pkg.report.receivedAt],
    ['Happening now', pkg.report.happeningNow ? 'yes' : 'no'],
    ['Reporter region', [pkg.report.reporterRegion, pkg.report.reporterCountry].filter(Boolean).join(', ') || null],
    ['Classification', pkg.assessment.classification],
    ['Forwarded', pkg.assessment.automatic ? 'automatically, by a supervisor’s rule' : 'by an analyst'],
    ['Analyst’s note', pkg.assessment.note],
    ['Sent by', `${pkg.sender.organisation} (${pkg.sender.contact})`],
  ];
}

export function renderHtmlSummary(pkg: ReferralPackage): string {
  const captures = pkg.captures
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.requestedUrl)}</td><td>${escapeHtml(c.status ?? c.error)}</td><td>${escapeHtml(
          c.address,
        )}</td><td>${escapeHtml(c.country)}</td><td>${escapeHtml(c.fetchedAt)}</td><td><code>${escapeHtml(
          c.bodySha256,
        )}</code></td></tr>`,
    )
    .join('');
  const media = pkg.media
    .map(
      (m) =>
        `<tr><td><code>${escapeHtml(m.sha256)}</code></td><td><code>${escapeHtml(m.pdq)}</code></td><td>${escapeHtml(
          [m.ageBand, m.activity].filter(Boolean).join(', ') || (m.known ? 'classified' : 'not classified'),
        )}</td><td>${m.sightings.map((s) => escapeHtml(s.url)).join('<br>')}</td><td>${escapeHtml(m.file)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(pkg.report.language)}"><head><meta charset="utf-8">
<title>Referral ${escapeHtml(pkg.reference)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}code{font-size:.85em;word-break:break-all}</style>
</head><body>
<h1>Referral ${escapeHtml(pkg.reference)} to ${escapeHtml(pkg.recipient.name)}</h1>
<table>${summaryFacts(pkg)
    .map(([k, v]) => row(k, v))
    .join('')}</table>
<h2>Description</h2><p>${escapeHtml(pkg.report.description).replace(/\n/g, '<br>')}</p>
<h2>Reported URLs</h2><ul>${pkg.report.urls.map((u) => `<li>${escapeHtml(u)}</li>`).join('')}</ul>
<h2>Incident</h2><table>${details(pkg.report.incident)}</table>
<h2>Suspect</h2><table>${details(pkg.report.suspect)}</table>
<h2>Victim</h2><table>${details(pkg.report.victim)}</table>
<h2>Captures</h2><table><tr><th>URL</th><th>Status</th><th>Address</th><th>Country</th><th>Fetched</th><th>SHA-256 of the body</th></tr>${captures}</table>
<h2>Media</h2><table><tr><th>SHA-256</th><th>PDQ</th><th>Classification</th><th>Seen at</th><th>File</th></tr>${media}</table>
</body></html>
`;
}
