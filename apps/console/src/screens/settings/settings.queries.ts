import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@vigie/contract/openapi';
import { useApi } from '../../session.ts';

type Schemas = components['schemas'];
export type TiplineSettings = Schemas['TiplineSettings'];
export type TiplineAnswer = Schemas['TiplineSettingsAnswer'];
export type TiplineChange = Schemas['TiplineSettingsChange'];
export type SettingKey = Schemas['TiplineSettingKey'];
export type LocalText = Schemas['TiplineRegion']['name'];
export type Region = Schemas['TiplineRegion'];
export type HelpLine = Schemas['TiplineHelpLine'];
export type ReviewSettingsAnswer = Schemas['ReviewSettingsResponse'];

const tiplineKey = ['settings', 'tipline'] as const;

export function useTiplineSettings() {
  const api = useApi();
  return useQuery({ queryKey: tiplineKey, queryFn: () => api.call(api.client.GET('/api/v1/settings/tipline')) });
}

/** Sets some keys or resets them to the environment's values; the answer replaces what is shown. */
export function useChangeTipline() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TiplineChange) => api.call(api.client.PUT('/api/v1/settings/tipline', { body })),
    onSuccess: (answer) => {
      queryClient.setQueryData(tiplineKey, answer);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** The review defaults and limits, shown here read only (set on the review and exposure screens). */
export function useReviewSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['review', 'settings'],
    queryFn: () => api.call(api.client.GET('/api/v1/review/settings')),
  });
}

export type RetentionAnswer = Schemas['RetentionSettingsAnswer'];
const retentionKey = ['settings', 'retention'] as const;

export function useRetentionSettings() {
  const api = useApi();
  return useQuery({ queryKey: retentionKey, queryFn: () => api.call(api.client.GET('/api/v1/settings/retention')) });
}

/** Sets the retention or resets it to the environment's; the answer replaces what is shown. */
export function useChangeRetention() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RetentionSettingsChange']) =>
      api.call(api.client.PUT('/api/v1/settings/retention', { body })),
    onSuccess: (answer) => {
      queryClient.setQueryData(retentionKey, answer);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
