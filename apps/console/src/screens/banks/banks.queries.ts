import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths, Json, Role } from '../../api.ts';
import { useApi } from '../../session.ts';

export type Bank = Json<ApiPaths['/api/v1/banks']['get']['responses'][200]>['banks'][number];
export type EntrySummary = Json<ApiPaths['/api/v1/banks/{name}/entries']['get']['responses'][200]>['entries'][number];
export type EntryView = Json<ApiPaths['/api/v1/bank-entries/{id}']['get']['responses'][200]>;
export type EntryEvent = EntryView['events'][number];
export type SearchResult = Json<ApiPaths['/api/v1/bank-search']['post']['responses'][200]>;
export type Grants = Json<ApiPaths['/api/v1/banks/{name}/grants']['get']['responses'][200]>;
export type Grant = Grants['grants'][number];
export type BankImport = Json<ApiPaths['/api/v1/banks/{name}/imports']['get']['responses'][200]>['imports'][number];
export type QueuedSubmission = Json<
  ApiPaths['/api/v1/bank-submissions']['get']['responses'][200]
>['submissions'][number];
export type SuspendedEntry = Json<ApiPaths['/api/v1/bank-suspensions']['get']['responses'][200]>['entries'][number];
export type EntryState = 'live' | 'withdrawn' | 'all';

// Who the server lets through (staff-bank.routes.ts; administrators may do what any staff role may).
export const bankReaders: readonly Role[] = ['analyst', 'supervisor', 'verifier', 'administrator'];
export const queueWorkers: readonly Role[] = ['analyst', 'supervisor', 'administrator'];
export const bankCurators: readonly Role[] = ['supervisor', 'administrator'];

const key = ['banks'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useBanks() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'list'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/banks'))).banks,
  });
}

/** One page of a bank's entries, newest first; `before` is the last id of the page before. */
export function useEntries(name: string, state: EntryState, before: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'entries', name, state, before ?? null],
    queryFn: () =>
      api.call(
        api.client.GET('/api/v1/banks/{name}/entries', {
          params: { path: { name }, query: before === undefined ? { state } : { state, before } },
        }),
      ),
  });
}

export function useEntry(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'entry', id],
    queryFn: () => api.call(api.client.GET('/api/v1/bank-entries/{id}', { params: { path: { id } } })),
  });
}

export function useLegalSchemes() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'legal-schemes'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/legal-schemes'))).mappings,
    staleTime: Infinity,
  });
}

export type EntryChange = { kind: 'withdraw' | 'restore' | 'lift'; id: number; reason: string };

/** Withdraw or restore an entry (supervisors), or lift its flood-guard suspension; answers the entry as it now stands. */
export function useChangeEntry() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ kind, id, reason }: EntryChange) => {
      const request = { params: { path: { id } }, body: { reason: reason.trim() } };
      if (kind === 'withdraw') return api.call(api.client.POST('/api/v1/bank-entries/{id}/withdraw', request));
      if (kind === 'restore') return api.call(api.client.POST('/api/v1/bank-entries/{id}/restore', request));
      return api.call(api.client.POST('/api/v1/bank-suspensions/{id}/lift', request));
    },
    onSuccess,
  });
}

export type SearchInput = { kind: 'hash'; signalType: string; signal: string } | { kind: 'media'; file: File };

/** Search every bank by a hash, or by a media the server hashes and does not keep. */
export function useSearch() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: SearchInput): Promise<SearchResult> => {
      if (input.kind === 'hash')
        return api.call(
          api.client.POST('/api/v1/bank-search', {
            body: { signalType: input.signalType, signal: input.signal.trim() },
          }),
        );
      const form = new FormData();
      form.append(input.file.type.startsWith('video/') ? 'video' : 'photo', input.file, input.file.name);
      return api.call(
        api.client.POST('/api/v1/bank-search/media', { body: form as never, bodySerializer: (body) => body }),
      );
    },
  });
}

export function useGrants(name: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'grants', name],
    queryFn: () => api.call(api.client.GET('/api/v1/banks/{name}/grants', { params: { path: { name } } })),
  });
}

export type GrantChange =
  | { kind: 'grant'; organisationId: string; uses: Grant['uses']; tier: Grant['tier']; curate: boolean }
  | { kind: 'revoke'; organisationId: string };

export function useChangeGrant(name: string) {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (change: GrantChange) => {
      const params = { path: { name, organisationId: change.organisationId } };
      if (change.kind === 'revoke')
        return api.call(api.client.DELETE('/api/v1/banks/{name}/grants/{organisationId}', { params }));
      const body = { uses: change.uses, tier: change.tier, curate: change.curate };
      return api.call(api.client.PUT('/api/v1/banks/{name}/grants/{organisationId}', { params, body }));
    },
    onSuccess,
  });
}

/** A bank's imports; asked again every two seconds while one is unfinished. */
export function useImports(name: string, isImporting: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'imports', name],
    queryFn: async () =>
      (await api.call(api.client.GET('/api/v1/banks/{name}/imports', { params: { path: { name } } }))).imports,
    refetchInterval: (query) =>
      isImporting || (query.state.data ?? []).some((i) => i.finishedAt === null) ? 2_000 : false,
  });
}

export type ImportFormat = 'csv' | 'hma' | 'ncmec' | 'stopncii';

export function useStartImport(name: string) {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ format, file }: { format: ImportFormat; file: File }) =>
      api.call(
        api.client.POST('/api/v1/banks/{name}/import', {
          params: { path: { name }, query: { format } },
          body: file as never,
          bodySerializer: (body) => body,
          headers: { 'content-type': 'application/octet-stream' },
        }),
      ),
    onSuccess,
  });
}

export function useSubmissions() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'submissions'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/bank-submissions'))).submissions,
  });
}

export type SubmissionDecision =
  | { kind: 'accept'; id: number; bank: string; reason: string }
  | {
      kind: 'reject';
      id: number;
      reason: string;
    };

export function useDecideSubmission() {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: async (decision: SubmissionDecision): Promise<{ entryId: number; created: boolean } | null> => {
      const params = { path: { id: decision.id } };
      const reason = decision.reason.trim();
      if (decision.kind === 'accept')
        return api.call(
          api.client.POST('/api/v1/bank-submissions/{id}/accept', { params, body: { bank: decision.bank, reason } }),
        );
      await api.call(api.client.POST('/api/v1/bank-submissions/{id}/reject', { params, body: { reason } }));
      return null;
    },
    onSuccess,
  });
}

export function useSuspensions() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, 'suspensions'],
    queryFn: async () => (await api.call(api.client.GET('/api/v1/bank-suspensions'))).entries,
  });
}
