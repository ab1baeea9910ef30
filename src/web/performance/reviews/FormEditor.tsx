import { Button, Divider, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormQuestion, GoalResult, RatingScaleDto, ReviewFormDto } from '../../../contracts/reviews';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reviewWrites } from './api';
import { ConflictPanel } from './ConflictPanel';
import { QuestionField } from './QuestionField';
import { SaveState } from './ReviewBits';
import { useAutosave } from './useAutosave';

/** Questions grouped by their template section, in order. */
export function bySection(questions: FormQuestion[]) {
  const sections: { id: string; title: string; questions: FormQuestion[] }[] = [];
  for (const question of questions) {
    const last = sections[sections.length - 1];
    if (last && last.id === question.sectionId) last.questions.push(question);
    else sections.push({ id: question.sectionId, title: question.sectionTitle, questions: [question] });
  }
  return sections;
}

/** A submit stopped because an answer is in conflict or could not be saved. */
class UnsavedAnswers extends Error {}

interface FormEditorProps {
  form: ReviewFormDto;
  title: string;
  scale: RatingScaleDto;
  goals: GoalResult[];
  /** Shown beside the save state, e.g. the live weighted score of a manager form. */
  extra?: React.ReactNode;
  onSaved?: () => void;
  onSubmitted: () => void;
}

/** The author's form: autosaving questions, the save state, and a confirmed submit that locks it. */
export function FormEditor({ form, title, scale, goals, extra, onSaved, onSubmitted }: FormEditorProps) {
  const { t } = useTranslation();
  const { slots, change, flushNow, settle, resolve, overall } = useAutosave(form.id, form.answers, onSaved);
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    // Pending answers are saved first; a form with an answer in conflict or unsaved is not submitted.
    mutationFn: async () => {
      if (!(await settle())) throw new UnsavedAnswers();
      return reviewWrites.submit(form.id);
    },
    onSuccess: () => {
      setConfirming(false);
      notifications.show({ color: 'teal', message: t('reviews.submit.done') });
      onSubmitted();
    },
    onError: () => setConfirming(false),
  });
  const fieldErrors = isApiError(submit.error, 'validation_failed') ? submit.error.fields : {};
  const unsaved = submit.error instanceof UnsavedAnswers;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} data-testid={`review-form-${form.kind}`}>
      <Stack gap="lg">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Group gap="md">
            {extra}
            <SaveState status={overall} />
          </Group>
        </Group>
        {form.reopenReason ? (
          <Text size="sm" c="orange.9">
            {t('reviews.form.reopened', { reason: form.reopenReason })}
          </Text>
        ) : null}
        {bySection(form.questions).map((section) => (
          <Stack key={section.id} gap="md" component="section" aria-label={section.title}>
            <Divider label={section.title} labelPosition="left" />
            {section.questions.map((question) => {
              const slot = slots[question.id];
              const value = slot?.value ?? { rating: null, text: null };
              return (
                <Stack key={question.id} gap="xs">
                  <QuestionField
                    question={question}
                    scale={scale}
                    value={value}
                    goals={goals}
                    disabled={!form.abilities.edit || slot?.status === 'conflict'}
                    error={fieldErrors[question.id] ? t('reviews.submit.missing') : undefined}
                    onChange={(next) => change(question.id, next)}
                    onBlur={flushNow}
                  />
                  {slot?.conflict ? (
                    <ConflictPanel
                      questionId={question.id}
                      theirs={slot.conflict}
                      mine={value}
                      scale={scale}
                      onResolve={(keep) => resolve(question.id, keep)}
                    />
                  ) : null}
                </Stack>
              );
            })}
          </Stack>
        ))}
        {submit.isError && !isApiError(submit.error, 'validation_failed') && !unsaved ? (
          <ErrorAlert error={submit.error} />
        ) : null}
        {unsaved ? (
          <Text c="red.9" size="sm" role="alert">
            {t('reviews.submit.unsaved')}
          </Text>
        ) : null}
        {submit.isError && isApiError(submit.error, 'validation_failed') ? (
          <Text c="red.9" size="sm" role="alert">
            {t('reviews.submit.missing')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          {!form.abilities.submit && form.kind === 'manager' && form.abilities.edit ? (
            <Text size="sm" c="dimmed">
              {t('reviews.submit.needsSelf')}
            </Text>
          ) : null}
          <Button
            onClick={() => {
              flushNow();
              setConfirming(true);
            }}
            disabled={!form.abilities.submit || overall === 'conflict'}
            data-testid="review-submit"
          >
            {t('reviews.submit.button')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('reviews.submit.confirmTitle')}
        centered
      >
        <Stack>
          <Text>{t('reviews.submit.confirmBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('reviews.submit.cancel')}
            </Button>
            <Button
              loading={submit.isPending}
              onClick={() => submit.mutate()}
              data-testid="review-submit-confirm"
            >
              {t('reviews.submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
