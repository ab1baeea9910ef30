import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type AspirationHorizon,
  type AspirationKind,
  aspirationHorizon,
  aspirationKind,
  horizonKinds,
} from '../../../contracts/aspirations';
import { type ConversationDetail, completeConversationRequest } from '../../../contracts/conversations';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
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

interface CompleteValues {
  heldOn: string;
  outcomeSummary: string;
  outcomeShared: boolean;
  aspirations: AspirationDraft[];
  withPlan: boolean;
  planDraft: { title: string; goals: { title: string }[] };
}

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
  const scheduledDay = conversation.scheduledAt.slice(0, 10);
  const latest = today();
  const toRequest = (values: CompleteValues) => ({
    version: conversation.version,
    heldOn: values.heldOn,
    ...(employee
      ? {
          outcomeSummary: values.outcomeSummary,
          outcomeShared: values.outcomeShared,
          aspirations: values.aspirations
            .filter((item) => item.aspirationText.trim())
            .map(({ key: _key, id, ...rest }) => ({ ...rest, ...(id ? { id } : {}) })),
          planDraft: values.withPlan
            ? {
                title: values.planDraft.title,
                goals: values.planDraft.goals.filter((g) => g.title.trim()).map(({ title }) => ({ title })),
              }
            : null,
        }
      : {}),
  });
  const form = useContractForm<CompleteValues, ReturnType<typeof toRequest>, ConversationDetail>({
    schema: completeConversationRequest,
    initialValues: {
      // The day it was planned for, unless that is still ahead: then today.
      heldOn: [scheduledDay, latest].sort()[0] ?? latest,
      outcomeSummary: '',
      outcomeShared: false,
      aspirations: [newDraft()],
      withPlan: false,
      planDraft: { title: t('conversations.complete.planTitleDefault'), goals: [{ title: '' }] },
    },
    toRequest,
    // A future day is refused with the reason (the server refuses it too).
    validate: (values) => (values.heldOn > latest ? { heldOn: t('validation.heldOnInFuture') } : {}),
    submit: (body) =>
      apiPost('/api/growth/conversations/{conversationId}/complete', {
        params: { path: { conversationId: conversation.id } },
        body,
      }),
    onSuccess: async (detail) => {
      queryClient.setQueryData([...conversationKeys.all, 'detail', conversation.id], detail);
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      showToast({
        tone: 'positive',
        message: t('conversations.complete.doneManager'),
      });
      onClose();
    },
    opened,
  });
  const values = form.form.getValues();
  const input = form.form.getInputProps;
  const items = values.aspirations;
  const goals = values.planDraft.goals;
  const patch = (index: number, change: Partial<AspirationDraft>) => {
    for (const [name, value] of Object.entries(change)) {
      form.form.setFieldValue(`aspirations.${index}.${name}`, value as never);
    }
  };
  const existing = (mine.data?.items ?? []).map((a) => ({
    value: a.id,
    label: a.aspirationText.slice(0, 80),
  }));
  const heldOn = input('heldOn');
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size={employee ? 'xl' : 'md'}
      title={t('conversations.complete.managerTitle')}
      form={form}
      submitLabel={t('conversations.complete.managerSubmit')}
      submitProps={{ color: 'brand', disabled: !values.heldOn, 'data-testid': 'outcome-submit' }}
    >
      <DateField
        label={t('conversations.complete.heldOn')}
        description={t('conversations.complete.heldOnHint')}
        required
        // Future days cannot be picked; a typed one is refused with the reason (and by the server).
        getDayProps={(day) => ({ disabled: day > latest })}
        {...heldOn}
        value={values.heldOn}
        onChange={(value) => form.form.setFieldValue('heldOn', value)}
        error={heldOn.error ?? (values.heldOn > latest ? t('validation.heldOnInFuture') : undefined)}
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
            data-testid="outcome-summary"
            {...input('outcomeSummary')}
          />
          <Switch
            color="brand"
            label={t('conversations.complete.shareSummary')}
            {...input('outcomeShared', { type: 'checkbox' })}
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
                      patch(index, {
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
                      allowDeselect={false}
                      miw={160}
                      {...input(`aspirations.${index}.horizon`)}
                    />
                  ) : null}
                  {existing.length > 0 ? (
                    <Select
                      label={t('conversations.complete.existing')}
                      placeholder={t('conversations.complete.newItem')}
                      data={existing}
                      clearable
                      miw={180}
                      {...input(`aspirations.${index}.id`)}
                    />
                  ) : null}
                </Group>
                <Textarea
                  label={t('aspirations.form.text')}
                  autosize
                  minRows={2}
                  data-testid={`outcome-aspiration-text-${index}`}
                  {...input(`aspirations.${index}.aspirationText`)}
                />
                <Group justify="space-between">
                  <Switch
                    size="sm"
                    color="brand"
                    label={t('aspirations.shareToggle')}
                    {...input(`aspirations.${index}.sharedWithManager`, { type: 'checkbox' })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color={toneColor.negative}
                    aria-label={t('conversations.complete.removeItem')}
                    onClick={() => form.form.removeListItem('aspirations', index)}
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
            onClick={() => form.form.insertListItem('aspirations', newDraft())}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('conversations.complete.addAspiration')}
          </Button>
          <Divider />
          <Checkbox
            color="brand"
            label={t('conversations.complete.plan')}
            description={t('conversations.complete.planLead')}
            data-testid="outcome-plan"
            {...input('withPlan', { type: 'checkbox' })}
          />
          {values.withPlan ? (
            <Stack gap="xs">
              <TextInput
                label={t('conversations.complete.planTitle')}
                required
                {...input('planDraft.title')}
              />
              {goals.map((_goal, index) => (
                <TextInput
                  // biome-ignore lint/suspicious/noArrayIndexKey: goals are plain strings edited in place
                  key={index}
                  label={t('conversations.complete.goal', { n: index + 1 })}
                  data-testid={`outcome-goal-${index}`}
                  {...input(`planDraft.goals.${index}.title`)}
                />
              ))}
              <Button
                variant="subtle"
                color="brand"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.form.insertListItem('planDraft.goals', { title: '' })}
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
    </FormModal>
  );
}
