import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

export const aspirationKeys = {
  all: ['aspirations'] as const,
  mine: () => ['aspirations', 'mine'] as const,
  person: (personId: string) => ['aspirations', 'person', personId] as const,
};

export const myAspirationsQuery = () =>
  queryOptions({
    queryKey: aspirationKeys.mine(),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/aspirations', { params: { query: { pageSize: 100 } }, signal }),
  });

export const personAspirationsQuery = (personId: string) =>
  queryOptions({
    queryKey: aspirationKeys.person(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/aspirations/people/{personId}', {
        params: { path: { personId }, query: { pageSize: 100 } },
        signal,
      }),
    retry: false,
  });
