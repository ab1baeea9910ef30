import { Code, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PipDetail } from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { QueryView } from '../../components/QueryView';
import { type PipRevisionItem, pipRevisionsQuery } from './api';

type Change = PipRevisionItem['changes'][number];

/** One side of a section's change, as readable text (the parts are small JSON values). */
function Side({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap' }}>
        {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

function ChangeView({ change }: { change: Change }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t(`improvementPlans.history.section.${change.section}`)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {'before' in change && change.before !== null ? (
          <Side label={t('improvementPlans.history.before')} value={change.before} />
        ) : null}
        {'after' in change ? <Side label={t('improvementPlans.history.after')} value={change.after} /> : null}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * The plan's revisions, newest first: what changed in the parts the caller reads (the server sends
 * nothing of the others) and when the employee acknowledged.
 */
export function HistoryPanel({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const revisions = useInfiniteQuery(pipRevisionsQuery(plan.id));
  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('improvementPlans.history.title')}
        </Title>
        <QueryView
          query={revisions}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={
            <Text size="sm" c="dimmed">
              {t('improvementPlans.history.empty')}
            </Text>
          }
          loadMore
        >
          {(data) => (
            <Stack gap="md" data-testid="pip-history">
              {data.pages
                .flatMap((page) => page.items)
                .map((revision) => (
                  <Stack key={revision.number} gap={4}>
                    <Text fw={600}>
                      {t('improvementPlans.history.revision', {
                        number: revision.number,
                        kind: t(`improvementPlans.history.kind.${revision.kind}`),
                      })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('improvementPlans.history.by', {
                        date: formatDate(revision.at),
                        name: revision.by?.displayName ?? '—',
                      })}
                      {revision.kind === 'closed'
                        ? ''
                        : ` · ${
                            revision.acknowledgedAt
                              ? t('improvementPlans.history.acknowledged', {
                                  date: formatDate(revision.acknowledgedAt),
                                })
                              : t('improvementPlans.history.notAcknowledged')
                          }`}
                    </Text>
                    {revision.kind === 'published'
                      ? null
                      : revision.changes.map((change) => <ChangeView key={change.section} change={change} />)}
                  </Stack>
                ))}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
