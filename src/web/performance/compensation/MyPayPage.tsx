import { Paper, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { Page } from '../../components/Page';
import { myPayQuery } from './api';
import { PayOverview } from './PayOverview';

/** `/performance/pay`: the caller's own pay history, and their band placement when the organisation shows it. */
export function MyPayPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('compensation.myPay.title')} description={t('compensation.myPay.lead')}>
      <Paper p="lg" data-testid="my-pay">
        {me.person ? (
          <OwnPay />
        ) : (
          <Text size="sm" c="dimmed">
            {t('compensation.myPay.noPerson')}
          </Text>
        )}
      </Paper>
    </Page>
  );
}

function OwnPay() {
  const pay = useInfiniteQuery(myPayQuery);
  return <PayOverview query={pay} order={2} />;
}
