import { Badge, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer, FormQuestion, GoalResult, RatingScaleDto } from '../../../contracts/reviews';
import { toneText } from '../../app/statusColors';
import { GoalResults } from './ReviewBits';
import type { AnswerValue } from './useAutosave';

const ratingKinds = new Set(['rating', 'competency', 'proposed_rating']);

/** The question's heading: prompt, competency, weight and "required". */
function QuestionHeading({ question }: { question: FormQuestion }) {
  const { t } = useTranslation();
  const prompt = question.kind === 'proposed_rating' ? t('reviews.form.proposedRating') : question.prompt;
  return (
    <Group gap="xs" align="baseline">
      <Text fw={600}>{prompt}</Text>
      {question.competency ? (
        <Badge variant="outline">{t('reviews.form.competency', { name: question.competency })}</Badge>
      ) : null}
      {question.weight ? (
        <Badge variant="outline" color="gray.7">
          {t('reviews.form.weight', { weight: question.weight })}
        </Badge>
      ) : null}
      {question.required ? (
        <Text size="xs" c={toneText('caution')}>
          {t('reviews.form.required')}
        </Text>
      ) : null}
    </Group>
  );
}

interface EditableProps {
  question: FormQuestion;
  scale: RatingScaleDto;
  value: AnswerValue;
  goals: GoalResult[];
  disabled: boolean;
  error?: string;
  onChange: (value: AnswerValue) => void;
  /** A text box was left: what it holds is saved now rather than after the quiet time. */
  onBlur?: () => void;
}

/** One question as an input: a labelled radio group for ratings, a text area for written answers. */
export function QuestionField({
  question,
  scale,
  value,
  goals,
  disabled,
  error,
  onChange,
  onBlur,
}: EditableProps) {
  const { t } = useTranslation();
  const help = question.kind === 'proposed_rating' ? t('reviews.form.proposedHelp') : question.help;
  return (
    <Stack gap="xs">
      {ratingKinds.has(question.kind) ? (
        <Radio.Group
          label={<QuestionHeading question={question} />}
          description={help}
          value={value.rating ? String(value.rating) : ''}
          onChange={(next) => onChange({ ...value, rating: Number(next) })}
          error={error}
          data-testid={
            question.kind === 'proposed_rating' ? 'proposed-rating' : `review-answer-${question.id}`
          }
        >
          <Group gap="md" mt="xs">
            {scale.labels.map((label, index) => (
              <Radio
                key={label}
                value={String(index + 1)}
                label={`${index + 1} · ${label}`}
                disabled={disabled}
                data-testid={`review-answer-${question.id}-${index + 1}`}
              />
            ))}
          </Group>
        </Radio.Group>
      ) : (
        <>
          {question.kind === 'goals' ? <GoalResults goals={goals} /> : null}
          <Textarea
            label={<QuestionHeading question={question} />}
            description={help}
            value={value.text ?? ''}
            onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
            onBlur={onBlur}
            autosize
            minRows={3}
            maxRows={14}
            disabled={disabled}
            error={error}
            data-testid={`review-answer-${question.id}`}
          />
        </>
      )}
      {question.kind === 'rating' || question.kind === 'competency' ? (
        <Textarea
          label={t('reviews.form.comment')}
          value={value.text ?? ''}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          onBlur={onBlur}
          autosize
          minRows={1}
          maxRows={6}
          disabled={disabled}
          data-testid={`review-comment-${question.id}`}
        />
      ) : null}
    </Stack>
  );
}

/** One question with its stored answer, read-only. */
export function QuestionAnswer({
  question,
  scale,
  answer,
  goals,
}: {
  question: FormQuestion;
  scale: RatingScaleDto;
  answer: Answer | undefined;
  goals: GoalResult[];
}) {
  const { t } = useTranslation();
  const rating = answer?.rating;
  return (
    <Stack gap={4} data-testid={`review-readonly-${question.id}`}>
      <QuestionHeading question={question} />
      {question.kind === 'goals' ? <GoalResults goals={goals} /> : null}
      {rating ? (
        <Text>
          {rating} · {scale.labels[rating - 1]}
        </Text>
      ) : null}
      {answer?.text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{answer.text}</Text> : null}
      {!rating && !answer?.text ? (
        <Text size="sm" c="dimmed">
          {t('reviews.form.noAnswer')}
        </Text>
      ) : null}
    </Stack>
  );
}
