import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { Page } from '../components/Page';
import { FeedbackNowPanel } from './feedback/FeedbackNowPanel';
import { GoalsNowPanel } from './goals/GoalsNowPanel';
import { OneOnOnesNowPanel } from './oneOnOnes/OneOnOnesNowPanel';
import { ReviewTaskNowPanel } from './reviews/ReviewTaskNowPanel';

/** `/performance`: the caller's "now" at a glance — review task, goals, next 1:1, recent feedback. */
export function PerformanceOverviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const personId = me.person?.id;
  return (
    <Page title={t('nav.performance')} description={t('performance.lead')}>
      {personId ? (
        <Stack gap="lg" data-testid="performance-overview">
          <ReviewTaskNowPanel personId={personId} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <GoalsNowPanel personId={personId} />
            <OneOnOnesNowPanel personId={personId} />
          </SimpleGrid>
          <FeedbackNowPanel personId={personId} />
        </Stack>
      ) : (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray" title={t('performance.noPerson.title')}>
          <Text size="sm">{t('performance.noPerson.description')}</Text>
        </Alert>
      )}
    </Page>
  );
}
