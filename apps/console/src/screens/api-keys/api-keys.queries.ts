import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '../../api.ts';
import { useApi } from '../../session.ts';

export type CreateApiKeyBody = ApiPaths['/api/v1/api-keys']['post']['requestBody']['content']['application/json'];

const keysKey = ['api-keys'] as const;

export function useApiKeys() {
  const api = useApi();
  return useQuery({ queryKey: keysKey, queryFn: () => api.call(api.client.GET('/api/v1/api-keys')) });
}

/** Key changes (created, revoked), newest first. */
export function useApiKeyHistory() {
  const api = useApi();
  return useQuery({
    queryKey: ['audit', 'access.api-key-'],
    queryFn: () =>
      api.call(api.client.GET('/api/v1/audit', { params: { query: { action: 'access.api-key-', limit: 20 } } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keysKey });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateApiKey() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: CreateApiKeyBody) => api.call(api.client.POST('/api/v1/api-keys', { body })),
    onSuccess,
  });
}

export function useRevokeApiKey() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.call(api.client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}
