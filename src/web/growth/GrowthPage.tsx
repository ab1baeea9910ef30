import {
  IconBook,
  IconCalendarEvent,
  IconCompass,
  IconRoute,
  IconSeedling,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../components/AreaPlaceholder';
import { Page } from '../components/Page';

export function GrowthPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.growth')} description={t('growth.lead')}>
      <AreaPlaceholder
        testId="growth-empty"
        icon={<IconSeedling size={28} />}
        color="brand"
        title={t('growth.empty.title')}
        description={t('growth.empty.description')}
        features={[
          {
            icon: IconCalendarEvent,
            title: t('growth.features.conversations.title'),
            description: t('growth.features.conversations.description'),
          },
          {
            icon: IconCompass,
            title: t('growth.features.aspirations.title'),
            description: t('growth.features.aspirations.description'),
          },
          {
            icon: IconRoute,
            title: t('growth.features.plans.title'),
            description: t('growth.features.plans.description'),
          },
          {
            icon: IconBook,
            title: t('growth.features.learning.title'),
            description: t('growth.features.learning.description'),
          },
          {
            icon: IconUsers,
            title: t('growth.features.mentoring.title'),
            description: t('growth.features.mentoring.description'),
          },
        ]}
      />
    </Page>
  );
}
