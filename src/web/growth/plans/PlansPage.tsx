import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileText, IconPlus, IconRoute, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { coverageQuery, myPlansQuery, PLANS_PAGE_SIZE, sharedPlansQuery } from './api';
import { NewPlanModal } from './NewPlanModal';
import { OffersPanel } from './OffersPanel';
import { PlanCard } from './PlanCard';
import { SeedFromReviewModal } from './SeedFromReviewModal';

/** `/growth/plans`: my plans; for managers the plans their reports shared; for HR coverage counts. */
export function PlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [seeding, setSeeding] = useState(false);
  const ownsPlans = me.person !== null;
  const actions = ownsPlans ? (
    <>
      <Button
        variant="default"
        leftSection={<IconFileText size={16} aria-hidden />}
        onClick={() => setSeeding(true)}
      >
        {t('plans.fromReview')}
      </Button>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
        {t('plans.newPlan')}
      </Button>
    </>
  ) : null;
  return (
    <Page title={t('plans.title')} description={t('plans.lead')} actions={actions}>
      {ownsPlans ? <OffersPanel /> : null}
      {ownsPlans ? (
        <MyPlans onCreate={() => setCreating(true)} />
      ) : hasRole(me, 'hr_admin') ? null : (
        <EmptyPanel
          icon={<IconRoute size={28} />}
          title={t('plans.noPerson.title')}
          description={t('plans.noPerson.description')}
        />
      )}
      {me.isManager ? <SharedWithMe /> : null}
      {hasRole(me, 'hr_admin') ? <Coverage /> : null}
      <NewPlanModal opened={creating} onClose={() => setCreating(false)} />
      <SeedFromReviewModal opened={seeding} onClose={() => setSeeding(false)} />
    </Page>
  );
}

function MyPlans({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(myPlansQuery(page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="plans-mine">
      <Title order={2} size="h3" id="plans-mine">
        {t('plans.mine')}
      </Title>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={3} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconRoute size={28} />}
            title={t('plans.emptyMine.title')}
            description={t('plans.emptyMine.description')}
            order={3}
            actions={
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
                {t('plans.newPlan')}
              </Button>
            }
          />
        }
      >
        {(data) => (
          <>
            {data.items.map((plan) => (
              <PlanCard key={plan.id} plan={plan} />
            ))}
            {data.total > PLANS_PAGE_SIZE ? (
              <Pager page={page} pageSize={PLANS_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
    </Stack>
  );
}

function SharedWithMe() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(sharedPlansQuery(page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="plans-shared">
      <Title order={2} size="h3" id="plans-shared">
        {t('plans.sharedWithMe')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('plans.sharedWithMeLead')}
      </Text>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconUsers size={28} />}
            title={t('plans.emptyShared.title')}
            description={t('plans.emptyShared.description')}
            order={3}
          />
        }
      >
        {(data) => (
          <>
            {data.items.map((plan) => (
              <PlanCard key={plan.id} plan={plan} showOwner />
            ))}
            {data.total > PLANS_PAGE_SIZE ? (
              <Pager page={page} pageSize={PLANS_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
    </Stack>
  );
}

/** HR: counts per department, never content (the server sends nothing else). */
function Coverage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(coverageQuery(page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="plans-coverage">
      <Title order={2} size="h3" id="plans-coverage">
        {t('plans.coverage.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('plans.coverage.lead')}
      </Text>
      <QueryView query={query} skeleton={<TableSkeleton rows={4} />}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={360}>
              <Table striped>
                <Table.Caption>{t('plans.coverage.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('plans.coverage.department')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('plans.coverage.people')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('plans.coverage.withPlan')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('plans.coverage.share')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((row) => (
                    <Table.Tr key={row.departmentId ?? 'none'}>
                      <Table.Td>{row.departmentName ?? t('plans.coverage.noDepartment')}</Table.Td>
                      <Table.Td ta="right">{row.people}</Table.Td>
                      <Table.Td ta="right">{row.withActivePlan}</Table.Td>
                      <Table.Td ta="right">
                        {row.people === 0 ? '–' : `${Math.round((row.withActivePlan / row.people) * 100)}%`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.total > 25 ? (
              <Pager page={page} pageSize={25} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
