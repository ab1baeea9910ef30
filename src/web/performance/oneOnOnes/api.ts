import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  MeetingDetail,
  MeetingSummary,
  SeriesDetail,
  SeriesSummary,
} from '../../../contracts/oneOnOnes';
import { api } from '../../api/client';

export const SERIES_PAGE_SIZE = 20;
export const MEETINGS_PAGE_SIZE = 10;

export const oneOnOneKeys = {
  all: ['one-on-ones'] as const,
  list: (page: number) => ['one-on-ones', 'list', page] as const,
  /** The profile panel: 'own' or my series with that person. */
  panel: (personId: string) => ['one-on-ones', 'panel', personId] as const,
  series: (id: string) => ['one-on-ones', 'series', id] as const,
  meetings: (seriesId: string, page: number) =>
    ['one-on-ones', 'series', seriesId, 'meetings', page] as const,
  meeting: (id: string) => ['one-on-ones', 'meeting', id] as const,
};

export const seriesListQuery = (page: number) =>
  queryOptions({
    queryKey: oneOnOneKeys.list(page),
    queryFn: ({ signal }) =>
      api.get<Page<SeriesSummary>>('/one-on-ones', { page, pageSize: SERIES_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const seriesQuery = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.series(id),
    queryFn: ({ signal }) =>
      api.get<SeriesDetail>(`/one-on-ones/${encodeURIComponent(id)}`, undefined, signal),
  });

export const pastMeetingsQuery = (seriesId: string, page: number) =>
  queryOptions({
    queryKey: oneOnOneKeys.meetings(seriesId, page),
    queryFn: ({ signal }) =>
      api.get<Page<MeetingSummary>>(
        `/one-on-ones/${encodeURIComponent(seriesId)}/meetings`,
        { status: 'completed', page, pageSize: MEETINGS_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.meeting(id),
    queryFn: ({ signal }) =>
      api.get<MeetingDetail>(`/one-on-ones/meetings/${encodeURIComponent(id)}`, undefined, signal),
  });

const meetingPath = (id: string) => `/one-on-ones/meetings/${encodeURIComponent(id)}`;

/** Every 1:1 write answers with the meeting as it is now. */
export const meetingWrites = {
  addAgendaItem: (meetingId: string, body: { section: 'now' | 'next'; text: string }) =>
    api.post<MeetingDetail>(`${meetingPath(meetingId)}/agenda-items`, body),
  updateAgendaItem: (itemId: string, body: { version: number; discussed?: boolean; text?: string }) =>
    api.patch<MeetingDetail>(`/one-on-ones/agenda-items/${encodeURIComponent(itemId)}`, body),
  removeAgendaItem: (itemId: string, version: number) =>
    api.delete<MeetingDetail>(`/one-on-ones/agenda-items/${encodeURIComponent(itemId)}?version=${version}`),
  addActionItem: (meetingId: string, body: { text: string; ownerId: string; dueOn: string | null }) =>
    api.post<MeetingDetail>(`${meetingPath(meetingId)}/action-items`, body),
  updateActionItem: (
    itemId: string,
    body: { version: number; done?: boolean; text?: string; ownerId?: string; dueOn?: string | null },
  ) => api.patch<MeetingDetail>(`/one-on-ones/action-items/${encodeURIComponent(itemId)}`, body),
  saveSharedNotes: (meetingId: string, body: { version: number; body: string }) =>
    api.put<MeetingDetail>(`${meetingPath(meetingId)}/shared-notes`, body),
  savePrivateNote: (meetingId: string, body: { version: number; body: string }) =>
    api.put<MeetingDetail>(`${meetingPath(meetingId)}/private-note`, body),
  complete: (meetingId: string, version: number) =>
    api.post<MeetingDetail>(`${meetingPath(meetingId)}/complete`, { version }),
};
