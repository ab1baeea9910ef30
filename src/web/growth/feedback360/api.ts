import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CreateRequest360, SubmitResponse360, UpdateRequest360 } from '../../../contracts/feedback360';
import { type ApiBody, apiDelete, apiGet, apiPatch, apiPost } from '../../api/client';

export const PAGE_SIZE_360 = 10;

export const keys360 = {
  all: ['feedback360'] as const,
  list: (list: string, page: number) => ['feedback360', 'list', list, page] as const,
  request: (id: string) => ['feedback360', 'request', id] as const,
  task: (id: string) => ['feedback360', 'task', id] as const,
  report: (id: string) => ['feedback360', 'report', id] as const,
  competencies: ['feedback360', 'competencies'] as const,
};

const pageQuery = <T>(list: string, page: number, load: (signal: AbortSignal) => Promise<T>) =>
  queryOptions({
    queryKey: keys360.list(list, page),
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
  });
const pageOf = (page: number) => ({ query: { page, pageSize: PAGE_SIZE_360 } });

export const myRequestsQuery = (page: number) =>
  pageQuery('mine', page, (signal) => apiGet('/api/growth/360/requests', { params: pageOf(page), signal }));
export const tasksQuery = (page: number) =>
  pageQuery('tasks', page, (signal) => apiGet('/api/growth/360/tasks', { params: pageOf(page), signal }));
export const approvalsQuery = (page: number) =>
  pageQuery('approvals', page, (signal) =>
    apiGet('/api/growth/360/approvals', { params: pageOf(page), signal }),
  );
export const coacheesQuery = (page: number) =>
  pageQuery('coachees', page, (signal) =>
    apiGet('/api/growth/360/coachees', { params: pageOf(page), signal }),
  );
export const programsQuery = (page: number) =>
  pageQuery('programs', page, (signal) =>
    apiGet('/api/growth/360/programs', { params: pageOf(page), signal }),
  );

const requestId = (id: string) => ({ path: { requestId: id } });

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.request(id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/360/requests/{requestId}', { params: requestId(id), signal }),
  });
export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.task(id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/360/tasks/{taskId}', { params: { path: { taskId: id } }, signal }),
  });
export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.report(id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/360/requests/{requestId}/report', { params: requestId(id), signal }),
  });
export const competenciesQuery = queryOptions({
  queryKey: keys360.competencies,
  queryFn: ({ signal }) => apiGet('/api/growth/360/competencies', { signal }),
});

export const writes360 = {
  create: (body: CreateRequest360) => apiPost('/api/growth/360/requests', { body }),
  update: (id: string, body: UpdateRequest360) =>
    apiPatch('/api/growth/360/requests/{requestId}', { params: requestId(id), body }),
  nominate: (id: string, body: ApiBody<'/api/growth/360/requests/{requestId}/nominations', 'post'>) =>
    apiPost('/api/growth/360/requests/{requestId}/nominations', { params: requestId(id), body }),
  removeNomination: (id: string, nominationId: string) =>
    apiDelete('/api/growth/360/requests/{requestId}/nominations/{nominationId}', {
      params: { path: { requestId: id, nominationId } },
    }),
  action: (id: string, action: 'submit' | 'remind' | 'close' | 'release', version: number) =>
    apiPost(`/api/growth/360/requests/{requestId}/${action}` as const, {
      params: requestId(id),
      body: { version },
    }),
  decide: (id: string, version: number, decisions: { nominationId: string; approved: boolean }[]) =>
    apiPost('/api/growth/360/requests/{requestId}/approval', {
      params: requestId(id),
      body: { version, decisions },
    }),
  respond: (body: SubmitResponse360) => apiPost('/api/growth/360/responses', { body }),
  decline: (taskId: string) =>
    apiPost('/api/growth/360/tasks/{taskId}/decline', { params: { path: { taskId } } }),
};
