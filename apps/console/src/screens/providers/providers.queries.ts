import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Body, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type Provider = Json<ApiPaths['/api/v1/providers']['get']['responses'][200]>['providers'][number];
export type ProviderBody = Body<ApiPaths['/api/v1/providers']['post']>;
export type HostingTarget = Json<ApiPaths['/api/v1/hosting/lookup']['get']['responses'][200]>['targets'][number];
export type HostingContact = NonNullable<HostingTarget['recipient']>;

const providersKey = ['providers'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [providersKey, ['audit']]) void queryClient.invalidateQueries({ queryKey });
  };
}

export function useProviders() {
  const api = useApi();
  return useQuery({
    queryKey: providersKey,
    queryFn: async () => (await api.call(api.client.GET('/api/v1/providers'))).providers,
  });
}

/** Adds a provider, or changes one (`id`): a webhook secret left out of a change is kept. */
export function useSaveProvider() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ProviderBody }) =>
      id === null
        ? api.call(api.client.POST('/api/v1/providers', { body }))
        : api.call(api.client.PATCH('/api/v1/providers/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useRemoveProvider() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.call(api.client.DELETE('/api/v1/providers/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}

/** What the server resolves for a URL (and the page it was found on): the hosts, their facts and contacts. */
export function useHostingLookup() {
  const api = useApi();
  return useMutation({
    mutationFn: async (query: { url: string; pageUrl?: string }) =>
      (await api.call(api.client.GET('/api/v1/hosting/lookup', { params: { query } }))).targets,
  });
}
