import { Radio, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deactivatePersonRequest, type PersonDetail } from '../../../contracts/org';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { orgKeys } from '../api';

type ReasonChoice = 'voluntary' | 'involuntary' | 'none';
const reasonChoices: ReasonChoice[] = ['voluntary', 'involuntary', 'none'];

interface DeactivateModalProps {
  person: PersonDetail;
  opened: boolean;
  onClose: () => void;
}

/**
 * Ending employment: asks for the last day and, optionally, why they left (for the turnover
 * figures), and says what happens to the account.
 */
export function DeactivateModal({ person, opened, onClose }: DeactivateModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: deactivatePersonRequest,
    initialValues: { terminatedOn: today() as string | null, terminationReason: 'none' as ReasonChoice },
    toRequest: (values) => ({
      terminatedOn: values.terminatedOn ?? '',
      terminationReason: values.terminationReason === 'none' ? null : values.terminationReason,
      version: person.version,
    }),
    validate: (values) => (values.terminatedOn ? {} : { terminatedOn: t('profile.deactivate.dateRequired') }),
    overrideContractMessages: true,
    submit: (body) =>
      apiPost('/api/people/{personId}/deactivate', { params: { path: { personId: person.id } }, body }),
    onSuccess: async (updated) => {
      if (updated && typeof updated === 'object' && 'id' in updated) {
        queryClient.setQueryData(orgKeys.person(person.id), updated);
      }
      await queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      showToast({
        tone: 'positive',
        message: t('profile.deactivate.done', { name: person.displayName }),
      });
      onClose();
    },
    opened,
  });
  const date = form.form.getValues().terminatedOn;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('profile.deactivate.title', { name: person.displayName })}
      form={form}
      submitLabel={t('profile.deactivate.confirm')}
      submitProps={{ color: toneColor.negative, disabled: !date }}
    >
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
        {...form.form.getInputProps('terminatedOn')}
        error={form.form.errors.terminatedOn ?? (!date ? t('profile.deactivate.dateRequired') : null)}
        data-testid="deactivate-date"
      />
      <Radio.Group
        label={t('profile.deactivate.reason.label')}
        description={t('profile.deactivate.reason.description')}
        {...form.form.getInputProps('terminationReason')}
      >
        <Stack gap="xs" mt="xs">
          {reasonChoices.map((choice) => (
            <Radio key={choice} value={choice} label={t(`profile.deactivate.reason.${choice}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  );
}
