import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateMessage } from '../../i18n';
import { planApi, storePlan } from './api';

/** Title (and whether to start now); goals and actions are added on the plan's page. */
export function NewPlanModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [active, setActive] = useState(true);
  const create = useMutation({
    mutationFn: () => planApi.create({ title, status: active ? 'active' : 'draft' }),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      setTitle('');
      onClose();
      void navigate({ to: '/growth/plans/$planId', params: { planId: plan.id } });
    },
  });
  const fieldError =
    isApiError(create.error, 'validation_failed') && create.error.fields.title
      ? translateMessage(create.error.fields.title)
      : undefined;
  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.create.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('plans.create.name')}
            placeholder={t('plans.create.namePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError}
            required
            data-autofocus
            maxLength={200}
          />
          <Checkbox
            label={t('plans.create.startActive')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
          {create.isError && !fieldError ? <ErrorAlert error={create.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('plans.create.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('plans.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
