import { Badge, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useMe } from '../../app/session';
import { toneBadge } from '../../app/statusColors';
import { AnchorLink, ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { myMatchesQuery, personMatchesQuery } from './api';
import { statusTone } from './MatchCard';

const live = ['proposed', 'accepted', 'active'];

/**
 * The "Next" half's mentoring panel: one's own open matches (as mentee or mentor); for the direct
 * manager only what the report shared (mentor and state; the server filters and logs the read).
 */
export function MentoringNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const query = useQuery(
    own ? myMatchesQuery() : (personMatchesQuery(personId) as unknown as ReturnType<typeof myMatchesQuery>),
  );
  const hidden = query.isError && isApiError(query.error) && query.error.status === 404;
  const id = `mentoring-next-${personId}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={id}
      data-testid="mentoring-next-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <IconUsersGroup size={18} aria-hidden />
            <Title order={3} size="h4" id={id}>
              {t('mentoring.panel.title')}
            </Title>
          </Group>
          {own ? (
            <AnchorLink to="/growth/mentoring" size="sm">
              {t('mentoring.panel.openAll')}
            </AnchorLink>
          ) : null}
        </Group>
        {hidden ? (
          <Text size="sm" c="dimmed">
            {t('mentoring.panel.notVisible')}
          </Text>
        ) : (
          <QueryView
            query={query}
            skeleton={<Skeleton height={14} width="70%" aria-label={t('mentoring.loading')} />}
            isEmpty={(data) => data.items.filter((m) => live.includes(m.status)).length === 0}
            empty={
              <Stack gap="xs" align="flex-start">
                <Text size="sm" c="dimmed">
                  {own ? t('mentoring.panel.emptyOwn') : t('mentoring.panel.emptyShared')}
                </Text>
                {own ? (
                  <ButtonLink to="/growth/mentoring" size="xs" variant="light" color="brand">
                    {t('mentoring.panel.start')}
                  </ButtonLink>
                ) : null}
              </Stack>
            }
          >
            {(data) => (
              <List spacing={6} listStyleType="none" style={{ paddingInlineStart: 0 }}>
                {data.items
                  .filter((m) => live.includes(m.status))
                  .slice(0, 4)
                  .map((m) => (
                    <List.Item key={m.id}>
                      <Group gap={6} wrap="nowrap">
                        <Badge {...toneBadge(statusTone[m.status])} size="sm" style={{ flexShrink: 0 }}>
                          {t(`mentoring.statuses.${m.status}`)}
                        </Badge>
                        <Text size="sm" lineClamp={1}>
                          {m.viewerRole === 'mentor'
                            ? t('mentoring.panel.asMentor', { name: m.mentee.name })
                            : t('mentoring.panel.asMentee', { name: m.mentor.name })}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
              </List>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
