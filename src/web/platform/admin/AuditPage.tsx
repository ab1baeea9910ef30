import { Alert, Button, Code, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client';
import { formatDateTime, formatNumber } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { type AuditEntry, auditQuery } from '../api';

const route = getRouteApi('/app/admin/audit');
const short = (id: string | null) => (id ? id.slice(0, 8) : '—');

function Json({ value }: { value: unknown }) {
  return (
    <Code block style={{ maxHeight: 320, overflow: 'auto' }}>
      {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
    </Code>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const audit = useQuery(auditQuery(page));
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const verify = useMutation({
    mutationFn: () => apiGet('/api/admin/audit/verify'),
  });
  const columns: DataColumn<AuditEntry>[] = [
    { key: 'seq', header: '#', cell: (entry) => entry.seq },
    {
      key: 'action',
      header: t('admin.audit.action'),
      primary: true,
      cell: (entry) => (
        <Button
          variant="subtle"
          size="compact-sm"
          px={4}
          onClick={() => setOpen(entry)}
          aria-label={t('admin.audit.details', { seq: entry.seq, action: entry.action })}
        >
          <Code>{entry.action}</Code>
        </Button>
      ),
    },
    {
      key: 'target',
      header: t('admin.audit.target'),
      cell: (entry) => (
        <Text size="sm">
          {entry.targetType} <Code>{short(entry.targetId)}</Code>
        </Text>
      ),
    },
    {
      key: 'actor',
      header: t('admin.audit.actor'),
      cell: (entry) => <Code>{short(entry.actorAccountId)}</Code>,
    },
    { key: 'at', header: t('admin.audit.at'), nowrap: true, cell: (entry) => formatDateTime(entry.at) },
  ];

  return (
    <Page
      title={t('admin.sections.audit.title')}
      description={t('admin.audit.lead')}
      above={<AdminBack />}
      actions={
        <Button
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          data-testid="verify-chain"
        >
          {t('admin.audit.verify')}
        </Button>
      }
    >
      <div aria-live="polite">
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {verify.data ? (
          verify.data.ok ? (
            <Alert
              {...toneAlert('positive')}
              icon={<IconShieldCheck aria-hidden />}
              data-testid="verify-result"
            >
              {t('admin.audit.verified', {
                count: verify.data.checked,
                formatted: formatNumber(verify.data.checked),
              })}
              {verify.data.unsealed > 0
                ? ` ${t('admin.audit.unsealed', { count: verify.data.unsealed, formatted: formatNumber(verify.data.unsealed) })}`
                : null}
              {verify.data.redacted > 0
                ? ` ${t('admin.audit.redacted', { count: verify.data.redacted, formatted: formatNumber(verify.data.redacted) })}`
                : null}
              {verify.data.head ? (
                <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
                  {t('admin.audit.head', {
                    position: formatNumber(verify.data.head.chainPos),
                    hash: verify.data.head.hash,
                  })}
                </Text>
              ) : null}
            </Alert>
          ) : (
            <Alert {...toneAlert('negative')} icon={<IconShieldX aria-hidden />} data-testid="verify-result">
              {t('admin.audit.broken', {
                seq: verify.data.brokenSeq ?? verify.data.brokenAt ?? '?',
                checked: formatNumber(verify.data.checked),
              })}
              {verify.data.reason ? ` ${t(`admin.audit.reason.${verify.data.reason}`)}` : null}
            </Alert>
          )
        ) : null}
      </div>
      <QueryView
        query={audit}
        empty={
          <EmptyPanel
            icon={<IconShieldCheck size={28} />}
            title={t('admin.audit.empty.title')}
            description={t('admin.audit.empty.description')}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(entry) => entry.seq}
            label={t('admin.sections.audit.title')}
            pagination={{
              page: data.page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: (p) => void navigate({ search: { page: p > 1 ? p : undefined } }),
            }}
            framed
            testId="audit-table"
            rowTestId="audit-row"
          />
        )}
      </QueryView>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `#${open.seq} · ${open.action}` : ''}
        size="xl"
      >
        {open ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('admin.audit.detailLine', {
                target: `${open.targetType} ${open.targetId}`,
                actor: open.actorAccountId ?? t('admin.audit.system'),
                at: formatDateTime(open.at),
              })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Stack gap={4}>
                <Title order={3} size="h4">
                  {t('admin.audit.before')}
                </Title>
                <Json value={open.before} />
              </Stack>
              <Stack gap={4}>
                <Title order={3} size="h4">
                  {t('admin.audit.after')}
                </Title>
                <Json value={open.after} />
              </Stack>
            </SimpleGrid>
          </Stack>
        ) : null}
      </Modal>
    </Page>
  );
}
