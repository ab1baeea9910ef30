import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BackupStatus } from '../../contracts/backups';
import type { FailedJob } from '../../contracts/jobs';
import type { OutboxEmail } from '../../contracts/platform';
import { type ApiData, apiGet } from '../api/client';

export type { BackupStatus, FailedJob, OutboxEmail };

export type AccessLogEntry = ApiData<'/api/access-log/me', 'get'>['items'][number];
export type AuditEntry = ApiData<'/api/admin/audit', 'get'>['items'][number];
export type { AuditVerification } from '../../contracts/platform';

const paged =
  <T>(key: string, load: (page: number, signal: AbortSignal) => Promise<T>) =>
  (page: number) =>
    queryOptions({
      queryKey: ['platform', key, page],
      queryFn: ({ signal }) => load(page, signal),
      placeholderData: keepPreviousData,
    });
const pageOf = (page: number) => ({ query: { page } });

export const accessLogQuery = paged('access-log', (page, signal) =>
  apiGet('/api/access-log/me', { params: pageOf(page), signal }),
);
export const outboxQuery = paged('outbox', (page, signal) =>
  apiGet('/api/admin/outbox', { params: pageOf(page), signal }),
);
export const auditQuery = paged('audit', (page, signal) =>
  apiGet('/api/admin/audit', { params: pageOf(page), signal }),
);
export const failedJobsQuery = paged('failed-jobs', (page, signal) =>
  apiGet('/api/admin/jobs/failed', { params: pageOf(page), signal }),
);
export const backupStatusQuery = queryOptions({
  queryKey: ['platform', 'backups'],
  queryFn: ({ signal }) => apiGet('/api/admin/backups', { signal }),
});

export const settingsQuery = queryOptions({
  queryKey: ['platform', 'settings'],
  queryFn: ({ signal }) => apiGet('/api/admin/settings', { signal }),
});
