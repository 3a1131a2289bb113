import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { ApiError, type Api, type Session } from './api.ts';
import { queryKeys } from './query.ts';

export function useApi(): Api {
  return useRouteContext({ from: '__root__', select: (context) => context.api });
}

/** The signed-in session: `null` when signed out (401), an error for anything else. */
export function useSession() {
  const api = useApi();
  return useQuery<Session | null>({
    queryKey: queryKeys.session,
    queryFn: async () => {
      try {
        return await api.getSession();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetSession(): (session: Session | null) => void {
  const queryClient = useQueryClient();
  return (session) => queryClient.setQueryData(queryKeys.session, session);
}
