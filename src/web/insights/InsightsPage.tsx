import {
  IconChartBar,
  IconChartPie,
  IconHeartHandshake,
  IconPercentage,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../components/AreaPlaceholder';
import { Page } from '../components/Page';

export function InsightsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.insights')} description={t('insights.lead')}>
      <AreaPlaceholder
        testId="insights-empty"
        icon={<IconChartBar size={28} />}
        color="indigo"
        title={t('insights.empty.title')}
        description={t('insights.empty.description')}
        features={[
          {
            icon: IconPercentage,
            title: t('insights.features.completion.title'),
            description: t('insights.features.completion.description'),
          },
          {
            icon: IconChartPie,
            title: t('insights.features.distribution.title'),
            description: t('insights.features.distribution.description'),
          },
          {
            icon: IconTrendingUp,
            title: t('insights.features.development.title'),
            description: t('insights.features.development.description'),
          },
          {
            icon: IconHeartHandshake,
            title: t('insights.features.engagement.title'),
            description: t('insights.features.engagement.description'),
          },
        ]}
      />
    </Page>
  );
}
