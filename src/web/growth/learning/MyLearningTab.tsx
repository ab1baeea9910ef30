import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSchool } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, UpdateEnrolmentRequest } from '../../../contracts/learning';
import { isApiError } from '../../api/client';
import { formatDate, today } from '../../app/format';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { TableSkeleton } from '../../components/TableSkeleton';
import { translateMessage } from '../../i18n';
import { enrolmentsQuery, LEARNING_PAGE_SIZE, learningApi, learningKeys } from './api';

/** My enrolments: open ones first; mark complete with a date, share with my manager, withdraw. */
export function MyLearningTab({ personId, onBrowse }: { personId: string; onBrowse: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [completing, setCompleting] = useState<Enrolment | null>(null);
  const query = useQuery(enrolmentsQuery(personId, page));
  if (query.isPending) return <TableSkeleton rows={3} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.total === 0) {
    return (
      <EmptyPanel
        icon={<IconSchool size={28} />}
        title={t('learning.mine.empty')}
        description={t('learning.mine.emptyHelp')}
        order={2}
        actions={<Button onClick={onBrowse}>{t('learning.mine.browse')}</Button>}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('learning.mine.lead')}
      </Text>
      {query.data.items.map((enrolment) => (
        <EnrolmentRow key={enrolment.id} enrolment={enrolment} onComplete={() => setCompleting(enrolment)} />
      ))}
      {query.data.total > LEARNING_PAGE_SIZE ? (
        <Pager page={page} pageSize={LEARNING_PAGE_SIZE} total={query.data.total} onChange={setPage} />
      ) : null}
      {completing ? <CompleteModal enrolment={completing} onClose={() => setCompleting(null)} /> : null}
    </Stack>
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
      notifications.show({ color: 'brand', message: t('learning.mine.saved') });
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
      notifications.show({ color: 'brand', message: t('learning.mine.withdrawn') });
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
          <Badge color={done ? 'green' : 'blue'}>
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
                    color="red"
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
  const [date, setDate] = useState(today());
  const update = useEnrolmentUpdate(enrolment, onClose);
  const fieldError = isApiError(update.error, 'validation_failed')
    ? update.error.fields.completedOn
    : undefined;
  return (
    <Modal opened onClose={onClose} title={t('learning.mine.completeTitle', { title: enrolment.item.title })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ status: 'completed', completedOn: date });
        }}
      >
        <Stack>
          <TextInput
            type="date"
            label={t('learning.mine.completedDate')}
            value={date}
            max={today()}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={fieldError ? translateMessage(fieldError) : undefined}
            required
            data-autofocus
          />
          {update.isError && !fieldError ? <ErrorAlert error={update.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('learning.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('learning.mine.markComplete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
