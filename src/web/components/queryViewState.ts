/**
 * Which of its four states a query is in, for `QueryView` (pure, so it can be unit-tested).
 * Data that is already there wins over a failed background refetch: the screen keeps showing it.
 */
export type QueryViewState = 'loading' | 'error' | 'empty' | 'data';

export interface QueryLike<Data> {
  isPending: boolean;
  isError: boolean;
  data: Data | undefined;
}

/** Pages of an infinite query, as TanStack Query keeps them. */
interface Paged {
  pages: unknown[];
}

function isPaged(data: unknown): data is Paged {
  return typeof data === 'object' && data !== null && Array.isArray((data as Paged).pages);
}

function itemCount(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) {
    const record = value as { items?: unknown; total?: unknown };
    if (Array.isArray(record.items)) return record.items.length;
    if (typeof record.total === 'number') return record.total;
  }
  return null;
}

/**
 * The default emptiness test: an empty array, a list answer (`{ items }`) with no items, or an
 * infinite query whose pages hold none. Anything else counts as having data.
 */
export function isEmptyData(data: unknown): boolean {
  if (isPaged(data)) return data.pages.every((page) => itemCount(page) === 0);
  return itemCount(data) === 0;
}

export function queryViewState<Data>(
  query: QueryLike<Data>,
  isEmpty: (data: Data) => boolean = isEmptyData,
): QueryViewState {
  if (query.data !== undefined) return isEmpty(query.data) ? 'empty' : 'data';
  if (query.isError) return 'error';
  return 'loading';
}
