import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../api.ts';
import { useApi } from '../../session.ts';

// The users screen's server state: the staff list, the account changes' audit events, and the
// three changes; each change refreshes both lists.

const usersKey = ['users'] as const;
const historyKey = ['audit', 'access.user-'] as const;

export function useUsers() {
  const api = useApi();
  return useQuery({ queryKey: usersKey, queryFn: () => api.call(api.client.GET('/api/v1/users')) });
}

/** Account changes (invited, disabled, reset), newest first. */
export function useUserHistory() {
  const api = useApi();
  return useQuery({
    queryKey: historyKey,
    queryFn: () =>
      api.call(api.client.GET('/api/v1/audit', { params: { query: { action: 'access.user-', limit: 20 } } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: usersKey });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useInviteUser() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) => api.call(api.client.POST('/api/v1/users', { body })),
    onSuccess,
  });
}

export function useDisableUser() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.call(
        api.client.POST('/api/v1/users/{id}/disable', {
          params: { path: { id } },
          body: reason.trim() === '' ? {} : { reason: reason.trim() },
        }),
      ),
    onSuccess,
  });
}

export function useResetUser() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.call(
        api.client.POST('/api/v1/users/{id}/reset', {
          params: { path: { id } },
          body: reason.trim() === '' ? {} : { reason: reason.trim() },
        }),
      ),
    onSuccess,
  });
}
