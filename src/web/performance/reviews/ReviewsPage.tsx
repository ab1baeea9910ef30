import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewTask } from '../../../contracts/reviews';
import { formatDate, today } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneText } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useIsPhone } from '../../components/useIsPhone';
import { historyQuery, PAGE_SIZE, tasksQuery } from './api';
import { FormStateBadge, OpenReviewLink, ReviewStateBadge } from './ReviewBits';

export function ReviewsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  return (
    <Page
      title={t('reviews.title')}
      description={t('reviews.lead')}
      actions={
        hr ? (
          <>
            <ButtonLink to="/performance/cycles" variant="default" size="sm">
              {t('reviews.hrLinks.cycles')}
            </ButtonLink>
            <ButtonLink to="/performance/review-templates" variant="default" size="sm">
              {t('reviews.hrLinks.templates')}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <TaskList />
      {me.person ? <History personId={me.person.id} /> : null}
    </Page>
  );
}

function taskTitle(task: ReviewTask, t: TFunction) {
  if (task.kind === 'self') return t('reviews.tasks.self');
  if (task.kind === 'acknowledge') return t('reviews.tasks.acknowledge');
  const name = task.subject.displayName;
  return task.kind === 'manager' ? t('reviews.tasks.manager', { name }) : t('reviews.tasks.peer', { name });
}

function TaskList() {
  const { t } = useTranslation();
  const tasks = useQuery(tasksQuery);
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-tasks-title">
      <Title order={2} size="h3" id="review-tasks-title">
        {t('reviews.tasks.title')}
      </Title>
      <QueryView
        query={tasks}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            icon={<IconClipboardCheck size={28} />}
            title={t('reviews.tasks.empty')}
            description={t('reviews.tasks.emptyHint')}
            order={3}
          />
        }
      >
        {(data) => (
          <Stack gap="xs" component="ul" p={0} m={0} data-testid="review-tasks">
            {data.items.map((task) => (
              <Paper
                key={`${task.kind}:${task.formId ?? task.reviewId}`}
                withBorder
                p="sm"
                component="li"
                style={{ listStyle: 'none' }}
              >
                <Group justify="space-between" gap="sm">
                  <Stack gap={2}>
                    <Text fw={600}>{taskTitle(task, t)}</Text>
                    <Text
                      size="sm"
                      c={
                        task.due < today() && task.formState !== 'submitted' ? toneText('negative') : 'dimmed'
                      }
                    >
                      {task.cycleName} · {t('reviews.tasks.due', { date: formatDate(task.due) })}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {task.formState ? <FormStateBadge state={task.formState} /> : null}
                    {task.kind === 'peer' && task.formId ? (
                      <ButtonLink
                        to="/performance/peer-input/$formId"
                        params={{ formId: task.formId }}
                        size="xs"
                        aria-label={`${t('reviews.tasks.open')}: ${taskTitle(task, t)}`}
                        data-testid={`review-task-${task.kind}`}
                      >
                        {t('reviews.tasks.open')}
                      </ButtonLink>
                    ) : task.reviewId ? (
                      <OpenReviewLink
                        reviewId={task.reviewId}
                        name={taskTitle(task, t)}
                        testId={`review-task-${task.kind}`}
                      />
                    ) : null}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function History({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useQuery(historyQuery(personId, page));
  // The server sends released reviews only (released=true), so the pager counts what is shown.
  const released = history.data?.items ?? [];
  const phone = useIsPhone();
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-history-title">
      <Title order={2} size="h3" id="review-history-title">
        {t('reviews.history.title')}
      </Title>
      <QueryView
        query={history}
        skeleton={<TableSkeleton rows={3} />}
        isEmpty={(data) => data.items.length === 0 && page === 1}
        empty={
          <EmptyPanel
            icon={<IconHistory size={28} />}
            title={t('reviews.history.empty')}
            description={t('reviews.history.emptyHint')}
            order={3}
          />
        }
      >
        {(data) => (
          <>
            {phone ? (
              <Stack component="ul" gap="xs" p={0} m={0} data-testid="review-history">
                {released.map((review) => (
                  <Paper key={review.id} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
                    <Group justify="space-between" gap="xs" align="flex-start">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600}>
                          {review.cycle.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatDate(review.cycle.periodStart)} – {formatDate(review.cycle.periodEnd)}
                        </Text>
                      </Stack>
                      <ReviewStateBadge state={review.state} />
                    </Group>
                    <Group justify="space-between" gap="xs" mt="xs">
                      <Text size="sm">
                        <Text span size="xs" c="dimmed">
                          {t('reviews.history.rating')}:{' '}
                        </Text>
                        {review.finalRating ? `${review.finalRating} · ${review.scaleLabel ?? ''}` : '—'}
                      </Text>
                      <OpenReviewLink reviewId={review.id} name={review.cycle.name} variant="default" />
                    </Group>
                  </Paper>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table data-testid="review-history">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reviews.cycles.name')}</Table.Th>
                      <Table.Th>{t('reviews.history.rating')}</Table.Th>
                      <Table.Th>{t('reviews.cycles.status')}</Table.Th>
                      <Table.Th>
                        <span className="visually-hidden">{t('reviews.tasks.open')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {released.map((review) => (
                      <Table.Tr key={review.id}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {review.cycle.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {formatDate(review.cycle.periodStart)} – {formatDate(review.cycle.periodEnd)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {review.finalRating ? `${review.finalRating} · ${review.scaleLabel ?? ''}` : '—'}
                        </Table.Td>
                        <Table.Td>
                          <ReviewStateBadge state={review.state} />
                        </Table.Td>
                        <Table.Td>
                          <OpenReviewLink reviewId={review.id} name={review.cycle.name} variant="default" />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}
