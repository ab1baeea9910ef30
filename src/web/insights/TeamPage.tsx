import { Badge, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamScope } from '../../contracts/teamView';
import { EmptyPanel } from '../components/EmptyPanel';
import { ButtonLink } from '../components/links';
import { Page } from '../components/Page';
import { QueryView } from '../components/QueryView';
import { TableSkeleton } from '../components/TableSkeleton';
import { useIsPhone } from '../components/useIsPhone';
import { openPipsByEmployeeQuery } from '../performance/improvementPlans/api';
import { teamViewQuery } from './team/api';
import { type OpenPlans, TeamCards, TeamTable } from './team/TeamViews';

const noPlans: OpenPlans = {};

/**
 * The manager's team view (SPEC S5): per person, goal health, the review's next step, 1:1s, the
 * career conversation, the plan they share, open feedback requests and the next thing to do — for
 * the direct reports or the whole team below, with a flag on anyone whose improvement plan is under way. Cards on a phone, so it never gets a clipped table;
 * from there up a table, which scrolls inside its own box while the window is narrower than it.
 */
export function TeamPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [scope, setScope] = useState<TeamScope>('direct');
  const team = useInfiniteQuery(teamViewQuery(scope));
  const total = team.data?.pages[0]?.total;
  // Asked beside the team, never inside it: the flag comes from the plans list and its own reach, and
  // the team shows without flags if that list is slow or fails (the plans list has its own page).
  const openPlans = useQuery(openPipsByEmployeeQuery()).data ?? noPlans;

  return (
    <Page title={t('team.title')} description={t('teamView.lead')}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl
            value={scope}
            onChange={(value) => setScope(value as TeamScope)}
            aria-label={t('teamView.scope.label')}
            data-testid="team-scope"
            data={[
              { value: 'direct', label: t('teamView.scope.direct') },
              { value: 'subtree', label: t('teamView.scope.subtree') },
            ]}
          />
          {total !== undefined ? (
            <Badge variant="light" size="lg" data-testid="team-count">
              {t('teamView.count', { count: total })}
            </Badge>
          ) : null}
        </Group>
        <section aria-label={t(`teamView.scope.${scope}`)} aria-busy={team.isPending}>
          <QueryView
            query={team}
            skeleton={<TableSkeleton rows={5} />}
            isEmpty={(data) => (data.pages[0]?.total ?? 0) === 0}
            loadMore
            loadMoreTestId="team-more"
            empty={
              <EmptyPanel
                testId="team-empty"
                icon={<IconUsersGroup size={28} />}
                title={scope === 'direct' ? t('team.empty.title') : t('teamView.emptySubtree.title')}
                description={
                  scope === 'direct' ? t('team.empty.description') : t('teamView.emptySubtree.description')
                }
                actions={
                  <ButtonLink to="/org-chart" search={{}} variant="default">
                    {t('team.openOrgChart')}
                  </ButtonLink>
                }
              />
            }
          >
            {(data) => {
              const members = data.pages.flatMap((page) => page.items);
              return phone ? (
                <TeamCards members={members} openPlans={openPlans} />
              ) : (
                <TeamTable members={members} openPlans={openPlans} />
              );
            }}
          </QueryView>
        </section>
      </Stack>
    </Page>
  );
}
