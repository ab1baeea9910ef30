import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { fieldError as fieldErrorOf } from '../oneOnOnes/fieldMessage';
import { feedbackKeys } from './api';
import { emptyDraft, type FeedbackDraft, FeedbackFields } from './FeedbackFields';

/** Write feedback or praise to a colleague. */
export function GiveFeedbackModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldError = (error: unknown, name: string) => fieldErrorOf(error, name, t);
  const me = useMe();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [draft, setDraft] = useState<FeedbackDraft>(emptyDraft);
  const [touched, setTouched] = useState(false);
  const give = useMutation({
    // Submitted only once a person is picked (the form's submit handler).
    mutationFn: () => apiPost('/api/feedback', { body: { recipientId: person!.id, ...draft } }),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      notifications.show({
        color: 'green',
        message: t('feedback.form.sent', { name: item.recipient.displayName }),
      });
      setPerson(null);
      setDraft(emptyDraft);
      setTouched(false);
      onClose();
    },
  });
  const known = ['recipientId', 'body', 'visibility'].some((name) => fieldError(give.error, name));
  return (
    <Modal opened={opened} onClose={onClose} title={t('feedback.form.giveTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (person && draft.body.trim()) give.mutate();
        }}
      >
        <Stack gap="md">
          <PersonPicker
            label={t('feedback.form.recipient')}
            value={person?.id ?? null}
            onChange={setPerson}
            excludeId={me.person?.id}
            error={
              touched && !person ? t('feedback.form.choosePerson') : fieldError(give.error, 'recipientId')
            }
            testId="feedback-recipient"
          />
          <FeedbackFields
            draft={draft}
            onChange={setDraft}
            bodyError={
              touched && !draft.body.trim()
                ? t('feedback.form.writeSomething')
                : fieldError(give.error, 'body')
            }
          />
          {give.isError && !known ? <ErrorAlert error={give.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={give.isPending}>
              {t('feedback.form.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Ask a colleague for feedback about oneself, with an optional question. */
export function AskFeedbackModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldError = (error: unknown, name: string) => fieldErrorOf(error, name, t);
  const me = useMe();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [question, setQuestion] = useState('');
  const [touched, setTouched] = useState(false);
  const ask = useMutation({
    mutationFn: () => apiPost('/api/feedback/requests', { body: { personId: person!.id, question } }),
    onSuccess: async (request) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      notifications.show({
        color: 'green',
        message: t('feedback.form.asked', { name: request.responder.displayName }),
      });
      setPerson(null);
      setQuestion('');
      setTouched(false);
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('feedback.form.askTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (person) ask.mutate();
        }}
      >
        <Stack gap="md">
          <PersonPicker
            label={t('feedback.form.askPerson')}
            value={person?.id ?? null}
            onChange={setPerson}
            excludeId={me.person?.id}
            error={touched && !person ? t('feedback.form.choosePerson') : fieldError(ask.error, 'personId')}
            testId="feedback-ask-person"
          />
          <Textarea
            label={t('feedback.form.question')}
            description={t('feedback.form.questionHint')}
            autosize
            minRows={2}
            maxLength={500}
            value={question}
            onChange={(event) => setQuestion(event.currentTarget.value)}
          />
          {ask.isError && !fieldError(ask.error, 'personId') ? <ErrorAlert error={ask.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={ask.isPending}>
              {t('feedback.form.askSend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
