import { Button, Group, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus, IconTarget, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { DownloadMenu } from '../../components/DownloadMenu';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { GOALS_PAGE_SIZE, goalListQuery, goalsCsvHref } from './api';
import { GoalCard } from './GoalBits';
import { GoalFormModal } from './GoalFormModal';
import { GoalTree } from './GoalTree';

type View = 'mine' | 'team' | 'tree';

/** `/performance/goals`: my goals, my team's goals (managers) and the company goal tree. */
export function GoalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [view, setView] = useState<View>('mine');
  const [creating, setCreating] = useState(false);
  const views: View[] = me.isManager ? ['mine', 'team', 'tree'] : ['mine', 'tree'];
  const newButton = me.person ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('goals.new')}
    </Button>
  ) : null;
  return (
    <Page title={t('goals.title')} description={t('goals.lead')} actions={newButton}>
      <SegmentedControl
        aria-label={t('goals.views.label')}
        data={views.map((value) => ({ value, label: t(`goals.views.${value}`) }))}
        value={view}
        onChange={(value) => setView(value as View)}
        w={{ base: '100%', sm: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'tree' ? <GoalTree /> : <GoalList scope={view} newButton={newButton} />}
      <GoalFormModal opened={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

function GoalList({ scope, newButton }: { scope: 'mine' | 'team'; newButton: React.ReactNode }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const goals = useQuery(goalListQuery(scope, page));
  return (
    <QueryView
      query={goals}
      skeleton={<TableSkeleton rows={4} />}
      empty={
        <EmptyPanel
          testId="goals-empty"
          icon={scope === 'mine' ? <IconTarget size={28} /> : <IconUsers size={28} />}
          title={t(`goals.empty.${scope}.title`)}
          description={t(`goals.empty.${scope}.description`)}
          actions={scope === 'mine' ? newButton : undefined}
        />
      }
    >
      {(data) => (
        <Stack gap="md">
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            component="ul"
            p={0}
            m={0}
            aria-label={t(`goals.views.${scope}`)}
          >
            {data.items.map((goal) => (
              <GoalCard key={goal.id} goal={goal} showOwner={scope === 'team'} />
            ))}
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap">
            <Pager page={page} pageSize={GOALS_PAGE_SIZE} total={data.total} onChange={setPage} />
            <DownloadMenu
              label={t('goals.download')}
              items={[
                { label: t('goals.download'), href: goalsCsvHref(scope), format: 'csv', testId: 'goals-csv' },
              ]}
            />
          </Group>
        </Stack>
      )}
    </QueryView>
  );
}
