import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CreateSessionRequest } from '../../../contracts/calibration';
import { type ApiData, ApiError, apiGet, apiPost, apiPut } from '../../api/client';

export const SESSIONS_PAGE_SIZE = 20;
export const MOVES_PAGE_SIZE = 10;
export const ACKNOWLEDGMENTS_PAGE_SIZE = 20;

export const calibrationKeys = {
  all: ['calibration'] as const,
  sessions: (page: number) => ['calibration', 'sessions', page] as const,
  session: (id: string) => ['calibration', 'session', id] as const,
  grid: (id: string) => ['calibration', 'session', id, 'grid'] as const,
  moves: (id: string, page: number) => ['calibration', 'session', id, 'moves', page] as const,
  cycles: ['calibration', 'cycles'] as const,
  approvers: ['calibration', 'approver-candidates'] as const,
  acknowledgments: (cycleId: string, sessionId: string, page: number) =>
    ['calibration', 'acknowledgments', cycleId, sessionId, page] as const,
  release: (reviewId: string) => ['reviews', reviewId, 'release'] as const,
};

const session = (id: string) => ({ path: { sessionId: id } });
const review = (id: string) => ({ path: { reviewId: id } });

export const sessionsQuery = (page: number) =>
  queryOptions({
    queryKey: calibrationKeys.sessions(page),
    queryFn: ({ signal }) =>
      apiGet('/api/calibration/sessions', {
        params: { query: { page, pageSize: SESSIONS_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: calibrationKeys.session(id),
    queryFn: ({ signal }) => apiGet('/api/calibration/sessions/{sessionId}', { params: session(id), signal }),
  });

export const gridQuery = (id: string) =>
  queryOptions({
    queryKey: calibrationKeys.grid(id),
    queryFn: ({ signal }) =>
      apiGet('/api/calibration/sessions/{sessionId}/grid', { params: session(id), signal }),
  });

export const movesQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: calibrationKeys.moves(id, page),
    queryFn: ({ signal }) =>
      apiGet('/api/calibration/sessions/{sessionId}/moves', {
        params: { ...session(id), query: { page, pageSize: MOVES_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const cyclesQuery = queryOptions({
  queryKey: calibrationKeys.cycles,
  queryFn: ({ signal }) => apiGet('/api/calibration/cycles', { signal }),
});

export const approverCandidatesQuery = queryOptions({
  queryKey: calibrationKeys.approvers,
  queryFn: ({ signal }) => apiGet('/api/calibration/approver-candidates', { signal }),
});

export type AcknowledgmentPage = ApiData<'/api/calibration/cycles/{cycleId}/acknowledgments', 'get'>;

export const acknowledgmentsQuery = (cycleId: string, sessionId: string, page: number) =>
  queryOptions({
    queryKey: calibrationKeys.acknowledgments(cycleId, sessionId, page),
    queryFn: ({ signal }) =>
      apiGet('/api/calibration/cycles/{cycleId}/acknowledgments', {
        params: { path: { cycleId }, query: { sessionId, page, pageSize: ACKNOWLEDGMENTS_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** A 404: the record does not exist for this viewer (S1.7), which some panels show as nothing at all. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export const releaseQuery = (reviewId: string) =>
  queryOptions({
    queryKey: calibrationKeys.release(reviewId),
    queryFn: ({ signal }) => apiGet('/api/reviews/{reviewId}/release', { params: review(reviewId), signal }),
  });

export const calibrationWrites = {
  createSession: (body: CreateSessionRequest) => apiPost('/api/calibration/sessions', { body }),
  admit: (id: string) => apiPost('/api/calibration/sessions/{sessionId}/admit', { params: session(id) }),
  move: (id: string, body: { reviewId: string; toRating: number; rationale: string; version: number }) =>
    apiPost('/api/calibration/sessions/{sessionId}/moves', { params: session(id), body }),
  signOff: (id: string, body: { version: number; comment?: string }) =>
    apiPost('/api/calibration/sessions/{sessionId}/sign-off', { params: session(id), body }),
  release: (reviewId: string) => apiPost('/api/reviews/{reviewId}/release', { params: review(reviewId) }),
  addendum: (reviewId: string, body: { addendum: string; version: number }) =>
    apiPut('/api/reviews/{reviewId}/addendum', { params: review(reviewId), body }),
  acknowledge: (reviewId: string, body: { comment?: string }) =>
    apiPost('/api/reviews/{reviewId}/acknowledge', { params: review(reviewId), body }),
};

/** A session's downloads (plain links: the browser sends the session cookie). */
export const calibrationExportHref = (
  sessionId: string,
  file: 'ratings.csv' | 'ratings.xlsx' | 'moves.csv',
) => `/api/calibration/sessions/${encodeURIComponent(sessionId)}/${file}`;
