import type { CasePage, CaseSummary } from '@vigie/contract';
import { normaliseCrawlUrl, parseSrcset, toCaptureView, type CrawlerService } from '../crawler/index.ts';
import type { Db } from '../database.ts';
import type { OutboxService } from '../outbox/index.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import {
  selectCaptureMedia,
  selectCaptureOfReport,
  selectCaseEvents,
  selectCaseMedia,
  selectRelated,
  selectReport,
  selectReportAuditEvents,
} from './case-page.repository.ts';
import { CaseworkError } from './casework.errors.ts';
import type { AddressFacts } from './casework.types.ts';
import { selectDecisions } from './decision.repository.ts';
import { sanitisePage } from './page-sanitiser.ts';

// The case page's content, read-only: the report without its contact details, its URLs'
// captures with where they were served from, the media found with what the bank knows, related
// reports, decisions and the history. The page of a capture is rendered apart (renderCapture).

export type CasePageDeps = Readonly<{
  db: Db;
  crawler: Pick<CrawlerService, 'capturesOfUrl'>;
  outbox: Pick<OutboxService, 'messagesOf'>;
  store: Pick<MediaStore, 'get'>;
  addressFacts: AddressFacts;
}>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const htmlType = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** Labels of a known media as a badge shows them: its age band, activity and origin. */
export const classificationText = (m: { ageBand: string | null; activity: string | null; origin: string | null }) =>
  [m.ageBand, m.activity, m.origin].filter(Boolean).join(', ') || null;

export function createCasePage(deps: CasePageDeps) {
  const { db } = deps;

  async function facts(address: string | null) {
    if (!address) return null;
    try {
      return await deps.addressFacts(address);
    } catch {
      return null; // the IP data is not loaded (a broken refresh): the page shows no country
    }
  }

  async function captures(urls: ReadonlyArray<{ id: string; url: string; host: string }>) {
    const out: CasePage['captures'] = [];
    for (const u of urls)
      for (const found of await deps.crawler.capturesOfUrl(u.id)) {
        const f = await facts(found.capture.address);
        out.push({
          urlId: u.id,
          url: u.url,
          host: u.host,
          country: f?.country ?? null,
          asn: f?.asn ?? null,
          holder: f?.holder ?? null,
          capture: toCaptureView(found),
          renderable: !!found.capture.body_sha256 && htmlType.test(found.capture.content_type ?? ''),
        });
      }
    return out;
  }

  return {
    async read(reportId: string, summary: CaseSummary): Promise<CasePage> {
      const found = await selectReport(db, reportId);
      if (!found) throw new CaseworkError('CASE_NOT_FOUND');
      const { report: r, urls, followUps } = found;
      const [captureList, media, related, decisions, events, audit] = await Promise.all([
        captures(urls),
        selectCaseMedia(db, reportId),
        selectRelated(db, reportId),
        selectDecisions(db, reportId),
        selectCaseEvents(db, reportId),
        selectReportAuditEvents(db, reportId),
      ]);
      const replyIds = decisions.filter((d) => d.kind === 'educational_reply').map((d) => d.id);
      const replies = replyIds.length > 0 ? await deps.outbox.messagesOf('case_reply', replyIds) : [];
      const history: CasePage['history'] = [
        ...events.map((e) => ({
          at: e.at.toISOString(),
          origin: 'case' as const,
          kind: e.kind as string,
          actor: e.staffId,
          decisionId: e.decisionId,
          details: e.details,
        })),
        ...audit.map((a) => ({
          at: a.at.toISOString(),
          origin: 'audit' as const,
          kind: a.action,
          actor: `${a.actorType}${a.actorId ? `:${a.actorId}` : ''}`,
          decisionId: null,
          details: a.details,
        })),
      ].sort((a, b) => a.at.localeCompare(b.at));
      return {
        case: summary,
        report: {
          id: r.id,
          reportNumber: r.report_number,
          type: r.type,
          source: r.source,
          status: r.status,
          language: r.language,
          description: r.description,
          anonymous: r.anonymous,
          hasContact: r.contact_ciphertext !== null,
          incident: r.incident,
          suspect: r.suspect,
          victim: r.victim,
          region: r.reporter_region,
          country: r.reporter_country,
          happeningNow: r.happening_now,
          hasPersonInfo: r.has_person_info,
          receivedAt: r.received_at.toISOString(),
          personalDataErasedAt: iso(r.personal_data_erased_at),
          urls: urls.map((u) => ({ id: u.id, url: u.url, host: u.host, captureState: u.captureState })),
          followUps: followUps.map((f) => ({ information: f.information, receivedAt: f.receivedAt.toISOString() })),
        },
        captures: captureList,
        media: media.map((m) => ({
          sha256: m.sha256,
          kind: m.kind,
          format: m.format,
          size: Number(m.size),
          state: m.state,
          entryId: m.entryId === null ? null : String(m.entryId),
          bankId: m.bankId,
          ageBand: m.ageBand,
          activity: m.activity,
          origin: m.origin,
          victimIdentified: m.victimIdentified,
          uses: m.uses,
          classificationState: m.classificationState,
          detections: Number(m.detections ?? 0),
          sightings: Number(m.sightings ?? 0),
          urls: m.urls,
          firstSeenAt: m.firstSeenAt.toISOString(),
        })),
        related: related.map((x) => ({
          reportId: x.id,
          reportNumber: x.reportNumber,
          state: x.state,
          type: x.type,
          receivedAt: x.receivedAt.toISOString(),
          because: x.because,
        })),
        decisions: decisions.map((d) => ({
          id: d.id,
          kind: d.kind,
          state: d.state,
          staffId: d.staffId,
          details: d.details,
          note: d.note,
          decidedAt: d.decidedAt.toISOString(),
          updatedAt: d.updatedAt.toISOString(),
        })),
        replies: replies.map((m) => ({
          decisionId: m.subjectId,
          state: m.state,
          sentAt: iso(m.sentAt),
          lastError: m.lastError,
        })),
        history,
      };
    },

    /** A captured page, sanitised (page-sanitiser.ts); only captures of the case's own URLs. */
    async renderCapture(reportId: string, captureId: string): Promise<string> {
      const capture = await selectCaptureOfReport(db, reportId, captureId);
      if (!capture?.bodySha256 || !htmlType.test(capture.contentType ?? ''))
        throw new CaseworkError('CASE_CAPTURE_NOT_FOUND');
      const bytes = await deps.store.get(capture.bodySha256);
      const byUrl = new Map(
        (await selectCaptureMedia(db, captureId)).map((m) => [
          m.url,
          {
            sha256: m.sha256,
            state: m.state,
            entryId: m.entryId === null ? null : String(m.entryId),
            classification: classificationText(m),
          },
        ]),
      );
      return sanitisePage(new TextDecoder('utf-8').decode(bytes), {
        baseUrl: capture.finalUrl ?? capture.requestedUrl,
        mediaAt: (url) => byUrl.get(url),
        normalise: (url, base) => normaliseCrawlUrl(url, base),
        srcset: parseSrcset,
      });
    },
  };
}

export type CasePageReader = ReturnType<typeof createCasePage>;
