import { Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { giveFeedbackRequest, requestFeedbackRequest } from '../../../contracts/feedback';
import { apiPost } from '../../api/client';
import { useMe } from '../../app/session';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { PersonPicker } from '../../org/PersonPicker';
import { feedbackKeys } from './api';
import { emptyDraft, type FeedbackDraft, FeedbackFields } from './FeedbackFields';

/** Write feedback or praise to a colleague. */
export function GiveFeedbackModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: giveFeedbackRequest,
    initialValues: { recipientId: null as string | null, ...emptyDraft },
    validate: (values) => ({
      ...(values.recipientId ? {} : { recipientId: t('feedback.form.choosePerson') }),
      ...(values.body.trim() ? {} : { body: t('feedback.form.writeSomething') }),
    }),
    overrideContractMessages: true,
    submit: (body) => apiPost('/api/feedback', { body: { ...body, recipientId: body.recipientId ?? '' } }),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      showToast({
        tone: 'positive',
        message: t('feedback.form.sent', { name: item.recipient.displayName }),
      });
      onClose();
    },
    opened,
  });
  const { recipientId, ...draft } = form.form.getValues();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('feedback.form.giveTitle')}
      size="lg"
      form={form}
      submitLabel={t('feedback.form.send')}
    >
      <PersonPicker
        label={t('feedback.form.recipient')}
        value={recipientId}
        onChange={(person) => form.form.setFieldValue('recipientId', person?.id ?? null)}
        excludeId={me.person?.id}
        error={form.form.errors.recipientId}
        testId="feedback-recipient"
      />
      <FeedbackFields
        draft={draft}
        onChange={(next: FeedbackDraft) => form.form.setValues(next)}
        bodyError={form.form.errors.body}
        visibilityError={form.form.errors.visibility}
      />
    </FormModal>
  );
}

/** Ask a colleague for feedback about oneself, with an optional question. */
export function AskFeedbackModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: requestFeedbackRequest,
    initialValues: { personId: null as string | null, question: '' },
    validate: (values) => (values.personId ? {} : { personId: t('feedback.form.choosePerson') }),
    overrideContractMessages: true,
    submit: (body) => apiPost('/api/feedback/requests', { body: { ...body, personId: body.personId ?? '' } }),
    onSuccess: async (request) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      showToast({
        tone: 'positive',
        message: t('feedback.form.asked', { name: request.responder.displayName }),
      });
      onClose();
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('feedback.form.askTitle')}
      form={form}
      submitLabel={t('feedback.form.askSend')}
    >
      <PersonPicker
        label={t('feedback.form.askPerson')}
        value={form.form.getValues().personId}
        onChange={(person) => form.form.setFieldValue('personId', person?.id ?? null)}
        excludeId={me.person?.id}
        error={form.form.errors.personId}
        testId="feedback-ask-person"
      />
      <Textarea
        label={t('feedback.form.question')}
        description={t('feedback.form.questionHint')}
        autosize
        minRows={2}
        maxLength={500}
        {...form.form.getInputProps('question')}
      />
    </FormModal>
  );
}
