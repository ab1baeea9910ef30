import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalResult, RatingScaleDto, ReviewFormDto } from '../../../contracts/reviews';
import { formatDateTime } from '../../app/format';
import { toneText } from '../../app/statusColors';
import { bySection } from './FormEditor';
import { QuestionAnswer } from './QuestionField';

/** A form someone else wrote (or one's own after submitting), as far as the caller may read it. */
export function FormReadOnly({
  form,
  title,
  scale,
  goals,
  hiddenReason,
  actions,
}: {
  form: ReviewFormDto;
  title: string;
  scale: RatingScaleDto;
  goals: GoalResult[];
  /** Why the answers are not shown, when they are not. */
  hiddenReason?: string;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const answers = new Map((form.answers ?? []).map((a) => [a.questionId, a]));
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} data-testid={`review-form-${form.kind}`}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {form.submittedAt
                ? t('reviews.form.submittedOn', { date: formatDateTime(form.submittedAt) })
                : t('reviews.form.draftNotShared')}
            </Text>
          </Stack>
          {actions}
        </Group>
        {form.requestNote ? (
          <Text size="sm">{t('reviews.form.requestNote', { note: form.requestNote })}</Text>
        ) : null}
        {form.reopenReason ? (
          <Text size="sm" c={toneText('caution')}>
            {t('reviews.form.reopened', { reason: form.reopenReason })}
          </Text>
        ) : null}
        {form.answers === null ? (
          <Text c="dimmed">{hiddenReason ?? t('reviews.form.notVisible')}</Text>
        ) : (
          bySection(form.questions).map((section) => (
            <Stack key={section.id} gap="sm" component="section" aria-label={section.title}>
              <Divider label={section.title} labelPosition="left" />
              {section.questions.map((question) => (
                <QuestionAnswer
                  key={question.id}
                  question={question}
                  scale={scale}
                  answer={answers.get(question.id)}
                  goals={goals}
                />
              ))}
            </Stack>
          ))
        )}
      </Stack>
    </Paper>
  );
}
