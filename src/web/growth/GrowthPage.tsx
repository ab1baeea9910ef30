import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../app/session';
import { Page } from '../components/Page';
import { CoverageOverview } from './CoverageOverview';
import { GrowthNext } from './GrowthNext';

/**
 * `/growth`: the caller's "next" at a glance — next career conversation, aspirations, plan, path,
 * learning and 360s — and, for HR, how far development reaches across the organisation (counts only).
 */
export function GrowthPage() {
  const { t } = useTranslation();
  const me = useMe();
  const personId = me.person?.id;
  return (
    <Page title={t('nav.growth')} description={t('growth.lead')}>
      <Stack gap="xl">
        {personId ? (
          <Stack
            gap="md"
            component="section"
            aria-labelledby="growth-mine-title"
            data-testid="growth-overview"
          >
            <Stack gap={4}>
              <Title order={2} size="h3" id="growth-mine-title">
                {t('growth.overview.mine')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('growth.overview.mineLead')}
              </Text>
            </Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <GrowthNext personId={personId} />
            </SimpleGrid>
          </Stack>
        ) : (
          <Alert icon={<IconInfoCircle aria-hidden />} color="gray" title={t('growth.noPerson.title')}>
            <Text size="sm">{t('growth.noPerson.description')}</Text>
          </Alert>
        )}
        {hasRole(me, 'hr_admin') ? <CoverageOverview /> : null}
      </Stack>
    </Page>
  );
}
