import { Badge, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useMe } from '../../app/session';
import { AnchorLink, ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personAspirationsQuery } from './api';

const shown = 4;

/**
 * The "Next" half's aspirations panel (cross-part contract 4): one's own aspirations in full; for
 * a manager, only what the report shared with them (the server filters and logs the read); for
 * anyone else a calm line saying aspirations are private.
 */
export function AspirationsNextPanel({ personId, name }: { personId: string; name?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const query = useQuery(personAspirationsQuery(personId));
  const hidden = query.isError && isApiError(query.error) && query.error.status === 404;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`aspirations-next-${personId}`}
      data-testid="aspirations-next-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <IconCompass size={18} aria-hidden />
            <Title order={3} size="h4" id={`aspirations-next-${personId}`}>
              {t('aspirations.panel.title')}
            </Title>
          </Group>
          {own ? (
            <AnchorLink to="/growth/aspirations" size="sm">
              {t('aspirations.panel.openAll')}
            </AnchorLink>
          ) : null}
        </Group>
        {hidden ? (
          <Text size="sm" c="dimmed">
            {t('aspirations.panel.notVisible')}
          </Text>
        ) : (
          <QueryView
            query={query}
            skeleton={
              <Stack gap="xs" aria-busy="true" aria-label={t('aspirations.loading')}>
                <Skeleton height={14} width="80%" />
                <Skeleton height={14} width="60%" />
              </Stack>
            }
            empty={
              <Stack gap="xs" align="flex-start">
                <Text size="sm" c="dimmed">
                  {own ? t('aspirations.panel.emptyOwn') : t('aspirations.panel.emptyShared')}
                </Text>
                {own ? (
                  <ButtonLink to="/growth/aspirations" size="xs" variant="light" color="brand">
                    {t('aspirations.panel.start')}
                  </ButtonLink>
                ) : null}
              </Stack>
            }
          >
            {(data) => (
              <>
                {data.sharedOnly && name ? (
                  <Text size="xs" c="dimmed">
                    {t('aspirations.panel.sharedNote', { name })}
                  </Text>
                ) : null}
                <List spacing={6} listStyleType="none" style={{ paddingInlineStart: 0 }}>
                  {data.items.slice(0, shown).map((item) => (
                    <List.Item key={item.id}>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <Badge color="brand" variant="light" size="sm" style={{ flexShrink: 0 }}>
                          {t(`aspirations.kinds.${item.kind}`)}
                        </Badge>
                        <Text size="sm" lineClamp={2}>
                          {item.aspirationText}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
                {data.total > shown ? (
                  <Text size="xs" c="dimmed">
                    {t('aspirations.panel.more', { count: data.total - shown })}
                  </Text>
                ) : null}
              </>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
