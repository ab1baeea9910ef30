import { queryOptions } from '@tanstack/react-query';
import type { Aspiration, PersonAspirations } from '../../../contracts/aspirations';
import type { Page } from '../../../contracts/common';
import { api } from '../../api/client';

export const aspirationKeys = {
  all: ['aspirations'] as const,
  mine: () => ['aspirations', 'mine'] as const,
  person: (personId: string) => ['aspirations', 'person', personId] as const,
};

export const myAspirationsQuery = () =>
  queryOptions({
    queryKey: aspirationKeys.mine(),
    queryFn: ({ signal }) => api.get<Page<Aspiration>>('/growth/aspirations', { pageSize: 100 }, signal),
  });

export const personAspirationsQuery = (personId: string) =>
  queryOptions({
    queryKey: aspirationKeys.person(personId),
    queryFn: ({ signal }) =>
      api.get<PersonAspirations>(
        `/growth/aspirations/people/${encodeURIComponent(personId)}`,
        { pageSize: 100 },
        signal,
      ),
    retry: false,
  });
