import { Alert, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconLock, IconShare, IconShareOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PlanDetail,
  type PlanStatus,
  type UpdatePlanRequest,
  updatePlanRequest,
} from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { planApi } from './api';
import { usePlanMutation } from './usePlanMutation';

/** Sharing with the manager (explicit, confirmed, revocable) and its current state. */
export function ShareControl({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'share' | 'revoke' | null>(null);
  const share = usePlanMutation(
    plan.id,
    () => planApi.share(plan.id, plan.version),
    (result) => {
      setConfirming(null);
      const count = (result as PlanDetail & { suggestedForOneOnOne?: number }).suggestedForOneOnOne ?? 0;
      showToast({
        tone: 'positive',
        message: count > 0 ? t('plans.share.sharedToast', { count }) : t('plans.share.sharedToastNone'),
      });
    },
  );
  const revoke = usePlanMutation(
    plan.id,
    () => planApi.revoke(plan.id, plan.version),
    () => {
      setConfirming(null);
      showToast({ tone: 'positive', message: t('plans.share.revokedToast') });
    },
  );
  const pending = confirming === 'share' ? share : revoke;
  return (
    <>
      <Alert
        color={plan.shared ? 'brand' : 'gray'}
        variant="light"
        icon={plan.shared ? <IconShare size={18} aria-hidden /> : <IconLock size={18} aria-hidden />}
        data-testid="plan-sharing"
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            {plan.shared && plan.sharedAt
              ? t('plans.share.shared', { date: formatDate(plan.sharedAt.slice(0, 10)) })
              : t('plans.share.notShared')}
          </Text>
          {plan.abilities.share ? (
            <Button
              size="xs"
              leftSection={<IconShare size={14} aria-hidden />}
              onClick={() => setConfirming('share')}
            >
              {t('plans.share.share')}
            </Button>
          ) : null}
          {plan.abilities.revoke ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconShareOff size={14} aria-hidden />}
              onClick={() => setConfirming('revoke')}
            >
              {t('plans.share.revoke')}
            </Button>
          ) : null}
        </Group>
      </Alert>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t(confirming === 'revoke' ? 'plans.share.revokeTitle' : 'plans.share.confirmTitle')}
      >
        <Stack>
          <Text size="sm">
            {t(confirming === 'revoke' ? 'plans.share.revokeBody' : 'plans.share.confirmBody')}
          </Text>
          {pending.isError ? <ErrorAlert error={pending.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('plans.detail.cancel')}
            </Button>
            <Button
              color={confirming === 'revoke' ? toneColor.negative : undefined}
              loading={pending.isPending}
              onClick={() => pending.mutate(undefined)}
            >
              {t(confirming === 'revoke' ? 'plans.share.revokeConfirm' : 'plans.share.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

const nextStatuses: Record<PlanStatus, { status: PlanStatus; label: string }[]> = {
  draft: [
    { status: 'active', label: 'plans.detail.activate' },
    { status: 'archived', label: 'plans.detail.archive' },
  ],
  active: [
    { status: 'completed', label: 'plans.detail.complete' },
    { status: 'archived', label: 'plans.detail.archive' },
  ],
  completed: [
    { status: 'active', label: 'plans.detail.activate' },
    { status: 'archived', label: 'plans.detail.archive' },
  ],
  archived: [{ status: 'active', label: 'plans.detail.activate' }],
};

/** The owner's menu: rename, and move the plan between draft, active, completed and archived. */
export function PlanMenu({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const setStatus = usePlanMutation(plan.id, (status: PlanStatus) =>
    planApi.update(plan.id, { status, version: plan.version }),
  );
  const rename = useContractForm({
    schema: updatePlanRequest,
    initialValues: { title: plan.title },
    toRequest: (values) => ({ title: values.title, version: plan.version }),
    mutation: usePlanMutation(plan.id, (body: UpdatePlanRequest) => planApi.update(plan.id, body)),
    onSuccess: () => setRenaming(false),
    opened: renaming,
  });
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={setStatus.isPending}
          >
            {t('plans.detail.statusMenu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {plan.abilities.edit ? (
            <Menu.Item onClick={() => setRenaming(true)}>{t('plans.detail.rename')}</Menu.Item>
          ) : null}
          {nextStatuses[plan.status].map((next) => (
            <Menu.Item key={next.status} onClick={() => setStatus.mutate(next.status)}>
              {t(next.label as 'plans.detail.activate')}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <FormModal
        opened={renaming}
        onClose={() => setRenaming(false)}
        title={t('plans.detail.renameTitle')}
        form={rename}
        cancelLabel={t('plans.detail.cancel')}
        submitLabel={t('plans.detail.save')}
      >
        <TextInput
          label={t('plans.create.name')}
          required
          maxLength={200}
          data-autofocus
          {...rename.form.getInputProps('title')}
        />
      </FormModal>
      {setStatus.isError ? <ErrorAlert error={setStatus.error} /> : null}
    </>
  );
}
