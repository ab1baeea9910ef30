import { ActionIcon, Badge, Button, Group, Menu, Modal, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconDots, IconLock, IconPencil, IconShare, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aspiration } from '../../../contracts/aspirations';
import { apiDelete, apiPost } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { aspirationKeys } from './api';

/** One aspiration: kind and horizon, the words, and (for the owner) the sharing switch and actions. */
export function AspirationCard({ item, onEdit }: { item: Aspiration; onEdit?: (item: Aspiration) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const share = useMutation({
    mutationFn: (sharedWithManager: boolean) =>
      apiPost('/api/growth/aspirations/{aspirationId}/sharing', {
        params: { path: { aspirationId: item.id } },
        body: { version: item.version, sharedWithManager },
      }),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      showToast({
        tone: 'positive',
        message: updated.sharedWithManager ? t('aspirations.sharedToast') : t('aspirations.unsharedToast'),
      });
    },
  });
  const shareTalent = useMutation({
    mutationFn: (sharedWithTalentReview: boolean) =>
      apiPost('/api/growth/aspirations/{aspirationId}/sharing', {
        params: { path: { aspirationId: item.id } },
        body: { version: item.version, sharedWithTalentReview },
      }),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      showToast({
        tone: 'positive',
        message: updated.sharedWithTalentReview
          ? t('aspirations.talentSharedToast')
          : t('aspirations.talentUnsharedToast'),
      });
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      apiDelete('/api/growth/aspirations/{aspirationId}', { params: { path: { aspirationId: item.id } } }),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      showToast({ tone: 'positive', message: t('aspirations.removed') });
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="aspiration-card"
      style={{ borderLeft: '4px solid var(--mantine-color-brand-6)' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap={6}>
            <Badge color="brand" variant="light">
              {t(`aspirations.kinds.${item.kind}`)}
            </Badge>
            {item.fromConversation ? (
              <Badge color="gray" variant="outline">
                {t('aspirations.fromConversation')}
              </Badge>
            ) : null}
          </Group>
          {item.abilities.edit ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('aspirations.edit')}>
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit?.(item)}>
                  {t('aspirations.edit')}
                </Menu.Item>
                <Menu.Item
                  color={toneColor.negative}
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                >
                  {t('aspirations.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{item.aspirationText}</Text>
        {item.abilities.share ? (
          <Switch
            size="sm"
            color="brand"
            checked={item.sharedWithManager}
            disabled={share.isPending}
            onChange={(event) => share.mutate(event.currentTarget.checked)}
            label={item.sharedWithManager ? t('aspirations.shared') : t('aspirations.private')}
            thumbIcon={
              item.sharedWithManager ? (
                <IconShare size={10} aria-hidden />
              ) : (
                <IconLock size={10} aria-hidden />
              )
            }
            aria-label={`${t('aspirations.shareToggle')}: ${item.aspirationText.slice(0, 60)}`}
            data-testid="aspiration-share-toggle"
          />
        ) : null}
        {item.abilities.share ? (
          <Switch
            size="sm"
            color="brand"
            checked={item.sharedWithTalentReview}
            disabled={shareTalent.isPending}
            onChange={(event) => shareTalent.mutate(event.currentTarget.checked)}
            label={t('aspirations.talentToggle')}
            aria-label={`${t('aspirations.talentToggle')}: ${item.aspirationText.slice(0, 60)}`}
            data-testid="aspiration-share-talent-toggle"
          />
        ) : null}
        {share.isError ? <ErrorAlert error={share.error} /> : null}
        {shareTalent.isError ? <ErrorAlert error={shareTalent.error} /> : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('aspirations.removeTitle')}>
        <Stack>
          <Text size="sm">{t('aspirations.removeBody')}</Text>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
            <Button color={toneColor.negative} loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('aspirations.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
