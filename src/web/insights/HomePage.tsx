import { Text } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { EmptyPanel } from '../components/EmptyPanel';
import { NowNext } from '../components/NowNext';
import { Page } from '../components/Page';
import { GrowthNext } from '../growth/GrowthNext';
import { PerformanceNow } from '../performance/PerformanceNow';
import { HomeTasks } from './HomeTasks';

function greetingKey(): 'morning' | 'afternoon' | 'evening' {
  const hour = new Date().getHours();
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** "Now and Next": performance today on one side, growth on the other (SPEC S5). */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const firstName = me.person?.displayName.split(' ')[0];
  const title = firstName
    ? t(`home.greeting.${greetingKey()}`, { name: firstName })
    : t('home.titleNoPerson');

  return (
    <Page title={title} description={me.person ? t('home.lead') : undefined}>
      <HomeTasks />
      {me.person ? (
        <NowNext
          subject="self"
          now={<PerformanceNow personId={me.person.id} />}
          next={<GrowthNext personId={me.person.id} />}
        />
      ) : (
        <EmptyPanel
          icon={<IconUserQuestion size={28} />}
          title={t('home.noPerson.title')}
          description={<Text size="sm">{t('home.noPerson.description')}</Text>}
        />
      )}
    </Page>
  );
}
