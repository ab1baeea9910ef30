import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { enrolmentTone, toneBadge } from '../../app/statusColors';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { certificationsQuery, enrolmentsQuery } from './api';
import { stateColor } from './certificationState';

/**
 * The "Next" half's learning panel (cross-part contract 4): open enrolments and certifications that
 * need attention. One's own learning in full; a report's only what they shared (the server filters);
 * for anyone else the server answers 404, shown as a calm note.
 */
export function LearningNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const enrolments = useQuery({ ...enrolmentsQuery(personId, 1, 5), retry: false });
  const certs = useQuery({ ...certificationsQuery(personId, 1, 3), retry: false });
  const hidden = isApiError(enrolments.error, 'not_found');
  const open = enrolments.data?.items.filter((e) => e.status === 'enrolled') ?? [];
  const completed = enrolments.data?.items.filter((e) => e.status === 'completed') ?? [];
  const attention = certs.data?.items.filter((c) => c.state === 'expiring' || c.state === 'expired') ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`learning-next-${personId}`}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconBook size={18} aria-hidden />
          <Title order={3} size="h4" id={`learning-next-${personId}`}>
            {t('learning.next.title')}
          </Title>
        </Group>
        {hidden ? (
          <Text size="sm" c="dimmed">
            {t('learning.next.private')}
          </Text>
        ) : (
          <QueryView
            query={enrolments}
            skeleton={
              <Stack gap="xs" aria-busy="true" aria-label={t('learning.next.loading')}>
                <Skeleton height={16} width="70%" />
                <Skeleton height={16} width="50%" />
              </Stack>
            }
            isEmpty={() => open.length === 0 && completed.length === 0 && attention.length === 0}
            empty={
              <Text size="sm" c="dimmed">
                {t(own ? 'learning.next.emptyOwn' : 'learning.next.empty')}
              </Text>
            }
          >
            {() => (
              <Stack gap={6}>
                {attention.map((c) => (
                  <Group key={c.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm">{c.certificationName}</Text>
                    <Badge color={stateColor[c.state]} size="sm" style={{ flexShrink: 0 }}>
                      {t('learning.certs.expires', { date: formatDate(c.expiresOn) })}
                    </Badge>
                  </Group>
                ))}
                {open.slice(0, 3).map((e) => (
                  <Group key={e.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm">{e.item.title}</Text>
                    <Badge {...toneBadge(enrolmentTone.enrolled)} size="sm" style={{ flexShrink: 0 }}>
                      {t('learning.status.enrolled')}
                    </Badge>
                  </Group>
                ))}
                {completed.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('learning.next.completed', { count: completed.length })}
                  </Text>
                ) : null}
              </Stack>
            )}
          </QueryView>
        )}
        {own ? (
          <AnchorLink to="/growth/learning" size="sm">
            {t('learning.next.open')}
          </AnchorLink>
        ) : null}
      </Stack>
    </Paper>
  );
}
