import { Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { isEmptyData, type QueryLike, queryViewState } from './queryViewState';
import { TableSkeleton } from './TableSkeleton';

/**
 * One place for a query's four states: loading (a skeleton), failed (the error with a retry
 * button), empty (what will appear here and what to do) and loaded (the children).
 *
 * ```tsx
 * const plans = useQuery(myPlansQuery(page));
 * <QueryView
 *   query={plans}
 *   skeleton={<TableSkeleton rows={3} />}               // default: six skeleton rows
 *   empty={<EmptyPanel icon={…} title={…} description={…} actions={…} />}
 *   isEmpty={(data) => data.total === 0}                 // default: no `items` / empty array / no pages' items
 * >
 *   {(data) => <PlanList plans={data.items} />}
 * </QueryView>
 * ```
 *
 * Infinite queries work the same (`useInfiniteQuery` result; `data.pages` in the children); with
 * `loadMore` a "load more" button follows the children while there are more pages.
 * A failed background refetch keeps the data on screen, with the error and retry above it.
 */
interface InfiniteLike {
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

interface QueryViewProps<Data> {
  query: QueryLike<Data> & { error: unknown; refetch: () => unknown } & InfiniteLike;
  children: (data: Data) => ReactNode;
  /** Shown while loading; default six skeleton rows. */
  skeleton?: ReactNode;
  /** Shown when loaded but empty (or a function of the data); leave out to give empty data to the children too. */
  empty?: ReactNode | ((data: Data) => ReactNode);
  isEmpty?: (data: Data) => boolean;
  /** Title of the error banner (default: the generic "Something went wrong"). */
  errorTitle?: string;
  /** Infinite queries: show a button that fetches the next page (`true`: labelled "Show more"). */
  loadMore?: string | true;
  loadMoreTestId?: string;
  /**
   * Wraps the loading skeleton and the error banner, for a detail page whose frame (title, back
   * link) comes from the data: `frame={(body) => <Page title={t('…')}>{body}</Page>}`.
   */
  frame?: (body: ReactNode) => ReactNode;
}

export function QueryView<Data>({
  query,
  children,
  skeleton,
  empty,
  isEmpty = isEmptyData,
  errorTitle,
  loadMore,
  loadMoreTestId,
  frame = (body) => body,
}: QueryViewProps<Data>) {
  const { t } = useTranslation();
  const state = queryViewState(query, isEmpty);
  const retry = () => void query.refetch();
  if (state === 'loading') return <>{frame(skeleton ?? <TableSkeleton />)}</>;
  if (state === 'error')
    return <>{frame(<ErrorAlert error={query.error} onRetry={retry} title={errorTitle} />)}</>;
  // `data` is defined in the two remaining states.
  const data = query.data as Data;
  const staleError = query.isError ? (
    <ErrorAlert error={query.error} onRetry={retry} title={errorTitle} />
  ) : null;
  if (state === 'empty' && empty !== undefined) {
    const shown = typeof empty === 'function' ? empty(data) : empty;
    return staleError ? (
      <Stack gap="sm">
        {staleError}
        {shown}
      </Stack>
    ) : (
      shown
    );
  }
  const more =
    loadMore && query.hasNextPage && query.fetchNextPage ? (
      <Button
        variant="default"
        onClick={() => void query.fetchNextPage?.()}
        loading={query.isFetchingNextPage}
        style={{ alignSelf: 'center' }}
        data-testid={loadMoreTestId}
      >
        {loadMore === true ? t('actions.showMore') : loadMore}
      </Button>
    ) : null;
  if (!staleError && !more) return <>{children(data)}</>;
  return (
    <Stack gap="sm">
      {staleError}
      {children(data)}
      {more}
    </Stack>
  );
}
