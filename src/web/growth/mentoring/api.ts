import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

export const mentoringKeys = {
  all: ['mentoring'] as const,
  programmes: () => ['mentoring', 'programmes'] as const,
  programme: (id: string) => ['mentoring', 'programme', id] as const,
  profiles: () => ['mentoring', 'profiles'] as const,
  matches: () => ['mentoring', 'matches'] as const,
  match: (id: string) => ['mentoring', 'match', id] as const,
  suggestions: (programmeId: string) => ['mentoring', 'suggestions', programmeId] as const,
  admin: (programmeId: string, part: string) => ['mentoring', 'admin', programmeId, part] as const,
  person: (personId: string) => ['mentoring', 'person', personId] as const,
};

export const programmesQuery = () =>
  queryOptions({
    queryKey: mentoringKeys.programmes(),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes', { params: { query: { pageSize: 100 } }, signal }),
  });

export const programmeQuery = (programmeId: string) =>
  queryOptions({
    queryKey: mentoringKeys.programme(programmeId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}', { params: { path: { programmeId } }, signal }),
    retry: false,
  });

export const myProfilesQuery = () =>
  queryOptions({
    queryKey: mentoringKeys.profiles(),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/profiles', { params: { query: { pageSize: 100 } }, signal }),
  });

export const myMatchesQuery = () =>
  queryOptions({
    queryKey: mentoringKeys.matches(),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/matches', { params: { query: { pageSize: 100 } }, signal }),
  });

export const matchQuery = (matchId: string) =>
  queryOptions({
    queryKey: mentoringKeys.match(matchId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/matches/{matchId}', { params: { path: { matchId } }, signal }),
    retry: false,
  });

export const sessionsQuery = (matchId: string) =>
  queryOptions({
    queryKey: [...mentoringKeys.match(matchId), 'sessions'],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/matches/{matchId}/sessions', {
        params: { path: { matchId }, query: { pageSize: 100 } },
        signal,
      }),
    retry: false,
  });

export const suggestionsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: mentoringKeys.suggestions(programmeId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/suggestions', {
        params: { path: { programmeId }, query: { pageSize: 20 } },
        signal,
      }),
    retry: false,
  });

export const personMatchesQuery = (personId: string) =>
  queryOptions({
    queryKey: mentoringKeys.person(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/people/{personId}/matches', {
        params: { path: { personId }, query: { pageSize: 20 } },
        signal,
      }),
    retry: false,
  });

export const competenciesQuery = () =>
  queryOptions({
    queryKey: ['mentoring', 'competencies'],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/competencies', { params: { query: { pageSize: 100 } }, signal }),
    staleTime: 5 * 60_000,
  });

const programmePath = (programmeId: string) => ({ path: { programmeId } });
const adminKey = (programmeId: string, part: string) => mentoringKeys.admin(programmeId, part);

export const participantsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: adminKey(programmeId, 'participants'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/participants', {
        params: { ...programmePath(programmeId), query: { pageSize: 100 } },
        signal,
      }),
    retry: false,
  });

export const programmeMatchesQuery = (programmeId: string) =>
  queryOptions({
    queryKey: adminKey(programmeId, 'matches'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/matches', {
        params: { ...programmePath(programmeId), query: { pageSize: 100 } },
        signal,
      }),
    retry: false,
  });

export const participationQuery = (programmeId: string) =>
  queryOptions({
    queryKey: adminKey(programmeId, 'participation'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/participation', {
        params: programmePath(programmeId),
        signal,
      }),
    retry: false,
  });

export const choicesQuery = (programmeId: string) =>
  queryOptions({
    queryKey: adminKey(programmeId, 'choices'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/choices', {
        params: { ...programmePath(programmeId), query: { pageSize: 100 } },
        signal,
      }),
    retry: false,
  });

export const draftQuery = (programmeId: string) =>
  queryOptions({
    queryKey: adminKey(programmeId, 'draft'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/mentoring/programmes/{programmeId}/drafts/pending', {
        params: programmePath(programmeId),
        signal,
      }),
    retry: false,
  });
