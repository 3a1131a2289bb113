import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';

// Server state: cached per query key, refetched on focus, invalidated after each change. A
// request the server refused (4xx) is not retried: asking again would get the same answer.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 3,
      },
      mutations: { retry: false },
    },
  });
}

export const queryKeys = {
  session: ['session'] as const,
};
