import { Select, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { placeTalentRequest, type TalentCard } from '../../../contracts/talent';
import { apiPost } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { talentKeys } from './api';
import { boxName } from './labels';

/** Moving a person to another box: a dialog with the target box and a required rationale. */
export function MoveModal({
  card,
  labels,
  opened,
  onClose,
}: {
  card: TalentCard;
  labels: (string | null)[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: placeTalentRequest,
    initialValues: { box: card.box ? String(card.box) : '5', rationale: '' },
    toRequest: (draft: { box: string; rationale: string }) => ({
      version: card.version,
      box: Number(draft.box),
      rationale: draft.rationale,
    }),
    validate: (draft) => (draft.rationale.trim() ? {} : { rationale: t('talent.move.rationaleRequired') }),
    overrideContractMessages: true,
    submit: (body) =>
      apiPost('/api/growth/talent/sessions/{sessionId}/people/{personId}/placement', {
        params: { path: { sessionId: card.sessionId, personId: card.person.id } },
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: talentKeys.all });
      showToast({ tone: 'positive', message: t('talent.move.moved') });
      onClose();
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('talent.move.title', { name: card.person.displayName })}
      form={form}
      submitLabel={t('talent.move.save')}
      submitProps={{ 'data-testid': 'move-save' }}
      testId="move-form"
    >
      <Select
        label={t('talent.move.target')}
        data={[9, 8, 7, 6, 5, 4, 3, 2, 1].map((box) => ({
          value: String(box),
          label: `${box}. ${boxName(t, labels, box)}`,
        }))}
        allowDeselect={false}
        data-autofocus
        {...form.form.getInputProps('box')}
        data-testid="move-box"
      />
      <Textarea
        label={t('talent.move.rationale')}
        description={t('talent.move.rationaleHint')}
        required
        autosize
        minRows={3}
        {...form.form.getInputProps('rationale')}
        data-testid="move-rationale"
      />
    </FormModal>
  );
}
