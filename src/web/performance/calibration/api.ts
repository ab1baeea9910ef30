import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  CalibrationCycle,
  CalibrationGrid,
  CalibrationMove,
  CreateSessionRequest,
  GridCard,
  ReleaseView,
  SessionDetail,
  SessionSummary,
} from '../../../contracts/calibration';
import type { Page } from '../../../contracts/common';
import { ApiError, api } from '../../api/client';

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

const sessionPath = (id: string) => `/calibration/sessions/${encodeURIComponent(id)}`;

export const sessionsQuery = (page: number) =>
  queryOptions({
    queryKey: calibrationKeys.sessions(page),
    queryFn: ({ signal }) =>
      api.get<Page<SessionSummary>>('/calibration/sessions', { page, pageSize: SESSIONS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: calibrationKeys.session(id),
    queryFn: ({ signal }) => api.get<SessionDetail>(sessionPath(id), undefined, signal),
  });

export const gridQuery = (id: string) =>
  queryOptions({
    queryKey: calibrationKeys.grid(id),
    queryFn: ({ signal }) => api.get<CalibrationGrid>(`${sessionPath(id)}/grid`, undefined, signal),
  });

export const movesQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: calibrationKeys.moves(id, page),
    queryFn: ({ signal }) =>
      api.get<Page<CalibrationMove>>(`${sessionPath(id)}/moves`, { page, pageSize: MOVES_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const cyclesQuery = queryOptions({
  queryKey: calibrationKeys.cycles,
  queryFn: ({ signal }) => api.get<{ items: CalibrationCycle[] }>('/calibration/cycles', undefined, signal),
});

export const approverCandidatesQuery = queryOptions({
  queryKey: calibrationKeys.approvers,
  queryFn: ({ signal }) =>
    api.get<{ items: { id: string; displayName: string; jobTitle: string }[] }>(
      '/calibration/approver-candidates',
      undefined,
      signal,
    ),
});

export interface AcknowledgmentPage {
  summary: { calibrated: number; released: number; acknowledged: number; other: number };
  items: {
    reviewId: string;
    person: { id: string; displayName: string };
    manager: { id: string; displayName: string } | null;
    department: { id: string; name: string } | null;
    state: ReleaseView['state'];
    releasedAt: string | null;
    acknowledgedAt: string | null;
    commented: boolean;
  }[];
  page: number;
  pageSize: number;
  total: number;
}

export const acknowledgmentsQuery = (cycleId: string, sessionId: string, page: number) =>
  queryOptions({
    queryKey: calibrationKeys.acknowledgments(cycleId, sessionId, page),
    queryFn: ({ signal }) =>
      api.get<AcknowledgmentPage>(
        `/calibration/cycles/${encodeURIComponent(cycleId)}/acknowledgments`,
        { sessionId, page, pageSize: ACKNOWLEDGMENTS_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** A 404: the record does not exist for this viewer (S1.7), which some panels show as nothing at all. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export const releaseQuery = (reviewId: string) =>
  queryOptions({
    queryKey: calibrationKeys.release(reviewId),
    queryFn: ({ signal }) =>
      api.get<ReleaseView>(`/reviews/${encodeURIComponent(reviewId)}/release`, undefined, signal),
  });

export const calibrationWrites = {
  createSession: (body: CreateSessionRequest) =>
    api.post<{ session: SessionDetail; admitted: number }>('/calibration/sessions', body),
  admit: (id: string) => api.post<{ session: SessionDetail; admitted: number }>(`${sessionPath(id)}/admit`),
  move: (id: string, body: { reviewId: string; toRating: number; rationale: string; version: number }) =>
    api.post<{ card: GridCard; move: CalibrationMove; sessionVersion: number }>(
      `${sessionPath(id)}/moves`,
      body,
    ),
  signOff: (id: string, body: { version: number; comment?: string }) =>
    api.post<SessionDetail>(`${sessionPath(id)}/sign-off`, body),
  release: (reviewId: string) => api.post<ReleaseView>(`/reviews/${encodeURIComponent(reviewId)}/release`),
  addendum: (reviewId: string, body: { addendum: string; version: number }) =>
    api.put<ReleaseView>(`/reviews/${encodeURIComponent(reviewId)}/addendum`, body),
  acknowledge: (reviewId: string, body: { comment?: string }) =>
    api.post<ReleaseView>(`/reviews/${encodeURIComponent(reviewId)}/acknowledge`, body),
};
