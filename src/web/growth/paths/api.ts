import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  Competency,
  CompetencyInput,
  GapAnalysis,
  PersonPath,
  ProficiencyScale,
  SaveAssessmentRequest,
  SaveSelfAssessmentRequest,
  SetPositionRequest,
  Track,
  TrackInput,
  TrackSummary,
  UpdateCompetencyRequest,
  UpdateScaleRequest,
  UpdateTrackRequest,
} from '../../../contracts/paths';
import { api } from '../../api/client';

export const LIBRARY_PAGE_SIZE = 20;

export const pathKeys = {
  all: ['paths'] as const,
  scale: ['paths', 'scale'] as const,
  competencies: (status: string, page: number) => ['paths', 'competencies', status, page] as const,
  competency: (id: string) => ['paths', 'competency', id] as const,
  tracks: (status: string, page: number) => ['paths', 'tracks', status, page] as const,
  track: (id: string) => ['paths', 'track', id] as const,
  person: (personId: string) => ['paths', 'person', personId] as const,
  gap: (personId: string, targetLevelId: string | null) => ['paths', 'gap', personId, targetLevelId] as const,
  team: (personId: string) => ['paths', 'team', personId] as const,
  orgLevels: ['paths', 'org-levels'] as const,
};

const person = (id: string) => `/growth/paths/people/${encodeURIComponent(id)}`;

export const scaleQuery = () =>
  queryOptions({
    queryKey: pathKeys.scale,
    queryFn: ({ signal }) => api.get<ProficiencyScale>('/growth/paths/scale', undefined, signal),
  });

export const competenciesQuery = (
  status: 'active' | 'retired' | 'all',
  page: number,
  pageSize = LIBRARY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: [...pathKeys.competencies(status, page), pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Competency>>('/growth/paths/competencies', { status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

export const competencyQuery = (id: string) =>
  queryOptions({
    queryKey: pathKeys.competency(id),
    queryFn: ({ signal }) =>
      api.get<Competency>(`/growth/paths/competencies/${encodeURIComponent(id)}`, undefined, signal),
  });

export const tracksQuery = (
  status: 'active' | 'retired' | 'all',
  page: number,
  pageSize = LIBRARY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: [...pathKeys.tracks(status, page), pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<TrackSummary>>('/growth/paths/tracks', { status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

export const trackQuery = (id: string) =>
  queryOptions({
    queryKey: pathKeys.track(id),
    queryFn: ({ signal }) =>
      api.get<Track>(`/growth/paths/tracks/${encodeURIComponent(id)}`, undefined, signal),
  });

export const personPathQuery = (personId: string) =>
  queryOptions({
    queryKey: pathKeys.person(personId),
    queryFn: ({ signal }) => api.get<PersonPath>(person(personId), undefined, signal),
  });

export const gapQuery = (personId: string, targetLevelId: string | null) =>
  queryOptions({
    queryKey: pathKeys.gap(personId, targetLevelId),
    queryFn: ({ signal }) => api.get<GapAnalysis>(`${person(personId)}/gap`, { targetLevelId }, signal),
    placeholderData: keepPreviousData,
  });

interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface TeamMember {
  id: string;
  displayName: string;
  jobTitle: string;
}

/** The caller's direct reports (first 50), from the org chart. */
export const teamQuery = (personId: string) =>
  queryOptions({
    queryKey: pathKeys.team(personId),
    queryFn: ({ signal }) =>
      api.get<CursorPage<TeamMember>>(
        `/org-chart/${encodeURIComponent(personId)}/children`,
        undefined,
        signal,
      ),
  });

export const orgLevelsQuery = () =>
  queryOptions({
    queryKey: pathKeys.orgLevels,
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; code: string; name: string }[] }>('/levels', undefined, signal),
  });

export const pathsApi = {
  updateScale: (body: UpdateScaleRequest) => api.put<ProficiencyScale>('/growth/paths/scale', body),
  createCompetency: (body: CompetencyInput) => api.post<Competency>('/growth/paths/competencies', body),
  updateCompetency: (id: string, body: UpdateCompetencyRequest) =>
    api.put<Competency>(`/growth/paths/competencies/${encodeURIComponent(id)}`, body),
  removeCompetency: (id: string, version: number) =>
    api.post<void>(`/growth/paths/competencies/${encodeURIComponent(id)}/remove`, { version }),
  createTrack: (body: TrackInput) => api.post<Track>('/growth/paths/tracks', body),
  updateTrack: (id: string, body: UpdateTrackRequest) =>
    api.put<Track>(`/growth/paths/tracks/${encodeURIComponent(id)}`, body),
  setPosition: (personId: string, body: SetPositionRequest) =>
    api.put<PersonPath>(`${person(personId)}/position`, body),
  saveSelf: (personId: string, competencyId: string, body: SaveSelfAssessmentRequest) =>
    api.put<PersonPath>(`${person(personId)}/assessments/${encodeURIComponent(competencyId)}/self`, body),
  saveManager: (personId: string, competencyId: string, body: SaveAssessmentRequest) =>
    api.put<PersonPath>(`${person(personId)}/assessments/${encodeURIComponent(competencyId)}/manager`, body),
  shareAll: (personId: string, sharedWithManager: boolean) =>
    api.post<PersonPath>(`${person(personId)}/assessments/share`, { sharedWithManager }),
};
