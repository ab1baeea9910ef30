import { Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarExclamation,
  IconCertificate,
  IconChecklist,
  IconClipboardCheck,
  IconEraser,
  IconEye,
  IconMessage2,
  IconMessages,
  IconScale,
  IconSignature,
  IconUsersGroup,
} from '@tabler/icons-react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeTask, HomeTaskKind } from '../../contracts/homeTasks';
import { apiGet } from '../api/client';
import { formatDate } from '../app/format';
import { hasRole, useMe } from '../app/session';
import { EmptyPanel } from '../components/EmptyPanel';
import { AnchorLink } from '../components/links';
import { QueryView } from '../components/QueryView';
import { TableSkeleton } from '../components/TableSkeleton';

export const homeTasksQuery = queryOptions({
  queryKey: ['home', 'tasks'],
  queryFn: ({ signal }) => apiGet('/api/home/tasks', { signal }),
});

const icons: Record<HomeTaskKind, ReactNode> = {
  'review.self': <IconClipboardCheck size={18} />,
  'review.manager': <IconClipboardCheck size={18} />,
  'review.peer': <IconMessage2 size={18} />,
  'review.acknowledge': <IconChecklist size={18} />,
  'calibration.signOff': <IconSignature size={18} />,
  'feedback360.answer': <IconMessages size={18} />,
  'feedback360.nominate': <IconUsersGroup size={18} />,
  'feedback360.approve': <IconUsersGroup size={18} />,
  'feedback360.release': <IconEye size={18} />,
  'conversations.overdue': <IconCalendarExclamation size={18} />,
  'plans.toLook': <IconEye size={18} />,
  'certifications.expiring': <IconCertificate size={18} />,
  'hr.erasureApproval': <IconEraser size={18} />,
  'hr.cycleDeadlines': <IconCalendarExclamation size={18} />,
  'hr.calibrationToPrepare': <IconScale size={18} />,
};

/** Where each task is done: the link's text is the task itself. */
function TaskLink({ kind, children }: { kind: HomeTaskKind; children: ReactNode }) {
  const common = { fw: 600, size: 'sm', 'data-testid': `home-task-link-${kind}` } as const;
  switch (kind) {
    case 'review.self':
    case 'review.manager':
    case 'review.peer':
    case 'review.acknowledge':
      return (
        <AnchorLink to="/performance/reviews" {...common}>
          {children}
        </AnchorLink>
      );
    case 'calibration.signOff':
      return (
        <AnchorLink to="/performance/calibration" {...common}>
          {children}
        </AnchorLink>
      );
    case 'feedback360.answer':
      return (
        <AnchorLink to="/growth/360" search={{ tab: 'tasks' }} {...common}>
          {children}
        </AnchorLink>
      );
    case 'feedback360.nominate':
      return (
        <AnchorLink to="/growth/360" search={{ tab: 'mine' }} {...common}>
          {children}
        </AnchorLink>
      );
    case 'feedback360.approve':
      return (
        <AnchorLink to="/growth/360" search={{ tab: 'approvals' }} {...common}>
          {children}
        </AnchorLink>
      );
    case 'feedback360.release':
      return (
        <AnchorLink to="/growth/360" search={{ tab: 'coaching' }} {...common}>
          {children}
        </AnchorLink>
      );
    case 'conversations.overdue':
      return (
        <AnchorLink to="/growth/conversations" {...common}>
          {children}
        </AnchorLink>
      );
    case 'plans.toLook':
      return (
        <AnchorLink to="/growth/plans" {...common}>
          {children}
        </AnchorLink>
      );
    case 'certifications.expiring':
      return (
        <AnchorLink to="/growth/learning" search={{ tab: 'certifications' }} {...common}>
          {children}
        </AnchorLink>
      );
    case 'hr.erasureApproval':
      return (
        <AnchorLink to="/admin/erasure" search={{}} {...common}>
          {children}
        </AnchorLink>
      );
    case 'hr.cycleDeadlines':
      return (
        <AnchorLink to="/performance/cycles" {...common}>
          {children}
        </AnchorLink>
      );
    case 'hr.calibrationToPrepare':
      return (
        <AnchorLink to="/performance/calibration" {...common}>
          {children}
        </AnchorLink>
      );
  }
}

function TaskRow({ task }: { task: HomeTask }) {
  const { t } = useTranslation();
  const dateKey = task.kind === 'certifications.expiring' ? 'home.tasks.expires' : 'home.tasks.due';
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="home-task" data-kind={task.kind}>
      <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
        {icons[task.kind]}
      </ThemeIcon>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <TaskLink kind={task.kind}>{t(`home.tasks.kinds.${task.kind}`, { count: task.count })}</TaskLink>
        {task.due ? (
          <Text size="xs" c="dimmed">
            {t(dateKey, { date: formatDate(task.due) })}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

/**
 * "Your tasks" at the top of home, for every account: what waits for the caller, each with a count
 * and a link to where it is done, or an honest "nothing needs you".
 */
export function HomeTasks() {
  const { t } = useTranslation();
  const me = useMe();
  const tasks = useQuery(homeTasksQuery);
  const emptyText = !me.person
    ? t('home.tasks.empty.noPerson')
    : hasRole(me, 'coach')
      ? t('home.tasks.empty.coach')
      : t('home.tasks.empty.description');
  return (
    <section aria-label={t('home.tasks.title')} data-testid="home-tasks">
      <QueryView
        query={tasks}
        skeleton={<TableSkeleton rows={2} />}
        empty={
          <EmptyPanel
            icon={<IconChecklist size={28} />}
            title={t('home.tasks.empty.title')}
            description={emptyText}
            testId="home-tasks-empty"
          />
        }
      >
        {(data) => (
          <Paper withBorder p="md">
            <Group gap="xs" mb="sm">
              <Title order={2} size="h4">
                {t('home.tasks.title')}
              </Title>
              <Badge variant="light" radius="sm">
                {t('home.tasks.total', { count: data.items.reduce((sum, task) => sum + task.count, 0) })}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
              {data.items.map((task) => (
                <TaskRow key={task.kind} task={task} />
              ))}
            </SimpleGrid>
          </Paper>
        )}
      </QueryView>
    </section>
  );
}
