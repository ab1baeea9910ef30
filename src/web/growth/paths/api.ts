import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  CompetencyInput,
  SaveAssessmentRequest,
  SaveSelfAssessmentRequest,
  SetPositionRequest,
  TrackInput,
  UpdateCompetencyRequest,
  UpdateScaleRequest,
  UpdateTrackRequest,
} from '../../../contracts/paths';
import { type ApiData, apiGet, apiPost, apiPut } from '../../api/client';

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

const person = (id: string) => ({ path: { personId: id } });
const assessment = (personId: string, competencyId: string) => ({ path: { personId, competencyId } });

export const scaleQuery = () =>
  queryOptions({
    queryKey: pathKeys.scale,
    queryFn: ({ signal }) => apiGet('/api/growth/paths/scale', { signal }),
  });

export const competenciesQuery = (
  status: 'active' | 'retired' | 'all',
  page: number,
  pageSize = LIBRARY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: [...pathKeys.competencies(status, page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/competencies', { params: { query: { status, page, pageSize } }, signal }),
    placeholderData: keepPreviousData,
  });

export const competencyQuery = (id: string) =>
  queryOptions({
    queryKey: pathKeys.competency(id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/competencies/{competencyId}', {
        params: { path: { competencyId: id } },
        signal,
      }),
  });

export const tracksQuery = (
  status: 'active' | 'retired' | 'all',
  page: number,
  pageSize = LIBRARY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: [...pathKeys.tracks(status, page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/tracks', { params: { query: { status, page, pageSize } }, signal }),
    placeholderData: keepPreviousData,
  });

export const trackQuery = (id: string) =>
  queryOptions({
    queryKey: pathKeys.track(id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/tracks/{trackId}', { params: { path: { trackId: id } }, signal }),
  });

export const personPathQuery = (personId: string) =>
  queryOptions({
    queryKey: pathKeys.person(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/people/{personId}', { params: person(personId), signal }),
  });

export const gapQuery = (personId: string, targetLevelId: string | null) =>
  queryOptions({
    queryKey: pathKeys.gap(personId, targetLevelId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/paths/people/{personId}/gap', {
        params: { ...person(personId), query: { targetLevelId: targetLevelId ?? undefined } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export type TeamMember = ApiData<'/api/org-chart/{personId}/children', 'get'>['items'][number];

/** The caller's direct reports (first 50), from the org chart. */
export const teamQuery = (personId: string) =>
  queryOptions({
    queryKey: pathKeys.team(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/org-chart/{personId}/children', { params: person(personId), signal }),
  });

export const orgLevelsQuery = () =>
  queryOptions({
    queryKey: pathKeys.orgLevels,
    queryFn: ({ signal }) => apiGet('/api/levels', { signal }),
  });

export const pathsApi = {
  updateScale: (body: UpdateScaleRequest) => apiPut('/api/growth/paths/scale', { body }),
  createCompetency: (body: CompetencyInput) => apiPost('/api/growth/paths/competencies', { body }),
  updateCompetency: (id: string, body: UpdateCompetencyRequest) =>
    apiPut('/api/growth/paths/competencies/{competencyId}', { params: { path: { competencyId: id } }, body }),
  removeCompetency: (id: string, version: number) =>
    apiPost('/api/growth/paths/competencies/{competencyId}/remove', {
      params: { path: { competencyId: id } },
      body: { version },
    }),
  createTrack: (body: TrackInput) => apiPost('/api/growth/paths/tracks', { body }),
  updateTrack: (id: string, body: UpdateTrackRequest) =>
    apiPut('/api/growth/paths/tracks/{trackId}', { params: { path: { trackId: id } }, body }),
  setPosition: (personId: string, body: SetPositionRequest) =>
    apiPut('/api/growth/paths/people/{personId}/position', { params: person(personId), body }),
  saveSelf: (personId: string, competencyId: string, body: SaveSelfAssessmentRequest) =>
    apiPut('/api/growth/paths/people/{personId}/assessments/{competencyId}/self', {
      params: assessment(personId, competencyId),
      body,
    }),
  saveManager: (personId: string, competencyId: string, body: SaveAssessmentRequest) =>
    apiPut('/api/growth/paths/people/{personId}/assessments/{competencyId}/manager', {
      params: assessment(personId, competencyId),
      body,
    }),
  shareAll: (personId: string, sharedWithManager: boolean) =>
    apiPost('/api/growth/paths/people/{personId}/assessments/share', {
      params: person(personId),
      body: { sharedWithManager },
    }),
};
