import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { feedbackAboutQuery } from './api';
import { FeedbackCard } from './FeedbackCard';

/**
 * Recent feedback about a person that the caller may read (the server filters by the feedback
 * policy: everything for oneself; shared-with-manager items for their managers and HR; public
 * praise for everyone). Compact, for the profile's "Now" half.
 */
export function FeedbackNowPanel({ personId, order = 3 }: { personId: string; order?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const feedback = useQuery(feedbackAboutQuery(personId));
  return (
    <Paper withBorder p="md" data-testid="feedback-now-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={order} size="h4">
            {t('feedback.panel.title')}
          </Title>
          <AnchorLink to="/performance/feedback" size="sm">
            {t('feedback.panel.openAll')}
          </AnchorLink>
        </Group>
        <QueryView
          query={feedback}
          skeleton={<Skeleton height={80} />}
          empty={
            <Text size="sm" c="dimmed">
              {t('feedback.panel.none')}
            </Text>
          }
        >
          {(data) => data.items.map((item) => <FeedbackCard key={item.id} item={item} compact />)}
        </QueryView>
      </Stack>
    </Paper>
  );
}
