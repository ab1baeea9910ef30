import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Enrolment,
  type UpdateEnrolmentRequest,
  updateEnrolmentRequest,
} from '../../../contracts/learning';
import { isApiError } from '../../api/client';
import { formatDate, today } from '../../app/format';
import { enrolmentTone, toneBadge, toneColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { enrolmentsQuery, LEARNING_PAGE_SIZE, learningApi, learningKeys } from './api';

/** My enrolments: open ones first; mark complete with a date, share with my manager, withdraw. */
export function MyLearningTab({ personId, onBrowse }: { personId: string; onBrowse: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [completing, setCompleting] = useState<Enrolment | null>(null);
  const query = useQuery(enrolmentsQuery(personId, page));
  return (
    <QueryView
      query={query}
      skeleton={<TableSkeleton rows={3} />}
      isEmpty={(data) => data.total === 0}
      empty={
        <EmptyPanel
          icon={<IconSchool size={28} />}
          title={t('learning.mine.empty')}
          description={t('learning.mine.emptyHelp')}
          order={2}
          actions={<Button onClick={onBrowse}>{t('learning.mine.browse')}</Button>}
        />
      }
    >
      {(data) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('learning.mine.lead')}
          </Text>
          {data.items.map((enrolment) => (
            <EnrolmentRow
              key={enrolment.id}
              enrolment={enrolment}
              onComplete={() => setCompleting(enrolment)}
            />
          ))}
          {data.total > LEARNING_PAGE_SIZE ? (
            <Pager page={page} pageSize={LEARNING_PAGE_SIZE} total={data.total} onChange={setPage} />
          ) : null}
          {completing ? <CompleteModal enrolment={completing} onClose={() => setCompleting(null)} /> : null}
        </Stack>
      )}
    </QueryView>
  );
}

function useEnrolmentUpdate(enrolment: Enrolment, onDone?: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<UpdateEnrolmentRequest>) =>
      learningApi.updateEnrolment(enrolment.id, {
        status: enrolment.status,
        completedOn: enrolment.completedOn,
        sharedWithManager: enrolment.sharedWithManager,
        version: enrolment.version,
        ...patch,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
      showToast({ tone: 'positive', message: t('learning.mine.saved') });
      onDone?.();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: learningKeys.all });
    },
  });
}

function EnrolmentRow({ enrolment, onComplete }: { enrolment: Enrolment; onComplete: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useEnrolmentUpdate(enrolment);
  const withdraw = useMutation({
    mutationFn: () => learningApi.withdraw(enrolment.id, enrolment.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
      showToast({ tone: 'positive', message: t('learning.mine.withdrawn') });
    },
  });
  const done = enrolment.status === 'completed';
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={enrolment.item.title}
      data-testid="learning-enrolment"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={600}>{enrolment.item.title}</Text>
            <Badge variant="light">{t(`learning.kinds.${enrolment.item.kind}`)}</Badge>
          </Group>
          <Badge {...toneBadge(enrolmentTone[enrolment.status])}>
            {done
              ? t('learning.mine.completedOn', { date: formatDate(enrolment.completedOn) })
              : t('learning.status.enrolled')}
          </Badge>
        </Group>
        {enrolment.item.url ? (
          <Anchor
            href={enrolment.item.url}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            w="fit-content"
          >
            {t('learning.catalogue.open')}
            <span className="visually-hidden">
              : {enrolment.item.title} ({t('learning.catalogue.newTab')})
            </span>
          </Anchor>
        ) : null}
        {enrolment.abilities.edit ? (
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Switch
              label={t('learning.mine.share')}
              checked={enrolment.sharedWithManager}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ sharedWithManager: event.currentTarget.checked })}
            />
            <Group gap="xs">
              {done ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => update.mutate({ status: 'enrolled', completedOn: null })}
                >
                  {t('learning.mine.reopen')}
                </Button>
              ) : (
                <>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={toneColor.negative}
                    onClick={() => withdraw.mutate()}
                    loading={withdraw.isPending}
                  >
                    {t('learning.mine.withdraw')}
                  </Button>
                  <Button size="xs" onClick={onComplete}>
                    {t('learning.mine.markComplete')}
                    <span className="visually-hidden">: {enrolment.item.title}</span>
                  </Button>
                </>
              )}
            </Group>
          </Group>
        ) : null}
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
      </Stack>
    </Paper>
  );
}

function CompleteModal({ enrolment, onClose }: { enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: updateEnrolmentRequest,
    initialValues: { completedOn: today() },
    toRequest: (values): UpdateEnrolmentRequest => ({
      status: 'completed',
      completedOn: values.completedOn || null,
      sharedWithManager: enrolment.sharedWithManager,
      version: enrolment.version,
    }),
    mutation: useEnrolmentUpdate(enrolment, onClose),
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('learning.mine.completeTitle', { title: enrolment.item.title })}
      form={form}
      cancelLabel={t('learning.cancel')}
      submitLabel={t('learning.mine.markComplete')}
    >
      <TextInput
        type="date"
        label={t('learning.mine.completedDate')}
        max={today()}
        required
        data-autofocus
        {...form.form.getInputProps('completedOn')}
      />
    </FormModal>
  );
}
