import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '../../api.ts';
import { useApi } from '../../session.ts';
import type { VerdictBody } from './verdict-keys.ts';

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;
export type ReviewBatch = JsonOf<ApiPaths['/api/v1/review/batch']['get']['responses'][200]>;
export type GridItem = ReviewBatch['items'][number];
export type Classification = NonNullable<GridItem['classification']>;
export type Exposure = ReviewBatch['exposure'];
export type SettingsAnswer = JsonOf<ApiPaths['/api/v1/review/settings']['get']['responses'][200]>;
export type ReviewSettings = SettingsAnswer['settings'];
export type VerificationItem = JsonOf<
  ApiPaths['/api/v1/review/verification']['get']['responses'][200]
>['items'][number];
export type DisputeItem = JsonOf<ApiPaths['/api/v1/review/disputes']['get']['responses'][200]>['items'][number];

/** Where a grid's media come from, as GET /api/v1/review/batch takes it. */
export type BatchSource =
  | { source: 'queue' }
  | { source: 'alerts' }
  | { source: 'capture'; captureId: string }
  | { source: 'page'; pageUrl: string };

export const reviewKey = ['review'] as const;

/**
 * One grid. A queue grid claims its items for the caller, so it is fetched once per visit (no
 * refetch on focus, nothing kept after the screen goes): the next grid is asked for on purpose.
 */
export function useBatch(source: BatchSource, round: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...reviewKey, 'batch', source, round],
    queryFn: () => api.call(api.client.GET('/api/v1/review/batch', { params: { query: source } })),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** One verdict at a time: each key press is its own decision, so undo takes back exactly one. */
export function useSubmitVerdict() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ sha256, body }: { sha256: string; body: VerdictBody }) => {
      const answer = await api.call(
        api.client.POST('/api/v1/review/verdicts', { body: { verdicts: [{ sha256, ...body }] } }),
      );
      return { result: answer.results[0]!, exposure: answer.exposure };
    },
  });
}

export function useUndoVerdict() {
  const api = useApi();
  return useMutation({
    mutationFn: () => api.call(api.client.POST('/api/v1/review/verdicts/undo', { body: { count: 1 } })),
  });
}

export function useReviewSettings() {
  const api = useApi();
  return useQuery({
    queryKey: [...reviewKey, 'settings'],
    queryFn: () => api.call(api.client.GET('/api/v1/review/settings')),
  });
}

export function useUpdateSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ReviewSettings>) => api.call(api.client.PUT('/api/v1/review/settings', { body })),
    onSuccess: (answer) => queryClient.setQueryData([...reviewKey, 'settings'], answer),
  });
}

export function useVerificationQueue(round: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...reviewKey, 'verification', round],
    queryFn: () => api.call(api.client.GET('/api/v1/review/verification')),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useVerify() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: VerdictBody }) =>
      api.call(api.client.POST('/api/v1/review/verification/{itemId}', { params: { path: { itemId } }, body })),
  });
}

export function useDisputes(round: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...reviewKey, 'disputes', round],
    queryFn: () => api.call(api.client.GET('/api/v1/review/disputes')),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useSettle() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: VerdictBody }) =>
      api.call(api.client.POST('/api/v1/review/disputes/{itemId}', { params: { path: { itemId } }, body })),
  });
}
