import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconListCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AgreedAction,
  addAgreedActionRequest,
  type ConversationDetail,
  planFromConversationRequest,
} from '../../../contracts/conversations';
import { apiDelete, apiPost } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorBanner, FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { conversationKeys } from './api';

/** Keeps the conversation on screen in step with what the server answered. */
function useStore(conversation: ConversationDetail) {
  const queryClient = useQueryClient();
  return async (detail: ConversationDetail) => {
    queryClient.setQueryData([...conversationKeys.all, 'detail', conversation.id], detail);
    await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
  };
}

/**
 * What the two agreed to do, written by either of them, and — for the employee once it was held —
 * "make a plan from this conversation": a draft development plan with one goal per agreed action,
 * private to them until they share it.
 */
export function AgreedActions({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const store = useStore(conversation);
  const [planning, setPlanning] = useState(false);
  const path = { conversationId: conversation.id };
  const add = useContractForm({
    schema: addAgreedActionRequest,
    initialValues: { actionText: '' },
    submit: (body) =>
      apiPost('/api/growth/conversations/{conversationId}/actions', { params: { path }, body }),
    onSuccess: (detail) => void store(detail),
    resetOnSuccess: true,
  });
  const plan = useContractForm({
    schema: planFromConversationRequest,
    initialValues: { title: t('conversations.actions.planTitleDefault') },
    submit: (body) => apiPost('/api/growth/conversations/{conversationId}/plan', { params: { path }, body }),
    onSuccess: (detail) => {
      void store(detail);
      setPlanning(false);
      showToast({ tone: 'positive', message: t('conversations.actions.planMade') });
    },
    opened: planning,
  });
  const abilities = conversation.abilities;
  const none = conversation.agreedActions.length === 0;
  if (none && !abilities.addAction) return null;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="agreed-title"
      data-testid="agreed-actions"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id="agreed-title">
              {t('conversations.actions.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('conversations.actions.lead')}
            </Text>
          </Stack>
          {abilities.makePlan ? (
            <Button
              variant="light"
              color="brand"
              leftSection={<IconListCheck size={16} aria-hidden />}
              onClick={() => setPlanning(true)}
              disabled={none}
              data-testid="conversation-make-plan"
            >
              {t('conversations.actions.makePlan')}
            </Button>
          ) : null}
        </Group>
        {none ? (
          <Text size="sm" c="dimmed" data-testid="agreed-actions-empty">
            {abilities.makePlan ? t('conversations.actions.emptyForPlan') : t('conversations.actions.empty')}
          </Text>
        ) : (
          <Stack gap={6} component="ol" p={0} m={0} aria-labelledby="agreed-title">
            {conversation.agreedActions.map((action) => (
              <ActionRow key={action.id} conversation={conversation} action={action} />
            ))}
          </Stack>
        )}
        {abilities.addAction ? (
          <form onSubmit={add.onSubmit} ref={add.formRef} noValidate>
            <Stack gap={4}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('conversations.actions.add')}
                  placeholder={t('conversations.actions.placeholder')}
                  style={{ flex: 1 }}
                  {...add.form.getInputProps('actionText')}
                  data-testid="agreed-action-text"
                />
                <Button
                  type="submit"
                  mt={24}
                  color="brand"
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  loading={add.pending}
                  data-testid="agreed-action-add"
                >
                  {t('conversations.actions.addButton')}
                </Button>
              </Group>
              <FormErrorBanner form={add} />
            </Stack>
          </form>
        ) : null}
      </Stack>
      <FormModal
        opened={planning}
        onClose={() => setPlanning(false)}
        title={t('conversations.actions.makePlan')}
        form={plan}
        submitLabel={t('conversations.actions.makePlanSubmit')}
        submitProps={{ 'data-testid': 'conversation-plan-submit' }}
      >
        <Text size="sm">
          {t('conversations.actions.planExplain', { count: conversation.agreedActions.length })}
        </Text>
        <TextInput
          label={t('conversations.actions.planTitle')}
          data-autofocus
          {...plan.form.getInputProps('title')}
        />
      </FormModal>
    </Paper>
  );
}

function ActionRow({ conversation, action }: { conversation: ConversationDetail; action: AgreedAction }) {
  const { t } = useTranslation();
  const store = useStore(conversation);
  const remove = useMutation({
    mutationFn: () =>
      apiDelete('/api/growth/conversations/{conversationId}/actions/{actionId}', {
        params: { path: { conversationId: conversation.id, actionId: action.id } },
      }),
    onSuccess: store,
  });
  const mine = conversation.viewerRole === action.authorRole;
  return (
    <li style={{ listStyle: 'none' }} data-testid="agreed-action">
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {action.actionText}
          </Text>
          <Group gap={4}>
            <Badge size="xs" variant="light" color={action.authorRole === 'manager' ? 'gray' : 'brand'}>
              {mine
                ? t('conversations.actions.byYou')
                : action.authorRole === 'manager'
                  ? t('conversations.actions.byManager', { name: conversation.manager.displayName })
                  : t('conversations.actions.byEmployee', { name: conversation.employee.displayName })}
            </Badge>
          </Group>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </Stack>
        {action.abilities.remove ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            aria-label={t('conversations.actions.remove', { text: action.actionText })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        ) : null}
      </Group>
    </li>
  );
}
