import { Alert, Badge, Button, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileText, IconPlus, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { toneAlert } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { planQuery } from './api';
import { GoalCard } from './GoalCard';
import { GoalModal } from './GoalModal';
import { planStatusColor } from './PlanCard';
import { PlanMenu, ShareControl } from './PlanControls';
import { ProgressHistory } from './ProgressHistory';
import { UpdatesPanel } from './UpdatesPanel';

const route = getRouteApi('/app/growth/plans/$planId');

/** `/growth/plans/$planId`: the whole plan — goals, actions, evidence, progress and sharing. */
export function PlanPage() {
  const { t } = useTranslation();
  const { planId } = route.useParams();
  const me = useMe();
  const query = useQuery(planQuery(planId));
  const [addingGoal, setAddingGoal] = useState(false);
  const back = (
    <AnchorLink to="/growth/plans" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('plans.detail.back')}
      </Group>
    </AnchorLink>
  );
  if (query.isPending) {
    return (
      <Stack aria-busy="true" aria-label={t('plans.detail.loading')}>
        {back}
        <Skeleton height={36} width="60%" />
        <Skeleton height={120} />
        <Skeleton height={220} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Page title={t('plans.title')} above={back}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const plan = query.data;
  const own = me.person?.id === plan.owner.id;
  return (
    <Page
      title={plan.title}
      above={back}
      actions={own ? <PlanMenu plan={plan} /> : null}
      description={
        <Group gap="xs">
          <Badge color={planStatusColor[plan.status]} variant="light" size="lg">
            {t(`plans.status.${plan.status}`)}
          </Badge>
          {own ? null : (
            <Text c="dimmed" size="sm">
              {t('plans.detail.owner', { name: plan.owner.displayName })}
            </Text>
          )}
        </Group>
      }
    >
      {plan.seededFromLabel ? (
        <Alert
          color="indigo"
          variant="light"
          icon={<IconFileText size={18} aria-hidden />}
          data-testid="plan-seeded"
        >
          {t('plans.detail.seeded', { cycle: plan.seededFromLabel })}
        </Alert>
      ) : null}
      {own ? (
        <ShareControl plan={plan} />
      ) : (
        <Alert color="gray" variant="light">
          {t('plans.detail.readOnly', { name: plan.owner.displayName })}
        </Alert>
      )}
      {own && plan.status === 'archived' ? (
        <Alert {...toneAlert('neutral')}>{t('plans.detail.archived')}</Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md" component="section" aria-labelledby="plan-goals">
            <Group justify="space-between">
              <Title order={2} size="h3" id="plan-goals">
                {t('plans.detail.goalsTitle')}
              </Title>
              {plan.abilities.edit ? (
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setAddingGoal(true)}
                >
                  {t('plans.goal.add')}
                </Button>
              ) : null}
            </Group>
            {plan.goals.length === 0 ? (
              <EmptyPanel
                icon={<IconTarget size={28} />}
                title={t('plans.goal.add')}
                description={t('plans.detail.noGoals')}
                order={3}
              />
            ) : (
              plan.goals.map((goal) => <GoalCard key={goal.id} plan={plan} goal={goal} />)
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ProgressHistory plan={plan} />
            <UpdatesPanel plan={plan} />
          </Stack>
        </Grid.Col>
      </Grid>
      {addingGoal ? <GoalModal plan={plan} opened onClose={() => setAddingGoal(false)} /> : null}
    </Page>
  );
}
