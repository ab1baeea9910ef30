import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  Approval360,
  CreateRequest360,
  Program360,
  Report360,
  Request360,
  Request360Summary,
  SubmitResponse360,
  Task360,
  TaskDetail360,
  UpdateRequest360,
} from '../../../contracts/feedback360';
import { api } from '../../api/client';

export const PAGE_SIZE_360 = 10;
const base = '/growth/360';

export const keys360 = {
  all: ['feedback360'] as const,
  list: (list: string, page: number) => ['feedback360', 'list', list, page] as const,
  request: (id: string) => ['feedback360', 'request', id] as const,
  task: (id: string) => ['feedback360', 'task', id] as const,
  report: (id: string) => ['feedback360', 'report', id] as const,
  competencies: ['feedback360', 'competencies'] as const,
};

const pageQuery = <T>(list: string, path: string, page: number) =>
  queryOptions({
    queryKey: keys360.list(list, page),
    queryFn: ({ signal }) => api.get<Page<T>>(path, { page, pageSize: PAGE_SIZE_360 }, signal),
    placeholderData: keepPreviousData,
  });

export const myRequestsQuery = (page: number) =>
  pageQuery<Request360Summary>('mine', `${base}/requests`, page);
export const tasksQuery = (page: number) => pageQuery<Task360>('tasks', `${base}/tasks`, page);
export const approvalsQuery = (page: number) =>
  pageQuery<Approval360>('approvals', `${base}/approvals`, page);
export const coacheesQuery = (page: number) =>
  pageQuery<Request360Summary>('coachees', `${base}/coachees`, page);
export const programsQuery = (page: number) => pageQuery<Program360>('programs', `${base}/programs`, page);

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.request(id),
    queryFn: ({ signal }) =>
      api.get<Request360>(`${base}/requests/${encodeURIComponent(id)}`, undefined, signal),
  });
export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.task(id),
    queryFn: ({ signal }) =>
      api.get<TaskDetail360>(`${base}/tasks/${encodeURIComponent(id)}`, undefined, signal),
  });
export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: keys360.report(id),
    queryFn: ({ signal }) =>
      api.get<Report360>(`${base}/requests/${encodeURIComponent(id)}/report`, undefined, signal),
  });
export const competenciesQuery = queryOptions({
  queryKey: keys360.competencies,
  queryFn: ({ signal }) =>
    api.get<{ id: string; name: string; description: string }[]>(`${base}/competencies`, undefined, signal),
});

const req = (id: string) => `${base}/requests/${encodeURIComponent(id)}`;
export const writes360 = {
  create: (body: CreateRequest360) => api.post<Request360Summary>(`${base}/requests`, body),
  update: (id: string, body: UpdateRequest360) => api.patch<Request360Summary>(req(id), body),
  nominate: (id: string, body: { personId: string; group: string }) =>
    api.post<Request360>(`${req(id)}/nominations`, body),
  removeNomination: (id: string, nominationId: string) =>
    api.delete<Request360>(`${req(id)}/nominations/${encodeURIComponent(nominationId)}`),
  action: (id: string, action: 'submit' | 'remind' | 'close' | 'release', version: number) =>
    api.post<unknown>(`${req(id)}/${action}`, { version }),
  decide: (id: string, version: number, decisions: { nominationId: string; approved: boolean }[]) =>
    api.post<Request360Summary>(`${req(id)}/approval`, { version, decisions }),
  respond: (body: SubmitResponse360) => api.post<Task360>(`${base}/responses`, body),
  decline: (taskId: string) => api.post<Task360>(`${base}/tasks/${encodeURIComponent(taskId)}/decline`),
};
