import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../contracts/org';
import { apiPost, isApiError } from '../../api/client';
import { today } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateMessage } from '../../i18n';
import { orgKeys } from '../api';

interface DeactivateModalProps {
  person: PersonDetail;
  opened: boolean;
  onClose: () => void;
}

/** Ending employment: asks for the last day and says what happens to the account. */
export function DeactivateModal({ person, opened, onClose }: DeactivateModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<string | null>(today());
  const deactivate = useMutation({
    mutationFn: () =>
      // The confirm button is disabled until a date is chosen.
      apiPost('/api/people/{personId}/deactivate', {
        params: { path: { personId: person.id } },
        body: { terminatedOn: date!, version: person.version },
      }),
    onSuccess: async (updated) => {
      if (updated && typeof updated === 'object' && 'id' in updated) {
        queryClient.setQueryData(orgKeys.person(person.id), updated);
      }
      await queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      notifications.show({
        color: 'green',
        message: t('profile.deactivate.done', { name: person.displayName }),
      });
      onClose();
    },
  });
  const dateError =
    isApiError(deactivate.error) && deactivate.error.fields.terminatedOn
      ? translateMessage(deactivate.error.fields.terminatedOn)
      : !date
        ? t('profile.deactivate.dateRequired')
        : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('profile.deactivate.title', { name: person.displayName })}
    >
      <Stack gap="md">
        <Text size="sm">
          {t(
            person.directReportCount > 0 ? 'profile.deactivate.explainManager' : 'profile.deactivate.explain',
            {
              name: person.displayName,
              count: person.directReportCount,
            },
          )}
        </Text>
        <DatePickerInput
          label={t('person.terminatedOn')}
          required
          valueFormat="D MMMM YYYY"
          value={date}
          onChange={setDate}
          error={deactivate.isError || !date ? dateError : null}
          data-testid="deactivate-date"
        />
        {deactivate.isError && !dateError ? <ErrorAlert error={deactivate.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => deactivate.mutate()}
            loading={deactivate.isPending}
            disabled={!date}
          >
            {t('profile.deactivate.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
