import { useT } from '../i18n/locale.tsx';

/** "Show more" under a paged list (TanStack Query's infinite query): nothing when no page is left. */
export function MoreButton(props: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  label: string;
}) {
  const t = useT();
  const { query } = props;
  if (!query.hasNextPage) return null;
  return (
    <div className="actions actions-tight">
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={query.isFetchingNextPage}
        onClick={() => query.isFetchingNextPage || void query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? t('app.loading') : props.label}
      </button>
    </div>
  );
}
