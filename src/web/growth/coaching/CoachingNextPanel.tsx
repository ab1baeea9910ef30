import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPost, isApiError } from '../../api/client';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personQuery } from '../../org/api';
import { coachingKeys, myEngagementsQuery, sentInvitationsQuery, summariesQuery } from './api';

/**
 * The "Next" half's coaching panel: one's own engagement (status and sessions); on a report's
 * page, only the summary the report chose to share with their direct manager (the read is logged).
 */
export function CoachingNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const id = `coaching-next-${personId}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={id}
      data-testid="coaching-next-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <IconMessageCircle size={18} aria-hidden />
            <Title order={3} size="h4" id={id}>
              {t('coaching.panel.title')}
            </Title>
          </Group>
          {own ? (
            <AnchorLink to="/growth/coaching" size="sm">
              {t('coaching.panel.open')}
            </AnchorLink>
          ) : null}
        </Group>
        {own ? <OwnEngagement /> : <SharedSummary personId={personId} />}
        {own ? null : <InviteToCoaching personId={personId} />}
      </Stack>
    </Paper>
  );
}

function OwnEngagement() {
  const { t } = useTranslation();
  const query = useQuery(myEngagementsQuery());
  return (
    <QueryView
      query={query}
      isEmpty={(d) => d.items.length === 0}
      empty={
        <Text size="sm" c="dimmed">
          {t('coaching.panel.emptyOwn')}
        </Text>
      }
    >
      {(d) => {
        const e = d.items[0]!;
        return (
          <Group gap="xs" wrap="wrap">
            <Badge variant="light">{t(`coaching.engagement.status.${e.status}`)}</Badge>
            {e.coach ? <Text size="sm">{t('coaching.engagement.with', { name: e.coach.name })}</Text> : null}
            <Text size="sm" c="dimmed">
              {t('coaching.engagement.sessions', { held: e.sessionsHeld, allowance: e.sessionAllowance })}
            </Text>
          </Group>
        );
      }}
    </QueryView>
  );
}

function SharedSummary({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const query = useQuery(summariesQuery(personId));
  if (query.isError && isApiError(query.error) && query.error.status === 404)
    return (
      <Text size="sm" c="dimmed">
        {t('coaching.panel.noSummary')}
      </Text>
    );
  return (
    <QueryView
      query={query}
      isEmpty={(d) => d.items.length === 0}
      empty={
        <Text size="sm" c="dimmed">
          {t('coaching.panel.noSummary')}
        </Text>
      }
    >
      {(d) =>
        d.items.map((s) => (
          <Stack key={s.sharedAt} gap={2} data-testid="coaching-summary">
            <Text size="xs" c="dimmed">
              {t('coaching.panel.summaryFrom', { name: s.coachee.name })}
            </Text>
            <Text size="sm">{s.summaryText}</Text>
          </Stack>
        ))
      }
    </QueryView>
  );
}

/**
 * Someone in the person's management chain, or HR, invites them to try coaching. The sender sees
 * only that the invitation was sent: never whether it was read, dismissed or followed.
 */
function InviteToCoaching({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const person = useQuery(personQuery(personId));
  // The person's managers and HR: the same circle the server lets send an invitation.
  const allowed = person.data?.abilities.viewCareerPath ?? false;
  const sent = useQuery({ ...sentInvitationsQuery(), enabled: allowed });
  const invite = useMutation({
    mutationFn: () => apiPost('/api/growth/coaching/invitations', { body: { recipientId: personId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachingKeys.all }),
  });
  if (!allowed) return null;
  const last = sent.data?.items.find((i) => i.recipient.id === personId);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" data-testid="coaching-invite">
      {last ? (
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t('coaching.invite.sent')}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('coaching.invite.sentOn', { date: date(last.sentAt) })}
          </Text>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('coaching.invite.hint')}
        </Text>
      )}
      <Button size="xs" variant="light" loading={invite.isPending} onClick={() => invite.mutate()}>
        {t('coaching.invite.button')}
      </Button>
    </Group>
  );
}
