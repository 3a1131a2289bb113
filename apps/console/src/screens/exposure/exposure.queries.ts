import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type TeamExposure = Json<ApiPaths['/api/v1/review/exposure/team']['get']['responses'][200]>;
export type AnalystExposure = TeamExposure['analysts'][number];
export type ReviewPolicy = Json<ApiPaths['/api/v1/review/policy']['get']['responses'][200]>;
export type ReviewDefaults = Json<ApiPaths['/api/v1/review/settings']['get']['responses'][200]>['defaults'];

const policyKey = ['review', 'policy'] as const;

/** The team's figures of one UTC day (today, the server's today, when `day` is omitted). */
export function useTeamExposure(day?: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['review', 'exposure', day ?? 'today'],
    queryFn: () =>
      api.call(api.client.GET('/api/v1/review/exposure/team', { params: { query: day === undefined ? {} : { day } } })),
    refetchInterval: 60_000,
  });
}

/** The UTC days from the Monday of `day`'s week up to the day before it. */
export function earlierDaysOfWeek(day: string): string[] {
  const at = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return Array.from({ length: sinceMonday }, (_, i) =>
    new Date(at.getTime() - (sinceMonday - i) * 86_400_000).toISOString().slice(0, 10),
  );
}

/** The earlier days of this week, one call a day (the server keeps the figures per UTC day). */
export function useEarlierDays(days: readonly string[]) {
  const api = useApi();
  return useQueries({
    queries: days.map((day) => ({
      queryKey: ['review', 'exposure', day],
      queryFn: () => api.call(api.client.GET('/api/v1/review/exposure/team', { params: { query: { day } } })),
      staleTime: 10 * 60_000,
    })),
    combine: (results) => ({
      data: results.every((r) => r.data !== undefined) ? results.map((r) => r.data as TeamExposure) : undefined,
      error: results.find((r) => r.error !== null)?.error ?? null,
    }),
  });
}

export function useReviewPolicy() {
  const api = useApi();
  return useQuery({ queryKey: policyKey, queryFn: () => api.call(api.client.GET('/api/v1/review/policy')) });
}

export function useUpdatePolicy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ReviewPolicy>) => api.call(api.client.PUT('/api/v1/review/policy', { body })),
    onSuccess: (policy) => {
      queryClient.setQueryData(policyKey, policy);
      void queryClient.invalidateQueries({ queryKey: ['review', 'exposure'] });
    },
  });
}

const defaultsKey = ['review', 'defaults'] as const;

/** The defaults every analyst starts from: set here, else the environment's (VIGIE_REVIEW_*). */
export function useInstallationDefaults() {
  const api = useApi();
  return useQuery({ queryKey: defaultsKey, queryFn: () => api.call(api.client.GET('/api/v1/review/defaults')) });
}

/** Changes the defaults (`body`), or goes back to the environment's (`null`). */
export function useChangeDefaults() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ReviewDefaults> | null) =>
      body === null
        ? api.call(api.client.DELETE('/api/v1/review/defaults'))
        : api.call(api.client.PUT('/api/v1/review/defaults', { body })),
    onSuccess: (answer) => {
      queryClient.setQueryData(defaultsKey, answer);
      void queryClient.invalidateQueries({ queryKey: ['review', 'settings'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
