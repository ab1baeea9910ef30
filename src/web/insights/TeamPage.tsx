import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../components/links';
import { Page } from '../components/Page';
import { PersonAvatar } from '../components/PersonAvatar';
import { StatusBadge } from '../components/StatusBadge';
import { fetchChildren, orgChildrenKey, personQuery } from '../org/api';

/** The manager's team: direct reports from the org chart; per-report status comes with later features. */
export function TeamPage() {
  const { t } = useTranslation();
  const me = useMe();
  const personId = me.person?.id;
  const reports = useInfiniteQuery({
    queryKey: orgChildrenKey(personId ?? 'none'),
    queryFn: ({ pageParam, signal }) => fetchChildren(personId!, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(personId),
  });
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
  const self = useQuery({ ...personQuery(personId ?? 'none'), enabled: Boolean(personId) });
  const total = Math.max(self.data?.directReportCount ?? 0, items.length);

  return (
    <Page title={t('team.title')} description={t('team.lead')}>
      {!personId || (reports.isSuccess && items.length === 0) ? (
        <EmptyPanel
          testId="team-empty"
          icon={<IconUsersGroup size={28} />}
          title={t('team.empty.title')}
          description={t('team.empty.description')}
          actions={
            <ButtonLink to="/org-chart" search={{}} variant="default">
              {t('team.openOrgChart')}
            </ButtonLink>
          }
        />
      ) : (
        <section aria-labelledby="direct-reports">
          <Group justify="space-between" mb="sm">
            <Title order={2} id="direct-reports" size="h3">
              {t('team.directReports')}
            </Title>
            {reports.isSuccess ? <Badge variant="light">{t('team.count', { count: total })}</Badge> : null}
          </Group>
          {reports.isError ? (
            <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="team-list">
            {reports.isPending
              ? ['s1', 's2', 's3'].map((key) => <Skeleton key={key} height={96} radius="md" />)
              : items.map((person) => (
                  <Paper key={person.id} p="md" data-testid="team-member">
                    <Group wrap="nowrap" align="flex-start">
                      <PersonAvatar name={person.displayName} size={44} />
                      <Stack gap={2} miw={0}>
                        <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
                          {person.displayName}
                        </AnchorLink>
                        <Text size="sm" c="dimmed" truncate>
                          {person.jobTitle || t('common.noTitle')}
                        </Text>
                        <Group gap={6} mt={4}>
                          {person.status !== 'active' ? (
                            <StatusBadge status={person.status} size="xs" />
                          ) : null}
                          {person.directReportCount > 0 ? (
                            <Badge color="gray" size="xs">
                              {t('orgChart.reports', { count: person.directReportCount })}
                            </Badge>
                          ) : null}
                        </Group>
                      </Stack>
                    </Group>
                  </Paper>
                ))}
          </SimpleGrid>
          {reports.hasNextPage ? (
            <Group justify="center" mt="md">
              <Button
                variant="default"
                onClick={() => void reports.fetchNextPage()}
                loading={reports.isFetchingNextPage}
              >
                {t('team.showMore', { count: total - items.length })}
              </Button>
            </Group>
          ) : null}
          <Paper p="md" mt="lg" bg="gray.0">
            <Text size="sm" c="dimmed">
              {t('team.comingSoon')}
            </Text>
          </Paper>
        </section>
      )}
    </Page>
  );
}
