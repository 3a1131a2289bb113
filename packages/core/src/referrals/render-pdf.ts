import PDFDocument from 'pdfkit';
import type { ReferralPackage } from '@vigie/contract';
import { summaryFacts } from './render-html.ts';

// The PDF summary (pdfkit, its built-in Helvetica). Helvetica's encoding is WinAnsi: characters
// outside it are shown as `?` rather than dropped silently.

const winAnsi = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014\u2026]/g, '?');

export function renderPdfSummary(pkg: ReferralPackage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `Referral ${pkg.reference}`, Author: winAnsi(pkg.sender.organisation) },
      // Deterministic bytes for the same package (the date is the referral's, not the rendering's).
      compress: true,
    });
    doc.info.CreationDate = new Date(pkg.createdAt);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const text = (s: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(winAnsi(s), options);
    doc.font('Helvetica-Bold').fontSize(16);
    text(`Referral ${pkg.reference} to ${pkg.recipient.name}`);
    doc.moveDown();
    doc.fontSize(10);
    for (const [label, value] of summaryFacts(pkg)) {
      if (!value) continue;
      doc.font('Helvetica-Bold');
      text(`${label}: `, { continued: true });
      doc.font('Helvetica');
      text(value);
    }
    const section = (title: string) => {
      doc.moveDown().font('Helvetica-Bold').fontSize(12);
      text(title);
      doc.font('Helvetica').fontSize(9);
    };
    section('Description');
    text(pkg.report.description);
    section('Reported URLs');
    for (const url of pkg.report.urls) text(url);
    section('Captures');
    for (const c of pkg.captures)
      text(
        `${c.requestedUrl}  status ${c.status ?? c.error ?? '-'}  address ${c.address ?? '-'} (${c.country ?? '?'})  ${c.fetchedAt}  body SHA-256 ${c.bodySha256 ?? '-'}`,
      );
    section('Media (fingerprints)');
    for (const m of pkg.media)
      text(
        `SHA-256 ${m.sha256}  PDQ ${m.pdq ?? '-'}  ${[m.ageBand, m.activity].filter(Boolean).join(', ') || (m.known ? 'classified' : 'not classified')}  at ${m.sightings.map((s) => s.url).join(', ')}`,
      );
    doc.end();
  });
}
