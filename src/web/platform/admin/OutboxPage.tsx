import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconLock, IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
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
          <Stack gap="sm">
            <Paper p={0} style={{ overflow: 'hidden' }}>
              <Table data-testid="outbox-table" aria-label={t('admin.sections.outbox.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.outbox.subject')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">
                      {t('admin.outbox.to')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">
                      {t('admin.outbox.dataClass')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('admin.outbox.sentAt')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('admin.outbox.transport')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((mail) => (
                    <Table.Tr key={mail.id} data-testid="outbox-row">
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          {mail.view === 'content' ? (
                            <Button variant="subtle" size="compact-sm" px={4} onClick={() => setOpen(mail)}>
                              {mail.subject}
                            </Button>
                          ) : (
                            <Hidden label={t('admin.outbox.contentHidden')} />
                          )}
                          <Code>{mail.kind}</Code>
                          <Text size="xs" c="dimmed" hiddenFrom="sm">
                            {mail.to ?? t('admin.outbox.recipientHidden')} · {className(mail.dataClass)} ·{' '}
                            {formatDateTime(mail.createdAt)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        {mail.to ?? <Hidden label={t('admin.outbox.recipientHidden')} />}
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Badge color="gray" variant="light">
                          {className(mail.dataClass)}
                        </Badge>
                      </Table.Td>
                      <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(mail.createdAt)}
                      </Table.Td>
                      <Table.Td visibleFrom="md">
                        <Badge color={mail.transport === 'smtp' ? 'blue' : 'gray'}>
                          {t(`admin.outbox.transports.${mail.transport}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
            />
          </Stack>
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
