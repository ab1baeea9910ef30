import { Select, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createOfferRequest, type OfferKind, offerKind } from '../../../contracts/developmentOffers';
import type { TalentCard } from '../../../contracts/talent';
import { apiPost } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { talentKeys } from './api';

/** Offers the person a development opportunity; they receive it without any talent label. */
export function OfferModal({
  card,
  opened,
  onClose,
}: {
  card: TalentCard;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: createOfferRequest,
    initialValues: { kind: 'programme' as OfferKind, title: '', offerText: '' },
    submit: (body) =>
      apiPost('/api/growth/talent/sessions/{sessionId}/people/{personId}/offers', {
        params: { path: { sessionId: card.sessionId, personId: card.person.id } },
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: talentKeys.all });
      showToast({ tone: 'positive', message: t('talent.offer.sent') });
      onClose();
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('talent.offer.title', { name: card.person.displayName })}
      size="lg"
      form={form}
      submitLabel={t('talent.offer.save')}
      submitProps={{ 'data-testid': 'offer-save' }}
    >
      <Select
        label={t('talent.offer.kind')}
        data={offerKind.options.map((k) => ({ value: k, label: t(`talent.offer.kinds.${k}`) }))}
        allowDeselect={false}
        {...form.form.getInputProps('kind')}
      />
      <TextInput
        label={t('talent.offer.offerTitle')}
        required
        data-autofocus
        {...form.form.getInputProps('title')}
      />
      <Textarea
        label={t('talent.offer.offerText')}
        description={t('talent.offer.offerTextHint')}
        required
        autosize
        minRows={3}
        {...form.form.getInputProps('offerText')}
      />
    </FormModal>
  );
}
