import { Button, Divider, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasWeights, overallScore, requiredProgress } from '../../../contracts/reviewScore';
import type { FormQuestion, GoalResult, RatingScaleDto, ReviewFormDto } from '../../../contracts/reviews';
import { isApiError } from '../../api/client';
import { toneText } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { apiFieldErrors } from '../../i18n/issues';
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

/**
 * Scrolls the question into view and puts the focus on its first input (a radio of a rating, the
 * text box of a written answer), so keyboard and screen-reader users land on the gap as well.
 */
export function jumpToQuestion(root: HTMLElement | null, questionId: string) {
  const target = root?.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  const input = target.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])');
  input?.focus({ preventScroll: true });
}

interface FormEditorProps {
  form: ReviewFormDto;
  title: string;
  scale: RatingScaleDto;
  goals: GoalResult[];
  onSaved?: () => void;
  onSubmitted: () => void;
}

/**
 * The author's form: autosaving questions, the save state, how many required questions are
 * answered, the live weighted score (manager forms with weights: the same computation the server
 * stores and calibration shows) and a submit that first checks the answers on the page — jumping
 * to the first gap — and only then asks to confirm the lock.
 */
export function FormEditor({ form, title, scale, goals, onSaved, onSubmitted }: FormEditorProps) {
  const { t } = useTranslation();
  const { slots, change, flushNow, settle, resolve, overall } = useAutosave(form.id, form.answers, onSaved);
  const [confirming, setConfirming] = useState(false);
  /** Set by a submit attempt: from then on the unanswered required questions show as errors. */
  const [checked, setChecked] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const values = useMemo(
    () =>
      form.questions.map((question) => ({
        questionId: question.id,
        rating: slots[question.id]?.value.rating ?? null,
        text: slots[question.id]?.value.text ?? null,
      })),
    [form.questions, slots],
  );
  const progress = requiredProgress(form.questions, values);
  const score =
    form.kind === 'manager' && hasWeights(form.questions) ? overallScore(form.questions, values) : null;
  const submit = useMutation({
    // Pending answers are saved first; a form with an answer in conflict or unsaved is not submitted.
    mutationFn: async () => {
      if (!(await settle())) throw new UnsavedAnswers();
      return reviewWrites.submit(form.id);
    },
    onSuccess: () => {
      setConfirming(false);
      showToast({ tone: 'positive', message: t('reviews.submit.done') });
      onSubmitted();
    },
    onError: (error) => {
      setConfirming(false);
      // The server found a gap the page did not (answers changed elsewhere): mark it and go there too.
      const fields = isApiError(error, 'validation_failed') ? Object.keys(apiFieldErrors(error)) : [];
      const first = form.questions.find((question) => fields.includes(question.id));
      if (first) {
        setChecked(true);
        requestAnimationFrame(() => jumpToQuestion(rootRef.current, first.id));
      }
    },
  });
  // The server's messages for the gaps it found (translated by code), else the page's own check.
  const serverErrors = isApiError(submit.error, 'validation_failed') ? apiFieldErrors(submit.error) : {};
  const fieldError = (questionId: string) =>
    serverErrors[questionId] ||
    (checked && progress.missing.includes(questionId) ? t('reviews.submit.fieldMissing') : undefined);
  const missingCount = form.questions.filter((question) => fieldError(question.id)).length;
  const unsaved = submit.error instanceof UnsavedAnswers;

  const startSubmit = () => {
    flushNow();
    setChecked(true);
    const [first] = progress.missing;
    if (first) {
      // No confirm dialog while answers are missing: go to the first one instead.
      submit.reset();
      jumpToQuestion(rootRef.current, first);
      return;
    }
    setConfirming(true);
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} data-testid={`review-form-${form.kind}`} ref={rootRef}>
      <Stack gap="lg">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Group gap="md">
            {score !== null ? (
              <Text size="sm" c="dimmed" data-testid="review-overall-score">
                {t('reviews.form.overallScore', { score: score.toFixed(2) })}
              </Text>
            ) : null}
            <SaveState status={overall} />
          </Group>
        </Group>
        {form.reopenReason ? (
          <Text size="sm" c={toneText('caution')}>
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
                <Stack key={question.id} gap="xs" data-question-id={question.id}>
                  <QuestionField
                    question={question}
                    scale={scale}
                    value={value}
                    goals={goals}
                    disabled={!form.abilities.edit || slot?.status === 'conflict'}
                    error={fieldError(question.id)}
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
          <Text c={toneText('negative')} size="sm" role="alert">
            {t('reviews.submit.unsaved')}
          </Text>
        ) : null}
        {missingCount > 0 ? (
          <Text c={toneText('negative')} size="sm" role="alert" data-testid="review-missing-summary">
            {t('reviews.submit.missingSummary', { count: missingCount })}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          {progress.required > 0 ? (
            <Text
              size="sm"
              fw={500}
              c={progress.answered === progress.required ? toneText('positive') : 'dimmed'}
              data-testid="review-required-progress"
            >
              {t('reviews.submit.progress', progress)}
            </Text>
          ) : null}
          {!form.abilities.submit && form.kind === 'manager' && form.abilities.edit ? (
            <Text size="sm" c="dimmed">
              {t('reviews.submit.needsSelf')}
            </Text>
          ) : null}
          <Button
            onClick={startSubmit}
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
