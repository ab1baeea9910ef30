import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AspirationHorizon,
  type AspirationKind,
  aspirationHorizon,
  aspirationKind,
  horizonKinds,
} from '../../../contracts/aspirations';
import type { ConversationDetail } from '../../../contracts/conversations';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldError } from '../../i18n/issues';
import { aspirationKeys, myAspirationsQuery } from '../aspirations/api';
import { conversationKeys } from './api';

interface AspirationDraft {
  key: number;
  id: string | null;
  kind: AspirationKind;
  horizon: AspirationHorizon | null;
  aspirationText: string;
  sharedWithManager: boolean;
}
let nextKey = 1;
const newDraft = (): AspirationDraft => ({
  key: nextKey++,
  id: null,
  kind: 'target_role',
  horizon: 'two_three_years',
  aspirationText: '',
  sharedWithManager: false,
});

/**
 * Marks the conversation as held on the day it was (asked, today or earlier; never a future day).
 * The employee may also record the outcome: a summary (shared or not), changes to their
 * aspirations, and optionally a draft development plan. The manager only marks it held; the
 * outcome is not theirs to write. Both sides see the same action, "Mark as held".
 */
export function CompleteModal({
  conversation,
  opened,
  onClose,
}: {
  conversation: ConversationDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const employee = conversation.abilities.recordOutcome;
  const mine = useQuery({ ...myAspirationsQuery(), enabled: opened && employee });
  const [summary, setSummary] = useState('');
  const [shareSummary, setShareSummary] = useState(false);
  const [items, setItems] = useState<AspirationDraft[]>([]);
  const [withPlan, setWithPlan] = useState(false);
  const [planTitle, setPlanTitle] = useState('');
  const [goals, setGoals] = useState<string[]>(['']);
  const scheduledDay = conversation.scheduledAt.slice(0, 10);
  const latest = today();
  const [heldOn, setHeldOn] = useState('');
  useEffect(() => {
    if (!opened) return;
    // The day it was planned for, unless that is still ahead: then today.
    setHeldOn([scheduledDay, latest].sort()[0] ?? latest);
    setSummary('');
    setShareSummary(false);
    setItems([newDraft()]);
    setWithPlan(false);
    setPlanTitle(t('conversations.complete.planTitleDefault'));
    setGoals(['']);
  }, [opened, t, scheduledDay, latest]);
  const complete = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/conversations/{conversationId}/complete', {
        params: { path: { conversationId: conversation.id } },
        body: {
          version: conversation.version,
          heldOn,
          ...(employee
            ? {
                outcomeSummary: summary,
                outcomeShared: shareSummary,
                aspirations: items
                  .filter((item) => item.aspirationText.trim())
                  .map(({ key: _key, id, ...rest }) => ({ ...rest, ...(id ? { id } : {}) })),
                planDraft: withPlan
                  ? { title: planTitle, goals: goals.filter((g) => g.trim()).map((title) => ({ title })) }
                  : null,
              }
            : {}),
        },
      }),
    onSuccess: async (detail) => {
      queryClient.setQueryData([...conversationKeys.all, 'detail', conversation.id], detail);
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      notifications.show({
        color: 'green',
        message: t('conversations.complete.doneManager'),
      });
      onClose();
    },
  });
  const patch = (key: number, change: Partial<AspirationDraft>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const existing = (mine.data?.items ?? []).map((a) => ({
    value: a.id,
    label: a.aspirationText.slice(0, 80),
  }));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={employee ? 'xl' : 'md'}
      title={t('conversations.complete.managerTitle')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (heldOn && heldOn <= latest) complete.mutate();
        }}
      >
        <Stack gap="md">
          <DateField
            label={t('conversations.complete.heldOn')}
            description={t('conversations.complete.heldOnHint')}
            required
            // Future days cannot be picked; a typed one is refused with the reason (and by the server).
            getDayProps={(day) => ({ disabled: day > latest })}
            value={heldOn}
            onChange={setHeldOn}
            error={
              complete.isError
                ? apiFieldError(complete.error, 'heldOn')
                : heldOn > latest
                  ? t('validation.heldOnInFuture')
                  : undefined
            }
            data-testid="conversation-held-on"
          />
          {employee ? (
            <>
              <Divider
                label={t('conversations.complete.title')}
                labelPosition="left"
                styles={{ label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
              />
              <Textarea
                label={t('conversations.complete.summary')}
                placeholder={t('conversations.complete.summaryPlaceholder')}
                autosize
                minRows={3}
                value={summary}
                onChange={(event) => setSummary(event.currentTarget.value)}
                data-testid="outcome-summary"
              />
              <Switch
                color="brand"
                label={t('conversations.complete.shareSummary')}
                checked={shareSummary}
                onChange={(event) => setShareSummary(event.currentTarget.checked)}
              />
              <Divider />
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('conversations.complete.aspirations')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('conversations.complete.aspirationsLead')}
                </Text>
              </Stack>
              {items.map((item, index) => (
                <Paper key={item.key} withBorder p="sm" data-testid="outcome-aspiration">
                  <Stack gap="xs">
                    <Group grow align="flex-start" gap="xs" wrap="wrap">
                      <Select
                        label={t('aspirations.form.kind')}
                        data={aspirationKind.options.map((k) => ({
                          value: k,
                          label: t(`aspirations.kinds.${k}`),
                        }))}
                        value={item.kind}
                        allowDeselect={false}
                        onChange={(value) => {
                          const kind = (value ?? 'target_role') as AspirationKind;
                          patch(item.key, {
                            kind,
                            horizon: horizonKinds.includes(kind) ? (item.horizon ?? 'one_year') : null,
                          });
                        }}
                        miw={160}
                      />
                      {horizonKinds.includes(item.kind) ? (
                        <Select
                          label={t('aspirations.form.horizon')}
                          data={aspirationHorizon.options.map((h) => ({
                            value: h,
                            label: t(`aspirations.horizons.${h}`),
                          }))}
                          value={item.horizon}
                          allowDeselect={false}
                          onChange={(value) =>
                            patch(item.key, { horizon: (value as AspirationHorizon) ?? null })
                          }
                          miw={160}
                        />
                      ) : null}
                      {existing.length > 0 ? (
                        <Select
                          label={t('conversations.complete.existing')}
                          placeholder={t('conversations.complete.newItem')}
                          data={existing}
                          value={item.id}
                          clearable
                          onChange={(value) => patch(item.key, { id: value })}
                          miw={180}
                        />
                      ) : null}
                    </Group>
                    <Textarea
                      label={t('aspirations.form.text')}
                      autosize
                      minRows={2}
                      value={item.aspirationText}
                      onChange={(event) => patch(item.key, { aspirationText: event.currentTarget.value })}
                      data-testid={`outcome-aspiration-text-${index}`}
                    />
                    <Group justify="space-between">
                      <Switch
                        size="sm"
                        color="brand"
                        label={t('aspirations.shareToggle')}
                        checked={item.sharedWithManager}
                        onChange={(event) =>
                          patch(item.key, { sharedWithManager: event.currentTarget.checked })
                        }
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('conversations.complete.removeItem')}
                        onClick={() => setItems((list) => list.filter((x) => x.key !== item.key))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Stack>
                </Paper>
              ))}
              <Button
                variant="subtle"
                color="brand"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setItems((list) => [...list, newDraft()])}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('conversations.complete.addAspiration')}
              </Button>
              <Divider />
              <Checkbox
                color="brand"
                label={t('conversations.complete.plan')}
                description={t('conversations.complete.planLead')}
                checked={withPlan}
                onChange={(event) => setWithPlan(event.currentTarget.checked)}
                data-testid="outcome-plan"
              />
              {withPlan ? (
                <Stack gap="xs">
                  <TextInput
                    label={t('conversations.complete.planTitle')}
                    value={planTitle}
                    onChange={(event) => setPlanTitle(event.currentTarget.value)}
                    required
                  />
                  {goals.map((goal, index) => (
                    <TextInput
                      // biome-ignore lint/suspicious/noArrayIndexKey: goals are plain strings edited in place
                      key={index}
                      label={t('conversations.complete.goal', { n: index + 1 })}
                      value={goal}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setGoals((list) => list.map((g, i) => (i === index ? value : g)));
                      }}
                      data-testid={`outcome-goal-${index}`}
                    />
                  ))}
                  <Button
                    variant="subtle"
                    color="brand"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setGoals((list) => [...list, ''])}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('conversations.complete.addGoal')}
                  </Button>
                </Stack>
              ) : null}
            </>
          ) : (
            <Text size="sm">
              {t('conversations.complete.managerBody', { name: conversation.employee.displayName })}
            </Text>
          )}
          {complete.isError && !apiFieldError(complete.error, 'heldOn') ? (
            <ErrorAlert error={complete.error} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button
              type="submit"
              color="brand"
              loading={complete.isPending}
              disabled={!heldOn}
              data-testid="outcome-submit"
            >
              {t('conversations.complete.managerSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
