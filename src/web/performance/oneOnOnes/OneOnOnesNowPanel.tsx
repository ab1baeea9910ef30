import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { oneOnOneKeys } from './api';

/**
 * The caller's 1:1s for a profile's "Now" half: on one's own profile, the next meetings of one's
 * series; on someone else's, the caller's own series with that person, if any. It never shows a
 * 1:1 the caller is not part of (there is no such API).
 */
export function OneOnOnesNowPanel({
  personId,
  personName,
  order = 3,
}: {
  personId: string;
  /** The person's name, for the empty state on someone else's profile. */
  personName?: string;
  order?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const series = useQuery({
    queryKey: oneOnOneKeys.panel(own ? 'own' : personId),
    queryFn: ({ signal }) =>
      apiGet('/api/one-on-ones', {
        params: { query: { withPersonId: own ? undefined : personId, pageSize: 3 } },
        signal,
      }),
  });
  return (
    <Paper withBorder p="md" data-testid="one-on-ones-now-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={order} size="h4">
            {t('oneOnOnes.panel.title')}
          </Title>
          <AnchorLink to="/performance/one-on-ones" size="sm">
            {t('oneOnOnes.panel.openAll')}
          </AnchorLink>
        </Group>
        <QueryView
          query={series}
          skeleton={<Skeleton height={48} />}
          empty={
            <Text size="sm" c="dimmed">
              {own
                ? t('oneOnOnes.panel.none')
                : t('oneOnOnes.panel.withPersonNone', { name: personName ?? '' })}
            </Text>
          }
        >
          {(data) => (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.slice(0, 3).map((item) => (
                <li key={item.id}>
                  <AnchorLink
                    to="/performance/one-on-ones/$seriesId"
                    params={{ seriesId: item.id }}
                    size="sm"
                  >
                    {t('oneOnOnes.panel.next', {
                      name: item.withPerson.displayName,
                      date: item.nextMeeting
                        ? formatDate(item.nextMeeting.scheduledOn)
                        : t('oneOnOnes.list.none'),
                    })}
                  </AnchorLink>
                </li>
              ))}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
