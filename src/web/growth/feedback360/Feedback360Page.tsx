import { Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChecklist, IconMessages, IconPlus, IconSchool, IconUsersGroup } from '@tabler/icons-react';
import { type UseQueryResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page as PageOf } from '../../../contracts/common';
import type { Program360, Request360Status } from '../../../contracts/feedback360';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { request360Tone, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { ApprovalCard } from './ApprovalCard';
import {
  approvalsQuery,
  coacheesQuery,
  keys360,
  myRequestsQuery,
  PAGE_SIZE_360,
  programsQuery,
  tasksQuery,
  writes360,
} from './api';
import { CreateRequestModal } from './CreateRequestModal';
import type { Tab360 } from './routes';

const route = getRouteApi('/app/growth/360');

export function StatusBadge360({ status }: { status: Request360Status }) {
  const { t } = useTranslation();
  return <Badge {...toneBadge(request360Tone[status])}>{t(`feedback360.status.${status}`)}</Badge>;
}

/** HR ends collection of a program 360 (the report then goes to the person or their coach, never HR). */
function CloseForProgram({ participant }: { participant: Program360['participants'][number] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => writes360.action(participant.requestId, 'close', participant.version),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('feedback360.programs.closed') });
      void queryClient.invalidateQueries({ queryKey: keys360.all });
    },
  });
  return (
    <Button
      size="compact-xs"
      variant="default"
      onClick={() => close.mutate()}
      loading={close.isPending}
      aria-label={`${t('feedback360.programs.close')}: ${participant.subject.displayName}`}
    >
      {t('feedback360.programs.close')}
    </Button>
  );
}

/** A paged list with loading, error and empty states. */
function Listing<T>({
  query,
  page,
  onPage,
  empty,
  render,
}: {
  query: UseQueryResult<PageOf<T>>;
  page: number;
  onPage: (page: number) => void;
  empty: ReactNode;
  render: (item: T) => ReactNode;
}) {
  return (
    <QueryView
      query={query}
      skeleton={<TableSkeleton rows={3} />}
      // By the total, not this page's items: a page past the end is not "nothing yet".
      isEmpty={(data) => data.total === 0}
      empty={empty}
    >
      {(data) => (
        <Stack gap="sm">
          {data.items.map(render)}
          <Pager page={page} pageSize={PAGE_SIZE_360} total={data.total} onChange={onPage} />
        </Stack>
      )}
    </QueryView>
  );
}

/** `/growth/360`: my 360s, requests to rate, approvals, coaching and (HR) program status. */
export function Feedback360Page() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab: Tab360 = search.tab ?? 'mine';
  const [creating, setCreating] = useState(false);
  const [pages, setPages] = useState<Record<Tab360, number>>({
    mine: 1,
    tasks: 1,
    approvals: 1,
    coaching: 1,
    programs: 1,
  });
  const setPage = (key: Tab360) => (page: number) => setPages((p) => ({ ...p, [key]: page }));
  const isHr = hasRole(me, 'hr_admin');
  const mine = useQuery({ ...myRequestsQuery(pages.mine), enabled: tab === 'mine' });
  const tasks = useQuery({ ...tasksQuery(pages.tasks), enabled: tab === 'tasks' });
  const approvals = useQuery(approvalsQuery(pages.approvals));
  const coaching = useQuery(coacheesQuery(pages.coaching));
  const programs = useQuery({ ...programsQuery(pages.programs), enabled: isHr && tab === 'programs' });
  const showApprovals = (approvals.data?.total ?? 0) > 0 || tab === 'approvals';
  const showCoaching = (coaching.data?.total ?? 0) > 0 || tab === 'coaching';
  const visibleTabs: [Tab360, ReactNode][] = [
    ['mine', <IconMessages key="i" size={16} aria-hidden />],
    ['tasks', <IconChecklist key="i" size={16} aria-hidden />],
    ...(showApprovals
      ? [['approvals', <IconUsersGroup key="i" size={16} aria-hidden />] as [Tab360, ReactNode]]
      : []),
    ...(showCoaching
      ? [['coaching', <IconSchool key="i" size={16} aria-hidden />] as [Tab360, ReactNode]]
      : []),
    ...(isHr ? [['programs', <IconUsersGroup key="i" size={16} aria-hidden />] as [Tab360, ReactNode]] : []),
  ];
  const startButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('feedback360.start')}
    </Button>
  );

  return (
    <Page title={t('feedback360.title')} description={t('feedback360.lead')} actions={startButton}>
      <CreateRequestModal opened={creating} onClose={() => setCreating(false)} />
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: (value as Tab360) ?? undefined }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('feedback360.tabs.label')}>
          {visibleTabs.map(([value, icon]) => (
            <Tabs.Tab key={value} value={value} leftSection={icon}>
              {t(`feedback360.tabs.${value}`)}
              {value === 'approvals' && approvals.data?.total ? ` (${approvals.data.total})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <Listing
            query={mine}
            page={pages.mine}
            onPage={setPage('mine')}
            empty={
              <EmptyPanel
                icon={<IconMessages />}
                title={t('feedback360.empty.mineTitle')}
                description={t('feedback360.empty.mine')}
                actions={startButton}
              />
            }
            render={(r) => (
              <Paper key={r.id} withBorder p="md" data-testid="feedback360-mine-item">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Title order={2} size="h4">
                        {r.programName || t('feedback360.request.title')}
                      </Title>
                      <StatusBadge360 status={r.status} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t('feedback360.list.started', { date: formatDate(r.createdOn) })} ·{' '}
                      {t('feedback360.list.deadline', { date: formatDate(r.deadline) })}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {r.reportReady ? (
                      <ButtonLink to="/growth/360/$requestId/report" params={{ requestId: r.id }} size="sm">
                        {t('feedback360.list.openReport')}
                      </ButtonLink>
                    ) : null}
                    <ButtonLink
                      to="/growth/360/$requestId"
                      params={{ requestId: r.id }}
                      size="sm"
                      variant="default"
                    >
                      {t('feedback360.list.open')}
                    </ButtonLink>
                  </Group>
                </Group>
              </Paper>
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <Listing
            query={tasks}
            page={pages.tasks}
            onPage={setPage('tasks')}
            empty={
              <EmptyPanel
                icon={<IconChecklist />}
                title={t('feedback360.empty.tasksTitle')}
                description={t('feedback360.empty.tasks')}
              />
            }
            render={(task) => (
              <Paper key={task.id} withBorder p="md" data-testid="feedback360-task">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Title order={2} size="h4">
                      {t('feedback360.list.forWhom', { name: task.subject.displayName })}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t('feedback360.list.yourGroup', { group: t(`feedback360.groups.${task.group}`) })} ·{' '}
                      {t('feedback360.list.deadline', { date: formatDate(task.deadline) })}
                    </Text>
                    {task.named ? (
                      <Badge {...toneBadge('caution')} w="fit-content">
                        {t('feedback360.list.named')}
                      </Badge>
                    ) : null}
                  </Stack>
                  {task.status === 'pending' ? (
                    <ButtonLink to="/growth/360/respond/$taskId" params={{ taskId: task.id }} size="sm">
                      {t('feedback360.list.answer')}
                    </ButtonLink>
                  ) : (
                    <Badge variant="light" color="gray">
                      {t(`feedback360.taskStatus.${task.status}`)}
                    </Badge>
                  )}
                </Group>
              </Paper>
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="approvals" pt="md">
          <Listing
            query={approvals}
            page={pages.approvals}
            onPage={setPage('approvals')}
            empty={
              <EmptyPanel
                icon={<IconUsersGroup />}
                title={t('feedback360.empty.approvalsTitle')}
                description={t('feedback360.empty.approvals')}
              />
            }
            render={(approval) => <ApprovalCard key={approval.id} approval={approval} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="coaching" pt="md">
          <Listing
            query={coaching}
            page={pages.coaching}
            onPage={setPage('coaching')}
            empty={
              <EmptyPanel
                icon={<IconSchool />}
                title={t('feedback360.empty.coachingTitle')}
                description={t('feedback360.empty.coaching')}
              />
            }
            render={(r) => (
              <Paper key={r.id} withBorder p="md">
                <Group justify="space-between" wrap="wrap">
                  <Group gap="xs">
                    <Title order={2} size="h4">
                      {t('feedback360.list.forWhom', { name: r.subject.displayName })}
                    </Title>
                    <StatusBadge360 status={r.status} />
                  </Group>
                  <ButtonLink to="/growth/360/$requestId/report" params={{ requestId: r.id }} size="sm">
                    {t('feedback360.list.openReport')}
                  </ButtonLink>
                </Group>
              </Paper>
            )}
          />
        </Tabs.Panel>
        {isHr ? (
          <Tabs.Panel value="programs" pt="md">
            <Stack gap="sm">
              <Text c="dimmed" size="sm">
                {t('feedback360.programs.help')}
              </Text>
              <Listing
                query={programs}
                page={pages.programs}
                onPage={setPage('programs')}
                empty={
                  <EmptyPanel
                    icon={<IconUsersGroup />}
                    title={t('feedback360.empty.programsTitle')}
                    description={t('feedback360.empty.programs')}
                  />
                }
                render={(program) => (
                  <Paper key={program.programName} withBorder p="md" data-testid="feedback360-program">
                    <Stack gap="sm">
                      <Title order={2} size="h4">
                        {program.programName}
                      </Title>
                      <SimpleGrid cols={{ base: 2, sm: 5 }}>
                        {(Object.keys(program.counts) as Request360Status[]).map((status) => (
                          <Stack key={status} gap={0}>
                            <Text fw={700} size="xl">
                              {program.counts[status]}
                            </Text>
                            <Text size="sm" c="dimmed">
                              {t(`feedback360.status.${status}`)}
                            </Text>
                          </Stack>
                        ))}
                      </SimpleGrid>
                      <Text size="sm" fw={600}>
                        {t('feedback360.programs.participants')}
                      </Text>
                      {program.participants.map((p) => (
                        <Group key={p.requestId} justify="space-between" gap="xs">
                          <Text size="sm">{p.subject.displayName}</Text>
                          <Group gap="xs">
                            <StatusBadge360 status={p.status} />
                            {p.status === 'collecting' ? <CloseForProgram participant={p} /> : null}
                          </Group>
                        </Group>
                      ))}
                    </Stack>
                  </Paper>
                )}
              />
            </Stack>
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Page>
  );
}
