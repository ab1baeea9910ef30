import { Anchor, Badge, Button, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { TableSkeleton } from '../../components/TableSkeleton';
import { type OutboxEmail, outboxQuery } from '../api';

const route = getRouteApi('/app/admin/outbox');
const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** Plain-text mail with its links clickable (reset and invitation links are what people look for). */
function MailText({ text }: { text: string }) {
  const parts: { at: number; text: string; url: boolean }[] = [];
  let at = 0;
  text.split(urlPattern).forEach((part, index) => {
    parts.push({ at, text: part, url: index % 2 === 1 });
    at += part.length;
  });
  return (
    <Text
      component="pre"
      size="sm"
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit', margin: 0 }}
      data-testid="outbox-text"
    >
      {parts.map((part) =>
        part.url ? (
          <Anchor key={part.at} href={part.text}>
            {part.text}
          </Anchor>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const outbox = useQuery(outboxQuery(page));
  const [open, setOpen] = useState<OutboxEmail | null>(null);

  return (
    <Page title={t('admin.sections.outbox.title')} description={t('admin.outbox.lead')} above={<AdminBack />}>
      {outbox.isPending ? (
        <TableSkeleton />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyPanel
          testId="outbox-empty"
          icon={<IconMail size={28} />}
          title={t('admin.outbox.empty.title')}
          description={t('admin.outbox.empty.description')}
        />
      ) : (
        <Stack gap="sm">
          <Paper p={0} style={{ overflow: 'hidden' }}>
            <Table data-testid="outbox-table" aria-label={t('admin.sections.outbox.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.outbox.subject')}</Table.Th>
                  <Table.Th scope="col" visibleFrom="sm">
                    {t('admin.outbox.to')}
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
                {outbox.data.items.map((mail) => (
                  <Table.Tr key={mail.id} data-testid="outbox-row">
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <Button variant="subtle" size="compact-sm" px={4} onClick={() => setOpen(mail)}>
                          {mail.subject}
                        </Button>
                        <Text size="xs" c="dimmed" hiddenFrom="sm">
                          {mail.to} · {formatDateTime(mail.createdAt)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{mail.to}</Table.Td>
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
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
          />
        </Stack>
      )}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.subject} size="lg">
        {open ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('admin.outbox.toLine', { to: open.to, at: formatDateTime(open.createdAt) })}
            </Text>
            <Paper p="md" bg="gray.0">
              <MailText text={open.text} />
            </Paper>
          </Stack>
        ) : null}
      </Modal>
    </Page>
  );
}
