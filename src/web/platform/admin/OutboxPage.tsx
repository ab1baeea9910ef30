import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { type OutboxEmail, outboxQuery } from '../api';

const route = getRouteApi('/app/admin/outbox');
const knownClasses = [
  'performance',
  'compensation',
  'development',
  'confidential',
  'talent',
  'anonymous',
  'directory',
  'credential',
  'audit',
  'system',
] as const;
const isKnownClass = (value: string): value is (typeof knownClasses)[number] =>
  (knownClasses as readonly string[]).includes(value);

/** Plain-text mail as recorded: one-time links are never part of it. */
function MailText({ text }: { text: string }) {
  return (
    <Text
      component="pre"
      size="sm"
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit', margin: 0 }}
      data-testid="outbox-text"
    >
      {text}
    </Text>
  );
}

/** "Content hidden": the email's data class keeps its text (and maybe its address) from this reader. */
function Hidden({ label }: { label: string }) {
  return (
    <Group gap={4} wrap="nowrap" data-testid="outbox-hidden">
      <IconLock size={14} aria-hidden />
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const outbox = useQuery(outboxQuery(page));
  const [open, setOpen] = useState<OutboxEmail | null>(null);
  const className = (dataClass: string) =>
    isKnownClass(dataClass) ? t(`dataClasses.${dataClass}`) : dataClass;
  const columns: DataColumn<OutboxEmail>[] = [
    {
      key: 'subject',
      header: t('admin.outbox.subject'),
      primary: true,
      cell: (mail) => (
        <Stack gap={2} align="flex-start">
          {mail.view === 'content' ? (
            <Button variant="subtle" size="compact-sm" px={4} onClick={() => setOpen(mail)}>
              {mail.subject}
            </Button>
          ) : (
            <Hidden label={t('admin.outbox.contentHidden')} />
          )}
          <Code>{mail.kind}</Code>
        </Stack>
      ),
    },
    {
      key: 'to',
      header: t('admin.outbox.to'),
      cell: (mail) => mail.to ?? <Hidden label={t('admin.outbox.recipientHidden')} />,
    },
    {
      key: 'dataClass',
      header: t('admin.outbox.dataClass'),
      cell: (mail) => (
        <Badge color="gray" variant="light">
          {className(mail.dataClass)}
        </Badge>
      ),
    },
    {
      key: 'sentAt',
      header: t('admin.outbox.sentAt'),
      nowrap: true,
      cell: (mail) => formatDateTime(mail.createdAt),
    },
    {
      key: 'transport',
      header: t('admin.outbox.transport'),
      cell: (mail) => (
        <Badge color={toneColor[mail.transport === 'smtp' ? 'info' : 'neutral']}>
          {t(`admin.outbox.transports.${mail.transport}`)}
        </Badge>
      ),
    },
  ];

  return (
    <Page title={t('admin.sections.outbox.title')} description={t('admin.outbox.lead')} above={<AdminBack />}>
      <Alert variant="light" color="gray" icon={<IconLock size={18} />} mb="md" data-testid="outbox-rules">
        {t('admin.outbox.rules')}
      </Alert>
      <QueryView
        query={outbox}
        empty={
          <EmptyPanel
            testId="outbox-empty"
            icon={<IconMail size={28} />}
            title={t('admin.outbox.empty.title')}
            description={t('admin.outbox.empty.description')}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(mail) => mail.id}
            label={t('admin.sections.outbox.title')}
            pagination={{
              page: data.page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: (p) => void navigate({ search: { page: p > 1 ? p : undefined } }),
            }}
            framed
            minWidth={680}
            testId="outbox-table"
            rowTestId="outbox-row"
          />
        )}
      </QueryView>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.subject} size="lg">
        {open ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('admin.outbox.toLine', { to: open.to, at: formatDateTime(open.createdAt) })}
            </Text>
            <Paper p="md" bg="gray.0">
              <MailText text={open.text ?? ''} />
            </Paper>
          </Stack>
        ) : null}
      </Modal>
    </Page>
  );
}
