import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BackupStatus } from '../../contracts/backups';
import type { Page } from '../../contracts/common';
import type { FailedJob } from '../../contracts/jobs';
import type { OrgSettings, OutboxEmail } from '../../contracts/platform';
import { api } from '../api/client';

export type { BackupStatus, FailedJob, OutboxEmail };

export interface AccessLogEntry {
  id: string;
  viewer: { displayName: string; jobTitle: string } | null;
  dataClass: string;
  resource: string;
  reason: string | null;
  at: string;
}
export interface AuditEntry {
  seq: number;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  at: string;
}
export type { AuditVerification } from '../../contracts/platform';

const paged =
  <T>(key: string, path: string) =>
  (page: number) =>
    queryOptions({
      queryKey: ['platform', key, page],
      queryFn: ({ signal }) => api.get<Page<T>>(path, { page }, signal),
      placeholderData: keepPreviousData,
    });

export const accessLogQuery = paged<AccessLogEntry>('access-log', '/access-log/me');
export const outboxQuery = paged<OutboxEmail>('outbox', '/admin/outbox');
export const auditQuery = paged<AuditEntry>('audit', '/admin/audit');
export const failedJobsQuery = paged<FailedJob>('failed-jobs', '/admin/jobs/failed');
export const backupStatusQuery = queryOptions({
  queryKey: ['platform', 'backups'],
  queryFn: ({ signal }) => api.get<BackupStatus>('/admin/backups', undefined, signal),
});

export const settingsQuery = queryOptions({
  queryKey: ['platform', 'settings'],
  queryFn: ({ signal }) => api.get<OrgSettings>('/admin/settings', undefined, signal),
});
