import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../contracts/mentoring';
import { formatDateTime } from '../../app/format';
import { type Tone, toneBadge } from '../../app/statusColors';
import { ButtonLink } from '../../components/links';

/** The tone of each match state: waiting for an answer is a caution, running is positive. */
export const statusTone: Record<Match['status'], Tone> = {
  proposed: 'caution',
  accepted: 'info',
  declined: 'neutral',
  active: 'positive',
  closed: 'neutral',
};

/** One match in a list: the other person, the programme, the state and a link to it. */
export function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const other = match.viewerRole === 'mentor' ? match.mentee : match.mentor;
  return (
    <Paper withBorder p="md" radius="md" data-testid="mentoring-match-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Text fw={600}>
            {match.viewerRole === 'mentor' ? t('mentoring.roles.mentee') : t('mentoring.roles.mentor')}:{' '}
            {other.name}
          </Text>
          <Text size="sm" c="dimmed">
            {match.programmeName}
          </Text>
          <Group gap="xs">
            <Badge {...toneBadge(statusTone[match.status])}>{t(`mentoring.statuses.${match.status}`)}</Badge>
            {match.score !== null ? (
              <Badge color="brand" variant="outline">
                {t('mentoring.score', { score: match.score })}
              </Badge>
            ) : null}
          </Group>
          {match.status === 'proposed' && match.respondBy ? (
            <Text size="xs" c="dimmed">
              {t('mentoring.matches.respondBy', { date: formatDateTime(match.respondBy) })}
            </Text>
          ) : null}
          {match.declinedAutomatically ? (
            <Text size="xs" c="dimmed">
              {t('mentoring.matches.autoDeclined')}
            </Text>
          ) : null}
        </Stack>
        <ButtonLink
          to="/growth/mentoring/matches/$matchId"
          params={{ matchId: match.id }}
          size="xs"
          variant="light"
          color="brand"
          aria-label={`${t('mentoring.matches.open')}: ${other.name}`}
        >
          {t('mentoring.matches.open')}
        </ButtonLink>
      </Group>
    </Paper>
  );
}
