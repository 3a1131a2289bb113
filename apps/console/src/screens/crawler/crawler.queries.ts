import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Body, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type Seed = Json<ApiPaths['/api/v1/crawl/seeds']['get']['responses'][200]>['seeds'][number];
export type SeedBody = Body<ApiPaths['/api/v1/crawl/seeds']['post']>;
export type Detection = Json<ApiPaths['/api/v1/detections']['get']['responses'][200]>['detections'][number];
export type VictimAlert = Json<ApiPaths['/api/v1/victim-alerts']['get']['responses'][200]>['alerts'][number];

// The figures and lists move while the crawler runs: read again every 15 s while the screen is open.
const refetchInterval = 15_000;

export function useCrawlStats() {
  const api = useApi();
  return useQuery({
    queryKey: ['crawl', 'stats'],
    queryFn: () => api.call(api.client.GET('/api/v1/crawl/stats')),
    refetchInterval,
  });
}

export function useSeeds() {
  const api = useApi();
  return useQuery({
    queryKey: ['crawl', 'seeds'],
    queryFn: async () =>
      (await api.call(api.client.GET('/api/v1/crawl/seeds', { params: { query: { limit: 200 } } }))).seeds,
    refetchInterval,
  });
}

export function useVictimAlerts() {
  const api = useApi();
  return useQuery({
    queryKey: ['crawl', 'victim-alerts'],
    queryFn: async () =>
      (await api.call(api.client.GET('/api/v1/victim-alerts', { params: { query: { limit: 50 } } }))).alerts,
    refetchInterval,
  });
}

/** The detections, oldest first, a page of 50 at a time (the server's cursor is the last id). */
export function useDetections() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['crawl', 'detections'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.call(
        api.client.GET('/api/v1/detections', {
          params: { query: { limit: 50, ...(pageParam === null ? {} : { after: pageParam }) } },
        }),
      ),
    getNextPageParam: (page) => page.next,
  });
}

export function useAddSeed() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeedBody) => api.call(api.client.POST('/api/v1/crawl/seeds', { body })),
    onSuccess: () => {
      for (const queryKey of [['crawl'], ['audit']]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
