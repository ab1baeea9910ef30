import { IconChecklist, IconMessageCircle, IconMessages, IconScale, IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../components/AreaPlaceholder';
import { Page } from '../components/Page';

export function PerformanceOverviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.performance')} description={t('performance.lead')}>
      <AreaPlaceholder
        testId="performance-empty"
        icon={<IconTarget size={28} />}
        color="indigo"
        title={t('performance.empty.title')}
        description={t('performance.empty.description')}
        features={[
          {
            icon: IconTarget,
            title: t('performance.features.goals.title'),
            description: t('performance.features.goals.description'),
          },
          {
            icon: IconMessages,
            title: t('performance.features.oneOnOnes.title'),
            description: t('performance.features.oneOnOnes.description'),
          },
          {
            icon: IconMessageCircle,
            title: t('performance.features.feedback.title'),
            description: t('performance.features.feedback.description'),
          },
          {
            icon: IconChecklist,
            title: t('performance.features.reviews.title'),
            description: t('performance.features.reviews.description'),
          },
          {
            icon: IconScale,
            title: t('performance.features.calibration.title'),
            description: t('performance.features.calibration.description'),
          },
        ]}
      />
    </Page>
  );
}
