import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '../../api.ts';
import { useApi } from '../../session.ts';

export type AlertRecord =
  ApiPaths['/api/v1/alerts/all']['get']['responses'][200]['content']['application/json'][number];
export type AlertDraft = { title: string; body: string; language: 'en' | 'fr' };

const alertsKey = ['alerts'] as const;

export function useAlerts() {
  const api = useApi();
  return useQuery({ queryKey: alertsKey, queryFn: () => api.call(api.client.GET('/api/v1/alerts/all')) });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: alertsKey });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Saves one draft per language written (the tipline shows each language its own alerts). */
export function useDraftAlerts() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: async (drafts: AlertDraft[]) => {
      const saved: AlertRecord[] = [];
      for (const body of drafts) saved.push(await api.call(api.client.POST('/api/v1/alerts/drafts', { body })));
      return saved;
    },
    onSuccess,
  });
}

export function usePublishAlert() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api.call(api.client.POST('/api/v1/alerts/{id}/publish', { params: { path: { id } }, body: {} })),
    onSuccess,
  });
}

export function useWithdrawAlert() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.call(
        api.client.POST('/api/v1/alerts/{id}/withdraw', {
          params: { path: { id } },
          body: reason.trim() === '' ? {} : { reason: reason.trim() },
        }),
      ),
    onSuccess,
  });
}
