import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '../../api.ts';
import { useApi } from '../../session.ts';

type TemplatePath = ApiPaths['/api/v1/notice-templates/{name}/{language}'];
export type TemplateSummary =
  ApiPaths['/api/v1/notice-templates']['get']['responses'][200]['content']['application/json']['templates'][number];
export type TemplateView = TemplatePath['get']['responses'][200]['content']['application/json'];
export type TemplatePreview =
  ApiPaths['/api/v1/notice-templates/{name}/{language}/preview']['post']['responses'][200]['content']['application/json'];
export type TemplateRef = { name: TemplateSummary['name']; language: TemplateSummary['language'] };

const templatesKey = ['notice-templates'] as const;

export function useTemplates() {
  const api = useApi();
  return useQuery({
    queryKey: templatesKey,
    queryFn: async () => (await api.call(api.client.GET('/api/v1/notice-templates'))).templates,
  });
}

export function useTemplate(ref: TemplateRef) {
  const api = useApi();
  return useQuery({
    queryKey: [...templatesKey, ref.name, ref.language],
    queryFn: () => api.call(api.client.GET('/api/v1/notice-templates/{name}/{language}', { params: { path: ref } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (view: TemplateView) => {
    queryClient.setQueryData([...templatesKey, view.name, view.language], view);
    void queryClient.invalidateQueries({ queryKey: templatesKey, exact: true });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useSaveTemplate(ref: TemplateRef) {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (source: string) =>
      api.call(
        api.client.PUT('/api/v1/notice-templates/{name}/{language}', { params: { path: ref }, body: { source } }),
      ),
    onSuccess,
  });
}

export function useResetTemplate(ref: TemplateRef) {
  const api = useApi();
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: () =>
      api.call(api.client.DELETE('/api/v1/notice-templates/{name}/{language}', { params: { path: ref } })),
    onSuccess,
  });
}

/** The sample notice written with an unsaved source. */
export function usePreviewTemplate(ref: TemplateRef) {
  const api = useApi();
  return useMutation({
    mutationFn: (source: string) =>
      api.call(
        api.client.POST('/api/v1/notice-templates/{name}/{language}/preview', {
          params: { path: ref },
          body: { source },
        }),
      ),
  });
}
