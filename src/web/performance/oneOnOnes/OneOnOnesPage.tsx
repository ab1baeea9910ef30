import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconMessages } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesSummary } from '../../../contracts/oneOnOnes';
import { formatDate } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { PersonAvatar } from '../../components/PersonAvatar';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { SERIES_PAGE_SIZE, seriesListQuery } from './api';
import { CreateSeriesModal } from './CreateSeriesModal';

/** `/performance/one-on-ones`: the caller's series with the next meeting of each. */
export function OneOnOnesPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const series = useQuery(seriesListQuery(page));
  const newButton = (
    <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('oneOnOnes.newSeries')}
    </Button>
  );

  return (
    <Page title={t('oneOnOnes.title')} description={t('oneOnOnes.lead')} actions={newButton}>
      <QueryView
        query={series}
        skeleton={<TableSkeleton rows={4} />}
        empty={
          <EmptyPanel
            testId="one-on-ones-empty"
            icon={<IconMessages size={28} />}
            title={t('oneOnOnes.empty.title')}
            description={t('oneOnOnes.empty.description')}
            actions={newButton}
          />
        }
      >
        {(data) => (
          <Stack gap="md">
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="md"
              component="ul"
              aria-label={t('oneOnOnes.list.label')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {data.items.map((item) => (
                <SeriesCard key={item.id} series={item} />
              ))}
            </SimpleGrid>
            <Pager page={page} pageSize={SERIES_PAGE_SIZE} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryView>
      <CreateSeriesModal opened={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

function SeriesCard({ series }: { series: SeriesSummary }) {
  const { t } = useTranslation();
  const name = series.withPerson.displayName;
  return (
    <Card component="li" withBorder padding="md" data-testid="series-card" style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <PersonAvatar name={name} size={40} />
          <Stack gap={0} miw={0}>
            <AnchorLink
              to="/performance/one-on-ones/$seriesId"
              params={{ seriesId: series.id }}
              fw={600}
              aria-label={t('oneOnOnes.list.open', { name })}
            >
              {name}
            </AnchorLink>
            <Text size="sm" c="dimmed" truncate>
              {series.withPerson.jobTitle}
            </Text>
          </Stack>
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {t(`oneOnOnes.cadence.${series.cadence}`)}
          </Badge>
          {series.openActionItems > 0 ? (
            <Badge {...toneBadge('caution')}>
              {t('oneOnOnes.list.openActions')}: {series.openActionItems}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          <Text span c="dimmed">
            {t('oneOnOnes.list.next')}:{' '}
          </Text>
          {series.nextMeeting ? formatDate(series.nextMeeting.scheduledOn) : t('oneOnOnes.list.none')}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t('oneOnOnes.list.lastMet')}:{' '}
          </Text>
          {series.lastMetOn ? formatDate(series.lastMetOn) : t('oneOnOnes.list.never')}
        </Text>
      </Stack>
    </Card>
  );
}
