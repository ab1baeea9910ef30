import { Alert, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardMember, TalentSession } from '../../../contracts/talent';
import { apiPost } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneAlert, toneBadge } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { talentBoardQuery, talentKeys, talentSessionQuery } from './api';
import { DistributionTable } from './DistributionTable';
import { NineBox } from './NineBox';
import { PersonDrawer } from './PersonDrawer';
import { stateTone } from './TalentSessionsPage';

const route = getRouteApi('/app/growth/talent/$sessionId');

/** `/growth/talent/$sessionId`: one review's 9-box, distribution by manager and person cards. */
export function TalentSessionPage() {
  const { sessionId } = route.useParams();
  const session = useQuery(talentSessionQuery(sessionId));
  return (
    <QueryView query={session} skeleton={<TableSkeleton rows={4} />}>
      {(data) => <SessionView session={data} />}
    </QueryView>
  );
}

function SessionView({ session }: { session: TalentSession }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const board = useQuery(talentBoardQuery(session.id));
  const [open, setOpen] = useState<BoardMember | null>(null);
  const changeState = useMutation({
    mutationFn: (state: 'in_review' | 'locked') =>
      apiPost('/api/growth/talent/sessions/{sessionId}/state', {
        params: { path: { sessionId: session.id } },
        body: { version: session.version, state },
      }),
    onSuccess: async (updated) => {
      // A card read before the change would open as it was (editable) until its refetch lands:
      // drop this session's cards so the next one opens as the review now stands.
      queryClient.removeQueries({ queryKey: ['talent', 'card', session.id] });
      await queryClient.invalidateQueries({ queryKey: talentKeys.all });
      showToast({
        tone: 'positive',
        message: updated.state === 'locked' ? t('talent.session.lockedToast') : t('talent.session.started'),
      });
    },
  });
  const participants = session.participants.map((p) => p.displayName).join(', ');
  return (
    <Page
      title={session.name}
      above={
        <AnchorLink to="/growth/talent" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('talent.session.back')}
          </Group>
        </AnchorLink>
      }
      description={
        <Stack gap={2}>
          <Group gap="xs">
            <Badge {...toneBadge(stateTone[session.state])}>{t(`talent.states.${session.state}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t(`talent.populationKinds.${session.population.kind}`)}
              {session.population.label ? `: ${session.population.label}` : ''} ·{' '}
              {formatDate(session.startsOn)} – {formatDate(session.endsOn)}
            </Text>
          </Group>
          {session.facilitator ? (
            <Text size="sm" c="dimmed">
              {t('talent.session.facilitator', { name: session.facilitator.displayName })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {participants
              ? t('talent.session.participants', { names: participants })
              : t('talent.session.noParticipants')}
          </Text>
        </Stack>
      }
      actions={
        session.abilities.changeState ? (
          session.state === 'draft' ? (
            <Button
              onClick={() => changeState.mutate('in_review')}
              loading={changeState.isPending}
              data-testid="talent-start"
            >
              {t('talent.session.start')}
            </Button>
          ) : (
            <Button
              color="dark"
              leftSection={<IconLock size={16} aria-hidden />}
              loading={changeState.isPending}
              onClick={() => {
                if (window.confirm(t('talent.session.lockConfirm'))) changeState.mutate('locked');
              }}
              data-testid="talent-lock"
            >
              {t('talent.session.lock')}
            </Button>
          )
        ) : null
      }
    >
      {changeState.error ? <ErrorAlert error={changeState.error} /> : null}
      {session.state === 'locked' ? (
        <Alert {...toneAlert('neutral')} icon={<IconLock aria-hidden />} data-testid="talent-locked">
          {t('talent.session.locked')}
        </Alert>
      ) : null}
      <Tabs defaultValue="board" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">{t('talent.session.tabs.board')}</Tabs.Tab>
          <Tabs.Tab value="distribution">{t('talent.session.tabs.distribution')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <QueryView query={board} skeleton={<TableSkeleton rows={6} />} isEmpty={() => false}>
            {(data) => <NineBox board={data} sessionName={session.name} onOpen={setOpen} />}
          </QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="distribution" pt="md">
          <DistributionTable sessionId={session.id} labels={session.boxLabels} />
        </Tabs.Panel>
      </Tabs>
      <PersonDrawer session={session} member={open} onClose={() => setOpen(null)} />
    </Page>
  );
}
