import { Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { QueryView } from '../../components/QueryView';
import type { PersonPay } from './api';
import { BandPlacementView } from './BandPlacementView';
import { fteShare } from './format';
import { BaseAmount, PayRecordsTable } from './PayRecordsTable';

type PayQuery = UseInfiniteQueryResult<InfiniteData<PersonPay>>;

/**
 * A person's pay as the caller may see it: the record in effect today, where it sits in its band
 * (only when the answer carries placement), and the history newest first with "show older".
 */
export function PayOverview({ query, order = 3 }: { query: PayQuery; order?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <QueryView
      query={query}
      skeleton={<Skeleton height={160} />}
      isEmpty={(data) => !data.pages[0]?.current && (data.pages[0]?.items.length ?? 0) === 0}
      empty={
        <Text size="sm" c="dimmed" data-testid="pay-empty">
          {t('compensation.current.none')}
        </Text>
      }
      loadMore={t('compensation.history.more')}
      loadMoreTestId="pay-history-more"
    >
      {(data) => {
        const first = data.pages[0]!;
        const { current, placement, asOf } = first;
        const sub = (order + 1) as 3 | 4;
        return (
          <Stack gap="md">
            <Stack gap={4} data-testid="pay-current">
              <Group justify="space-between" gap="xs">
                <Title order={sub} size="h5">
                  {t('compensation.current.title')}
                </Title>
                <Text size="xs" c="dimmed">
                  {t('compensation.current.asOf', { date: formatDate(asOf) })}
                </Text>
              </Group>
              {current ? (
                <>
                  <Text size="lg" fw={600}>
                    <BaseAmount record={current} />
                  </Text>
                  <Text size="sm" c="dimmed">
                    {[
                      current.jobFamily,
                      current.payZone,
                      current.ftePermille === 1000
                        ? t('compensation.current.fullTime')
                        : t('compensation.current.partTime', { fte: fteShare(current.ftePermille) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('compensation.current.none')}
                </Text>
              )}
            </Stack>
            {current && placement ? (
              <BandPlacementView placement={placement} current={current} order={sub} />
            ) : null}
            <Divider />
            <Title order={sub} size="h5">
              {t('compensation.history.title')}
            </Title>
            <PayRecordsTable records={data.pages.flatMap((page) => page.items)} asOf={asOf} />
          </Stack>
        );
      }}
    </QueryView>
  );
}
