import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Body, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

export type Referral = Json<ApiPaths['/api/v1/referrals']['get']['responses'][200]>['referrals'][number];
export type AutoDecision = Json<
  ApiPaths['/api/v1/referrals/automatic-decisions']['get']['responses'][200]
>['decisions'][number];
export type Recipient = Json<ApiPaths['/api/v1/referral-recipients']['get']['responses'][200]>['recipients'][number];
export type RecipientBody = Body<ApiPaths['/api/v1/referral-recipients']['post']>;
export type RecipientFile = Body<ApiPaths['/api/v1/referral-recipients/import']['post']>;
export type Rule = Json<ApiPaths['/api/v1/referral-rules']['get']['responses'][200]>['rules'][number];
export type RuleBody = Body<ApiPaths['/api/v1/referral-rules']['post']>;
export type Outcome = Body<ApiPaths['/api/v1/referrals/{id}/outcome']['post']>['outcome'];

const referralsKey = ['referrals'] as const;
const recipientsKey = ['referral-recipients'] as const;
const rulesKey = ['referral-rules'] as const;

function useRefresh(...keys: ReadonlyArray<readonly string[]>) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [...keys, ['audit']]) void queryClient.invalidateQueries({ queryKey });
  };
}

export function useReferrals() {
  const api = useApi();
  return useQuery({
    queryKey: [...referralsKey, 'list'],
    queryFn: async () =>
      (await api.call(api.client.GET('/api/v1/referrals', { params: { query: { limit: 200 } } }))).referrals,
    refetchInterval: 30_000,
  });
}

export function useAutoDecisions() {
  const api = useApi();
  return useQuery({
    queryKey: [...referralsKey, 'automatic'],
    queryFn: async () =>
      (await api.call(api.client.GET('/api/v1/referrals/automatic-decisions', { params: { query: { limit: 100 } } })))
        .decisions,
    refetchInterval: 30_000,
  });
}

export function useUndoReferral() {
  const api = useApi();
  const onSuccess = useRefresh(referralsKey);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.call(
        api.client.POST('/api/v1/referrals/{id}/undo', {
          params: { path: { id } },
          body: reason.trim() === '' ? {} : { reason: reason.trim() },
        }),
      ),
    onSuccess,
  });
}

export function useAcknowledge() {
  const api = useApi();
  const onSuccess = useRefresh(referralsKey);
  return useMutation({
    mutationFn: ({ id, reference, note }: { id: string; reference: string; note: string }) =>
      api.call(
        api.client.POST('/api/v1/referrals/{id}/acknowledgement', {
          params: { path: { id } },
          body: {
            ...(reference.trim() === '' ? {} : { reference: reference.trim() }),
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          },
        }),
      ),
    onSuccess,
  });
}

export function useRecordOutcome() {
  const api = useApi();
  const onSuccess = useRefresh(referralsKey);
  return useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome: Outcome; note: string }) =>
      api.call(
        api.client.POST('/api/v1/referrals/{id}/outcome', {
          params: { path: { id } },
          body: { outcome, ...(note.trim() === '' ? {} : { note: note.trim() }) },
        }),
      ),
    onSuccess,
  });
}

export function useRecipients() {
  const api = useApi();
  return useQuery({
    queryKey: recipientsKey,
    queryFn: async () => (await api.call(api.client.GET('/api/v1/referral-recipients'))).recipients,
  });
}

/** Adds a recipient, or changes one (`id`): a secret left out of a change is kept. */
export function useSaveRecipient() {
  const api = useApi();
  const onSuccess = useRefresh(recipientsKey, referralsKey);
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: RecipientBody }) =>
      id === null
        ? api.call(api.client.POST('/api/v1/referral-recipients', { body }))
        : api.call(api.client.PATCH('/api/v1/referral-recipients/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useImportRecipients() {
  const api = useApi();
  const onSuccess = useRefresh(recipientsKey);
  return useMutation({
    mutationFn: (body: RecipientFile) => api.call(api.client.POST('/api/v1/referral-recipients/import', { body })),
    onSuccess,
  });
}

export function useRules() {
  const api = useApi();
  return useQuery({
    queryKey: rulesKey,
    queryFn: async () => (await api.call(api.client.GET('/api/v1/referral-rules'))).rules,
  });
}

export function useSaveRule() {
  const api = useApi();
  const onSuccess = useRefresh(rulesKey);
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: RuleBody }) =>
      id === null
        ? api.call(api.client.POST('/api/v1/referral-rules', { body }))
        : api.call(api.client.PATCH('/api/v1/referral-rules/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useDeleteRule() {
  const api = useApi();
  const onSuccess = useRefresh(rulesKey);
  return useMutation({
    mutationFn: (id: string) =>
      api.call(api.client.DELETE('/api/v1/referral-rules/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}
