import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { NoticeSettings } from '../platform/notice-settings.ts';
import { NoticeError } from './notices.errors.ts';
import type { NoticeItem } from './notices.types.ts';

// X-ARF v4 reports (category content, type csam), one per URL: X-ARF describes one URL per
// report. Each is validated against the vendored schemas before it may leave (fail closed).

export const XARF_VERSION = '4.2.0';
const schemaDir = new URL('./xarf-schema/', import.meta.url);
const typeFiles = readdirSync(new URL('types/', schemaDir)).filter((f) => f.endsWith('.json'));
const schemaFiles = ['xarf-core.json', ...typeFiles.map((f) => `types/${f}`), 'xarf-v4-master.json'];

let validator: ((report: unknown) => boolean) & { errors?: unknown } = Object.assign(() => false, {});
let compiled = false;

/** Validates against X-ARF's master schema (the type's own schema is chosen by category and type). */
export function validateXarf(report: unknown): { ok: boolean; errors: unknown } {
  if (!compiled) {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    for (const file of schemaFiles) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')));
    validator = ajv.getSchema('https://xarf.org/schemas/v4/xarf-v4-master.json') as typeof validator;
    compiled = true;
  }
  const ok = validator(report);
  return { ok, errors: validator.errors };
}

const domainPattern = /^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$/;
const industryTiers = new Set(['A1', 'A2', 'B1', 'B2', 'baseline']);

/** The X-ARF report of one URL, or undefined when its classification has no X-ARF tier. */
export function xarfReport(
  item: NoticeItem,
  reportId: string,
  settings: NoticeSettings,
  organisation: string,
): Record<string, unknown> | undefined {
  if (!item.classification || !industryTiers.has(item.classification)) return undefined;
  const host = new URL(item.url).hostname;
  const party = { org: organisation.slice(0, 200), contact: settings.contact, domain: settings.domain };
  const report: Record<string, unknown> = {
    xarf_version: XARF_VERSION,
    report_id: reportId,
    timestamp: item.firstSeenAt.toISOString(),
    reporter: party,
    sender: party,
    source_identifier: item.address ?? host,
    category: 'content',
    type: 'csam',
    url: item.url,
    ...(domainPattern.test(host) ? { domain: host } : {}),
    classification: item.classification,
    detection_method: 'hash_match',
    evidence_source: 'crawler',
    ...(item.mediaKind === 'image' || item.mediaKind === 'video' ? { media_type: item.mediaKind } : {}),
    hash_values: {
      sha256: item.sha256,
      ...(item.sha1 ? { sha1: item.sha1 } : {}),
      ...(item.md5 ? { md5: item.md5 } : {}),
    },
    content_removed: false,
    tags: [`classification:${item.classification.toLowerCase()}`, 'detection:hash_match'],
  };
  const { ok, errors } = validateXarf(report);
  if (!ok) throw new NoticeError('NOTICE_XARF_INVALID', undefined, { errors });
  return report;
}
