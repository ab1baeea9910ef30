import { Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconStairsUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { gapQuery, personPathQuery } from './api';
import { levelName } from './levels';

/**
 * The "Next" half's career-path panel (cross-part contract 4): current level → next level and the
 * biggest gaps. The server decides what the caller may see: all of one's own path; for a manager
 * the manager's view and shared self-assessments; for anyone else a 404, shown as a calm note.
 */
export function PathNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const path = useQuery({ ...personPathQuery(personId), retry: false });
  const canSeeGap = path.data?.assessmentsVisible === true && path.data.nextLevel !== null;
  const gap = useQuery({ ...gapQuery(personId, null), enabled: canSeeGap });
  const hidden = isApiError(path.error, 'not_found');
  // One's own path page, or a report's when the manager may see their assessments.
  const openLink = own ? (
    <AnchorLink to="/growth/paths" size="sm">
      {t('paths.next.open')}
    </AnchorLink>
  ) : path.data?.assessmentsVisible ? (
    <AnchorLink to="/growth/paths/people/$personId" params={{ personId }} size="sm">
      {t('paths.next.open')}
    </AnchorLink>
  ) : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`path-next-${personId}`}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconStairsUp size={18} aria-hidden />
          <Title order={3} size="h4" id={`path-next-${personId}`}>
            {t('paths.next.title')}
          </Title>
        </Group>
        {hidden ? (
          <Text size="sm" c="dimmed">
            {t('paths.next.private')}
          </Text>
        ) : (
          <QueryView
            query={path}
            skeleton={
              <Stack gap="xs" aria-busy="true" aria-label={t('paths.next.loading')}>
                <Skeleton height={16} width="60%" />
                <Skeleton height={16} width="80%" />
              </Stack>
            }
            isEmpty={(data) => data.position === null}
            empty={
              <>
                <Text size="sm" c="dimmed">
                  {t(own ? 'paths.position.noneOwn' : 'paths.position.none')}
                </Text>
                {/* The path page says who places people on a track and what can be done until then. */}
                {openLink}
              </>
            }
          >
            {(data) => (
              <>
                {/* `isEmpty` keeps an unplaced person out already; the check narrows the type. */}
                {data.position ? (
                  <Text size="sm">
                    {data.nextLevel
                      ? t('paths.next.fromTo', {
                          current: data.position.level.name,
                          next: data.nextLevel.name,
                        })
                      : t('paths.next.atTop', { current: data.position.level.name })}
                  </Text>
                ) : null}
                {canSeeGap && gap.data && gap.data.biggestGaps.length > 0 ? (
                  <List size="sm" spacing={2}>
                    {gap.data.biggestGaps.slice(0, 3).map((g) => {
                      const row = gap.data.rows.find((r) => r.competencyId === g.competencyId);
                      return (
                        <List.Item key={g.competencyId}>
                          {t('paths.next.gapItem', {
                            name: g.name,
                            expected: levelName(data.scale, row?.expectedLevel ?? null),
                          })}
                        </List.Item>
                      );
                    })}
                  </List>
                ) : null}
                {openLink}
              </>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
