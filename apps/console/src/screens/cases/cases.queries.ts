import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '../../api.ts';
import { useApi } from '../../session.ts';
import type { CaseFilter } from './cases-search.ts';

type Json<P extends keyof ApiPaths, M extends 'get' | 'post', S extends number> = ApiPaths[P][M] extends {
  responses: Record<S, { content: { 'application/json': infer T } }>;
}
  ? T
  : never;

export type CaseSummary = Json<'/api/v1/cases', 'get', 200>['cases'][number];
export type CaseCounts = Json<'/api/v1/cases/counts', 'get', 200>;
export type CasePage = Json<'/api/v1/cases/{reportId}', 'get', 200>;
export type CaseContact = Json<'/api/v1/cases/{reportId}/contact', 'post', 200>;
export type DecisionAnswer = Json<'/api/v1/cases/{reportId}/close', 'post', 201>;
export type StaffReport = NonNullable<
  ApiPaths['/api/v1/cases/intake']['post']['requestBody']
>['content']['application/json'];
type Path<K extends string> = `/api/v1/cases/{reportId}/${K}`;
type DecisionPath = Path<'classify' | 'forward' | 'notice' | 'blocklist' | 'reply' | 'close'>;
export type DecisionBody<P extends DecisionPath> = NonNullable<
  ApiPaths[P]['post']['requestBody']
>['content']['application/json'];

const casesKey = ['cases'] as const;

/** The working queue in the server's order, a page at a time (`next` is the server's cursor). */
export function useCaseQueue(filter: CaseFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [...casesKey, 'queue', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.call(
        api.client.GET('/api/v1/cases', {
          params: { query: { ...filter, limit: 50, ...(pageParam === undefined ? {} : { after: pageParam }) } },
        }),
      ),
    getNextPageParam: (page) => page.next ?? undefined,
  });
}

/** Cases per state, whatever the filter (kept by the server's counters, cheap to ask). */
export function useCaseCounts() {
  const api = useApi();
  return useQuery({
    queryKey: [...casesKey, 'counts'],
    queryFn: () => api.call(api.client.GET('/api/v1/cases/counts')),
    refetchInterval: 30_000,
  });
}

export function useCasePage(reportId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...casesKey, 'page', reportId],
    queryFn: () => api.call(api.client.GET('/api/v1/cases/{reportId}', { params: { path: { reportId } } })),
  });
}

/** The sanitised capture as HTML text, for the sandboxed frame (never cached: it is evidence). */
export function useCapturePage(reportId: string, captureId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...casesKey, 'capture-page', reportId, captureId],
    enabled: captureId !== null,
    staleTime: 0,
    gcTime: 0,
    queryFn: () =>
      api.call(
        api.client.GET('/api/v1/cases/{reportId}/captures/{captureId}/page', {
          params: { path: { reportId, captureId: captureId ?? '' } },
          parseAs: 'text',
        }),
      ) as Promise<string>,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: casesKey });
}

export function useClaim() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ reportId, claim }: { reportId: string; claim: boolean }) =>
      claim
        ? api.call(api.client.POST('/api/v1/cases/{reportId}/claim', { params: { path: { reportId } }, body: {} }))
        : api.call(api.client.POST('/api/v1/cases/{reportId}/release', { params: { path: { reportId } }, body: {} })),
    onSuccess,
  });
}

export function useReopen() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ reportId, note }: { reportId: string; note: string }) =>
      api.call(
        api.client.POST('/api/v1/cases/{reportId}/reopen', {
          params: { path: { reportId } },
          body: note.trim() === '' ? {} : { note: note.trim() },
        }),
      ),
    onSuccess,
  });
}

/** Each call is a view of the contact details, written to the audit trail by the server. */
export function useViewContact() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (reportId: string) =>
      api.call(api.client.POST('/api/v1/cases/{reportId}/contact', { params: { path: { reportId } }, body: {} })),
    onSuccess,
  });
}

export function useStaffIntake() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: StaffReport) => api.call(api.client.POST('/api/v1/cases/intake', { body })),
    onSuccess,
  });
}

/** One decision through its route; the answer is the case and the decision as the server recorded them. */
export function useDecision<P extends DecisionPath>(path: P) {
  const api = useApi();
  const onSuccess = useRefresh();
  // The six decision routes share one shape: a case id, a body, a CaseDecisionResponse.
  const post = api.client.POST as unknown as (
    path: DecisionPath,
    init: { params: { path: { reportId: string } }; body: unknown },
  ) => Promise<{ data?: DecisionAnswer; error?: unknown; response: Response }>;
  return useMutation({
    mutationFn: ({ reportId, body }: { reportId: string; body: DecisionBody<P> }) =>
      api.call(post(path, { params: { path: { reportId } }, body })),
    onSuccess,
  });
}
