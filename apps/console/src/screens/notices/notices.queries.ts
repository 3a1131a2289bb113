import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ApiPaths, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type NoticeSummary = Json<ApiPaths['/api/v1/notices']['get']['responses'][200]>['notices'][number];
export type NoticeStatus = NoticeSummary['status'];
export type Notice = Json<ApiPaths['/api/v1/notices/{id}']['get']['responses'][200]>;

/** The notices, newest first, 50 at a time (the server's cursor is the last one's creation time). */
export function useNotices(status: NoticeStatus | null) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['notices', 'list', status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.call(
        api.client.GET('/api/v1/notices', {
          params: {
            query: {
              limit: 50,
              ...(status === null ? {} : { status }),
              ...(pageParam === null ? {} : { before: pageParam }),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.next,
    refetchInterval: 30_000,
  });
}

export function useNotice(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['notices', 'one', id],
    queryFn: () => api.call(api.client.GET('/api/v1/notices/{id}', { params: { path: { id } } })),
    refetchInterval: 30_000,
  });
}
