import type { ApiPaths } from '../../api.ts';

// The queue's closed sets, read off the server's schema: a record per set, so that a value the
// server adds and the console does not list fails to compile.
type QueueQuery = NonNullable<ApiPaths['/api/v1/cases']['get']['parameters']['query']>;
type CasePage = ApiPaths['/api/v1/cases/{reportId}']['get']['responses'][200]['content']['application/json'];
export type CaseState = NonNullable<QueueQuery['state']>;
export type ReportType = NonNullable<QueueQuery['type']>;
export type ReportSource = NonNullable<QueueQuery['source']>;
export type CloseReason = NonNullable<CasePage['case']['closeReason']>;

const keys = <K extends string>(set: Record<K, true>) => Object.keys(set) as K[];

export const caseStates = keys<CaseState>({ open: true, in_review: true, closed: true });
export const reportTypes = keys<ReportType>({
  child_sexual_abuse_material: true,
  luring: true,
  sex_tourism: true,
  child_prostitution: true,
  child_trafficking: true,
  sexually_explicit_material_to_child: true,
  agreement_to_offend: true,
  non_consensual_intimate_images: true,
  other: true,
});
export const reportSources = keys<ReportSource>({ tipline: true, api: true, partner: true, phone: true, email: true });
export const closeReasons = keys<CloseReason>({
  actioned: true,
  not_illegal: true,
  duplicate: true,
  insufficient_information: true,
  outside_mandate: true,
  content_gone: true,
  other: true,
});

/** The queue's filters as the URL keeps them (`/cases?type=luring&assignee=me`). */
export type CaseFilter = {
  state?: CaseState;
  type?: ReportType;
  region?: string;
  source?: ReportSource;
  assignee?: string;
};

const assigneePattern = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const regionPattern = /^[A-Za-z0-9_-]{1,16}$/;

function oneOf<K extends string>(values: readonly K[], value: unknown): K | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as K) : undefined;
}

/** Parses the search parameters: anything the server would refuse is dropped, not passed on. */
export function parseCaseFilter(search: Record<string, unknown>): CaseFilter {
  const region = typeof search['region'] === 'string' && regionPattern.test(search['region']) ? search['region'] : '';
  const assignee = typeof search['assignee'] === 'string' ? search['assignee'] : '';
  const filter: CaseFilter = {
    state: oneOf(caseStates, search['state']),
    type: oneOf(reportTypes, search['type']),
    source: oneOf(reportSources, search['source']),
    region: region === '' ? undefined : region,
    assignee: assigneePattern.test(assignee) ? assignee : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as CaseFilter;
}
