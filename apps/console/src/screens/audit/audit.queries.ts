import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../../session.ts';

export type AuditFilter = { actor: string; action: string; subject: string; from: string; to: string };
export const noFilter: AuditFilter = { actor: '', action: '', subject: '', from: '', to: '' };

/** The filter as query parameters: empty fields left out, days as local midnights (`to` inclusive). */
export function filterParams(filter: AuditFilter): Record<string, string> {
  const day = (date: string, plusDays: number) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + plusDays).toISOString();
  };
  return {
    ...(filter.actor.trim() ? { actor: filter.actor.trim() } : {}),
    ...(filter.action.trim() ? { action: filter.action.trim() } : {}),
    ...(filter.subject.trim() ? { subject: filter.subject.trim() } : {}),
    ...(filter.from ? { from: day(filter.from, 0) } : {}),
    ...(filter.to ? { to: day(filter.to, 1) } : {}),
  };
}

/** Newest first, a page at a time (`nextBefore` is the server's cursor). */
export function useAuditSearch(filter: AuditFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['audit', 'search', filter],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.call(
        api.client.GET('/api/v1/audit', {
          params: { query: { ...filterParams(filter), limit: 50, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

/** `vigie audit verify`, asked for on demand: it reads the whole trail. */
export function useAuditVerification(requested: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => api.call(api.client.GET('/api/v1/audit/verify')),
    enabled: requested,
    staleTime: 0,
  });
}
