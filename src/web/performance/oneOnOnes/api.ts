import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut } from '../../api/client';

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
      apiGet('/api/one-on-ones', { params: { query: { page, pageSize: SERIES_PAGE_SIZE } }, signal }),
    placeholderData: keepPreviousData,
  });

export const seriesQuery = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.series(id),
    queryFn: ({ signal }) =>
      apiGet('/api/one-on-ones/{seriesId}', { params: { path: { seriesId: id } }, signal }),
  });

export const pastMeetingsQuery = (seriesId: string, page: number) =>
  queryOptions({
    queryKey: oneOnOneKeys.meetings(seriesId, page),
    queryFn: ({ signal }) =>
      apiGet('/api/one-on-ones/{seriesId}/meetings', {
        params: { path: { seriesId }, query: { status: 'completed', page, pageSize: MEETINGS_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.meeting(id),
    queryFn: ({ signal }) =>
      apiGet('/api/one-on-ones/meetings/{meetingId}', { params: { path: { meetingId: id } }, signal }),
  });

const meeting = (id: string) => ({ path: { meetingId: id } });
const item = (id: string) => ({ path: { itemId: id } });

/** Every 1:1 write answers with the meeting as it is now. */
export const meetingWrites = {
  addAgendaItem: (meetingId: string, body: { section: 'now' | 'next'; text: string }) =>
    apiPost('/api/one-on-ones/meetings/{meetingId}/agenda-items', { params: meeting(meetingId), body }),
  updateAgendaItem: (itemId: string, body: { version: number; discussed?: boolean; text?: string }) =>
    apiPatch('/api/one-on-ones/agenda-items/{itemId}', { params: item(itemId), body }),
  removeAgendaItem: (itemId: string, version: number) =>
    apiDelete('/api/one-on-ones/agenda-items/{itemId}', { params: { ...item(itemId), query: { version } } }),
  addActionItem: (meetingId: string, body: { text: string; ownerId: string; dueOn: string | null }) =>
    apiPost('/api/one-on-ones/meetings/{meetingId}/action-items', { params: meeting(meetingId), body }),
  updateActionItem: (
    itemId: string,
    body: { version: number; done?: boolean; text?: string; ownerId?: string; dueOn?: string | null },
  ) => apiPatch('/api/one-on-ones/action-items/{itemId}', { params: item(itemId), body }),
  saveSharedNotes: (meetingId: string, body: { version: number; body: string }) =>
    apiPut('/api/one-on-ones/meetings/{meetingId}/shared-notes', { params: meeting(meetingId), body }),
  savePrivateNote: (meetingId: string, body: { version: number; body: string }) =>
    apiPut('/api/one-on-ones/meetings/{meetingId}/private-note', { params: meeting(meetingId), body }),
  complete: (meetingId: string, version: number) =>
    apiPost('/api/one-on-ones/meetings/{meetingId}/complete', {
      params: meeting(meetingId),
      body: { version },
    }),
};
