import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnonymousGroup, anonymousGroups, type Request360 } from '../../../contracts/feedback360';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import {
  request360Tone,
  toneAlert,
  toneBadge,
  toneColor,
  toneSeries,
  toneText,
} from '../../app/statusColors';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { fieldError } from '../../performance/oneOnOnes/fieldMessage';
import { keys360, requestQuery, tasksQuery, writes360 } from './api';
import { StatusBadge360 } from './Feedback360Page';

/** `/growth/360/$requestId`: the subject's own 360 — nominations, progress, reminders, closing. */
export function RequestPage() {
  const { t } = useTranslation();
  const { requestId } = useParams({ from: '/app/growth/360/$requestId' });
  const request = useQuery(requestQuery(requestId));
  const back = (
    <AnchorLink to="/growth/360" size="sm">
      ← {t('feedback360.request.back')}
    </AnchorLink>
  );
  if (request.isPending)
    return (
      <Page title={t('feedback360.request.title')} above={back}>
        <TableSkeleton rows={4} />
      </Page>
    );
  if (request.isError)
    return (
      <Page title={t('feedback360.request.title')} above={back}>
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      </Page>
    );
  const r = request.data;
  return (
    <Page
      title={r.programName || t('feedback360.request.title')}
      above={back}
      description={
        <Group gap="xs">
          <StatusBadge360 status={r.status} />
          <Text size="sm" c="dimmed">
            {t('feedback360.list.deadline', { date: formatDate(r.deadline) })}
            {r.coach ? ` · ${t('feedback360.request.coach', { name: r.coach.displayName })}` : ''}
          </Text>
        </Group>
      }
      actions={
        r.abilities.readReport ? (
          <ButtonLink to="/growth/360/$requestId/report" params={{ requestId }}>
            {t('feedback360.request.viewReport')}
          </ButtonLink>
        ) : null
      }
    >
      {r.status === 'awaiting_approval' && r.approver ? (
        <Alert {...toneAlert(request360Tone.awaiting_approval)}>
          {t('feedback360.request.awaiting', { name: r.approver.displayName })}
        </Alert>
      ) : null}
      {r.status === 'collecting' || r.status === 'closed' || r.status === 'released' ? (
        <ProgressPanel request={r} />
      ) : null}
      <Nominations request={r} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('feedback360.request.competencies')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {r.competencies.map((c) => (
            <Stack key={c.name} gap={0}>
              <Text fw={600} size="sm">
                {c.name}
              </Text>
              <Text size="xs" c="dimmed">
                {c.description}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
      {r.abilities.edit ? <Settings request={r} /> : null}
    </Page>
  );
}

function useAction(request: Request360) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'submit' | 'remind' | 'close') =>
      writes360.action(request.id, action, request.version),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys360.all }),
  });
}

function ProgressPanel({ request }: { request: Request360 }) {
  const { t } = useTranslation();
  const action = useAction(request);
  const myTasks = useQuery({
    ...tasksQuery(1),
    enabled: !request.selfDone && request.status === 'collecting',
  });
  const selfTask = myTasks.data?.items.find(
    (task) => task.group === 'self' && task.subject.id === request.subject.id,
  );
  const remind = () =>
    action.mutate('remind', {
      onSuccess: () => showToast({ tone: 'positive', message: t('feedback360.request.reminded') }),
    });
  const [confirming, setConfirming] = useState(false);
  const close = () =>
    action.mutate('close', {
      onSuccess: () => {
        setConfirming(false);
        showToast({ tone: 'positive', message: t('feedback360.request.closed') });
      },
    });
  return (
    <Paper withBorder p="md" data-testid="feedback360-progress">
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('feedback360.request.close')}>
        <Stack>
          <Text size="sm">{t('feedback360.request.closeConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={close} loading={action.isPending}>
              {t('feedback360.request.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('feedback360.request.progress')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('feedback360.request.progressHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {request.progress.map((g) => (
            <Paper key={g.group} withBorder p="sm" radius="md">
              <Group justify="space-between">
                <Text fw={600}>{t(`feedback360.groups.${g.group}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t('feedback360.request.invited', { n: g.invited })}
                </Text>
              </Group>
              {g.enough ? (
                <>
                  <Progress
                    value={(100 * (g.answered ?? 0)) / g.invited}
                    color={toneSeries('positive')}
                    mt="xs"
                    aria-hidden
                  />
                  <Text size="sm" mt={4}>
                    {t('feedback360.request.answered', { n: g.answered })}
                  </Text>
                </>
              ) : (
                <Text size="sm" mt="xs" c="dimmed">
                  {request.status === 'collecting'
                    ? t('feedback360.request.notEnough', { n: g.threshold })
                    : t('feedback360.request.notEnoughClosed', { n: g.threshold })}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Text size="sm">
            {request.selfDone ? t('feedback360.request.selfDone') : t('feedback360.request.selfPending')}
          </Text>
          {!request.selfDone && selfTask?.status === 'pending' ? (
            <AnchorLink to="/growth/360/respond/$taskId" params={{ taskId: selfTask.id }} size="sm">
              {t('feedback360.request.answerSelf')}
            </AnchorLink>
          ) : null}
        </Group>
        {isApiError(action.error, 'reminder_too_soon') ? (
          <Alert {...toneAlert('caution')}>{t('feedback360.request.remindedToday')}</Alert>
        ) : action.isError ? (
          <ErrorAlert error={action.error} />
        ) : null}
        <Group gap="xs">
          {request.abilities.remind ? (
            <Button
              variant="default"
              onClick={remind}
              loading={action.isPending && action.variables === 'remind'}
            >
              {t('feedback360.request.remind')}
            </Button>
          ) : null}
          {request.abilities.close ? (
            <Button onClick={() => setConfirming(true)}>{t('feedback360.request.close')}</Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function Nominations({ request }: { request: Request360 }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [group, setGroup] = useState<AnonymousGroup>('peers');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys360.all });
  const add = useMutation({
    mutationFn: () => writes360.nominate(request.id, { personId: person!.id, group }),
    onSuccess: () => {
      setPerson(null);
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (nominationId: string) => writes360.removeNomination(request.id, nominationId),
    onSuccess: refresh,
  });
  const submit = useAction(request);
  const groupsInUse = anonymousGroups.filter((g) => request.nominations.some((n) => n.group === g));
  return (
    <Paper withBorder p="md" data-testid="feedback360-nominations">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('feedback360.request.nominations')}
        </Title>
        {request.managerNamed ? (
          <Alert {...toneAlert('caution')} data-testid="feedback360-named-info">
            {t('feedback360.request.managerNamed')}
          </Alert>
        ) : null}
        {request.abilities.nominate ? (
          <>
            <Text size="sm" c="dimmed">
              {t('feedback360.request.nominationsHelp')}
            </Text>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <div style={{ flex: '1 1 220px' }}>
                <PersonPicker
                  label={t('feedback360.request.person')}
                  value={person?.id ?? null}
                  onChange={setPerson}
                  excludeId={me.person?.id}
                  error={fieldError(add.error, 'personId', t)}
                  testId="feedback360-nominee"
                />
              </div>
              <Select
                label={t('feedback360.request.group')}
                value={group}
                onChange={(v) => setGroup((v as AnonymousGroup) ?? 'peers')}
                data={anonymousGroups
                  // Named: the manager group holds the current manager only (re-added after a removal).
                  .filter(
                    (g) =>
                      !(
                        request.managerNamed &&
                        g === 'manager' &&
                        request.nominations.some((n) => n.group === g)
                      ),
                  )
                  .map((g) => ({ value: g, label: t(`feedback360.groups.${g}`) }))}
                allowDeselect={false}
                w={180}
              />
              <Button onClick={() => add.mutate()} disabled={!person} loading={add.isPending}>
                {t('feedback360.request.add')}
              </Button>
            </Group>
          </>
        ) : null}
        {request.nominations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('feedback360.request.noNominations')}
          </Text>
        ) : null}
        {groupsInUse.map((g) => {
          const inGroup = request.nominations.filter((n) => n.group === g);
          const counted = inGroup.filter((n) => n.status !== 'rejected').length;
          return (
            <Stack key={g} gap={4}>
              <Group gap="xs">
                <Text fw={600}>
                  {request.managerNamed && g === 'manager'
                    ? t('feedback360.request.managerNamedGroup')
                    : t(`feedback360.groups.${g}`)}
                </Text>
                <Badge variant="light" size="sm">
                  {counted}
                </Badge>
              </Group>
              {request.abilities.nominate &&
              counted < request.thresholds[g] &&
              !(request.managerNamed && g === 'manager') ? (
                <Text size="xs" c={toneText('caution')}>
                  {t('feedback360.request.belowThreshold', { n: request.thresholds[g] })}
                </Text>
              ) : null}
              {inGroup.map((n) => (
                <Group key={n.id} justify="space-between" gap="xs">
                  <Text size="sm">
                    {n.displayName}
                    <Text span c="dimmed" size="xs">
                      {n.jobTitle ? ` · ${n.jobTitle}` : ''}
                    </Text>
                    {n.status === 'rejected' ? (
                      <Badge ml="xs" {...toneBadge('negative')} size="xs">
                        {t('feedback360.request.rejected')}
                      </Badge>
                    ) : null}
                  </Text>
                  {request.abilities.nominate ? (
                    <ActionIcon
                      variant="subtle"
                      color={toneColor.negative}
                      aria-label={t('feedback360.request.remove', { name: n.displayName })}
                      onClick={() => remove.mutate(n.id)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
            </Stack>
          );
        })}
        {submit.isError ? (
          <Alert {...toneAlert('negative')}>
            {fieldError(submit.error, 'nominations', t) ?? errorMessage(submit.error, t)}
          </Alert>
        ) : null}
        {request.abilities.submitNominations ? (
          <Group justify="flex-end">
            <Button
              onClick={() => submit.mutate('submit')}
              loading={submit.isPending}
              data-testid="feedback360-submit"
            >
              {request.requireManagerApproval
                ? t('feedback360.request.submitForApproval')
                : t('feedback360.request.submit')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Settings({ request }: { request: Request360 }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [deadline, setDeadline] = useState(request.deadline);
  const [thresholds, setThresholds] = useState(request.thresholds);
  const save = useMutation({
    mutationFn: () => writes360.update(request.id, { version: request.version, deadline, thresholds }),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('feedback360.request.saved') });
      void queryClient.invalidateQueries({ queryKey: keys360.all });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('feedback360.request.settings')}
        </Title>
        <TextInput
          type="date"
          label={t('feedback360.create.deadline')}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          error={fieldError(save.error, 'deadline', t)}
          maw={220}
        />
        <Text fw={600} size="sm">
          {t('feedback360.request.thresholds')}
        </Text>
        <Text size="sm" c="dimmed">
          {request.thresholdsLocked
            ? t('feedback360.request.thresholdsLocked')
            : t('feedback360.request.thresholdsHelp')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {anonymousGroups.map((g) => (
            <NumberInput
              key={g}
              label={t(`feedback360.groups.${g}`)}
              min={request.thresholdsLocked ? request.thresholds[g] : 3}
              max={50}
              value={thresholds[g]}
              onChange={(v) => setThresholds((th) => ({ ...th, [g]: Number(v) || 3 }))}
              error={fieldError(save.error, `thresholds.${g}`, t)}
            />
          ))}
        </SimpleGrid>
        {save.isError && !isApiError(save.error, 'validation_failed') ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
            {t('feedback360.request.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
