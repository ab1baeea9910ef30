import { Paper, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { Page } from '../../components/Page';
import { myPayQuery } from './api';
import { MyLettersSection } from './letters/MyLettersSection';
import { PayOverview } from './PayOverview';

/** `/performance/pay`: the caller's own pay history, their band placement when the organisation shows it, and their letters. */
export function MyPayPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('compensation.myPay.title')} description={t('compensation.myPay.lead')}>
      <Stack gap="lg">
        <Paper p="lg" data-testid="my-pay">
          {me.person ? (
            <OwnPay />
          ) : (
            <Text size="sm" c="dimmed">
              {t('compensation.myPay.noPerson')}
            </Text>
          )}
        </Paper>
        {me.person ? <MyLettersSection /> : null}
      </Stack>
    </Page>
  );
}

function OwnPay() {
  const pay = useInfiniteQuery(myPayQuery);
  return <PayOverview query={pay} order={2} />;
}
