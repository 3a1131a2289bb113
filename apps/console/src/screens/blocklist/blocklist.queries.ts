import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type BlocklistEntry = Json<ApiPaths['/api/v1/blocklist/entries']['get']['responses'][200]>['entries'][number];
export type BlocklistEntryState = BlocklistEntry['state'];
export type BlocklistEntryDetails = Json<ApiPaths['/api/v1/blocklist/entries/{id}']['get']['responses'][200]>;
export type BlocklistAppeal = Json<ApiPaths['/api/v1/blocklist/appeals']['get']['responses'][200]>['appeals'][number];
export type BlocklistVersions = Json<ApiPaths['/api/v1/blocklist/versions']['get']['responses'][200]>;
export type BlocklistFetch = Json<ApiPaths['/api/v1/blocklist/fetches']['get']['responses'][200]>['fetches'][number];

const key = ['blocklist'] as const;

export function useEntries(state: BlocklistEntryState | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'entries', state ?? 'all'],
    queryFn: async () =>
      (
        await api.call(
          api.client.GET('/api/v1/blocklist/entries', {
            params: { query: state === undefined ? { limit: 1000 } : { state, limit: 1000 } },
          }),
        )
      ).entries,
  });
}

export function useEntry(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'entry', id],
    queryFn: () => api.call(api.client.GET('/api/v1/blocklist/entries/{id}', { params: { path: { id } } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export type EntryChange = { kind: 'approve' | 'reject' | 'withdraw'; id: string; reason: string };

/** Approve (a second, different analyst lists it), reject a nomination, or withdraw a listed entry. */
export function useChangeEntry() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ kind, id, reason }: EntryChange) => {
      const params = { path: { id } };
      if (kind === 'approve')
        return api.call(api.client.POST('/api/v1/blocklist/entries/{id}/approve', { params, body: {} }));
      const body = { reason: reason.trim() };
      return kind === 'reject'
        ? api.call(api.client.POST('/api/v1/blocklist/entries/{id}/reject', { params, body }))
        : api.call(api.client.POST('/api/v1/blocklist/entries/{id}/withdraw', { params, body }));
    },
    onSuccess,
  });
}

export function useAppeals() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'appeals'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/blocklist/appeals'))).appeals,
  });
}

export function useDecideAppeal() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome: 'upheld' | 'rejected'; note: string }) =>
      api.call(
        api.client.POST('/api/v1/blocklist/appeals/{id}/decision', {
          params: { path: { id } },
          body: { outcome, note: note.trim() },
        }),
      ),
    onSuccess,
  });
}

export function useVersions(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'versions'],
    queryFn: () => api.call(api.client.GET('/api/v1/blocklist/versions')),
    enabled,
  });
}

export function useFetches(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'fetches'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/blocklist/fetches'))).fetches,
    enabled,
  });
}
