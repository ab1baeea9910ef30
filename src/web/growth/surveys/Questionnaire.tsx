import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Questionnaire as QuestionnaireData, SURVEY_COMMENT_MAX } from '../../../contracts/surveys';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIsPhone } from '../../components/useIsPhone';
import { apiFieldErrors } from '../../i18n/issues';
import {
  answerBody,
  enpsPoints,
  likertLabelKeys,
  likertPoints,
  missingAnswers,
  questionOfField,
} from './surveyView';

type Body = ReturnType<typeof answerBody>;

/** The anonymity promise a respondent reads before answering (SPEC S1.3). */
export function AnonymityPromise({
  threshold,
  commentThreshold,
}: {
  threshold: number;
  commentThreshold: number;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      {...toneAlert('info')}
      icon={<IconLock size={18} aria-hidden />}
      title={t('surveys.promise.title')}
      data-testid="survey-promise"
    >
      {t('surveys.promise.text', { threshold, commentThreshold })}
    </Alert>
  );
}

/**
 * One round's questions: Likert items as five labelled radio buttons, the eNPS item as eleven,
 * optional comments with their limit; a check that names each unanswered question, a confirmation
 * that the answer cannot be changed, and a thank-you once it is in. `send` posts the answers
 * (signed in, or with the emailed link's token).
 */
export function Questionnaire({
  data,
  send,
  after,
}: {
  data: QuestionnaireData;
  send: (body: Body) => Promise<unknown>;
  /** What the thank-you offers next (a link back to the list). */
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [likert, setLikert] = useState<Record<string, number | undefined>>({});
  const [enps, setEnps] = useState<number | null>(null);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({ mutationFn: (body: Body) => send(body) });
  const answers = { likert, enps, comments };
  const missing = missingAnswers(data.questions, answers);
  const serverFields = apiFieldErrors(submit.error);
  const serverError = (questionId: string) =>
    Object.entries(serverFields).find(([field]) => questionOfField(field) === questionId)?.[1];
  const errorOf = (field: string, questionId: string) =>
    (checked && missing.includes(field) ? t('surveys.answer.required') : undefined) ??
    serverError(questionId);

  if (submit.isSuccess)
    return (
      <Paper withBorder p="xl" data-testid="survey-thanks">
        <Stack gap="sm" align="flex-start">
          <Group gap="xs">
            <IconCircleCheck size={24} aria-hidden />
            <Title order={2} size="h3">
              {t('surveys.answer.thanksTitle')}
            </Title>
          </Group>
          <Text role="status">{t('surveys.answer.thanks', { date: formatDate(data.closesOn) })}</Text>
          {after}
        </Stack>
      </Paper>
    );

  const onSubmit = () => {
    setChecked(true);
    if (missing.length > 0) {
      // Move to the first question still to answer, so a keyboard or screen-reader user lands there.
      const first = missing[0]!;
      const id = first === 'enps' ? 'survey-q-enps' : `survey-q-${first.slice('likert.'.length)}`;
      document.querySelector<HTMLInputElement>(`#${CSS.escape(id)} input`)?.focus();
      return;
    }
    setConfirming(true);
  };
  let number = 0;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      data-testid="survey-form"
    >
      <Stack gap="md">
        <AnonymityPromise {...data.anonymity} />
        {data.questions.map((q) => {
          number += 1;
          const heading = (
            <Title order={2} size="h5" component="span">
              {number}. {q.prompt}
            </Title>
          );
          if (q.kind === 'likert')
            return (
              <Paper key={q.id} withBorder p="md" data-testid="survey-question">
                <Radio.Group
                  id={`survey-q-${q.id}`}
                  label={heading}
                  description={t('surveys.answer.likertHelp')}
                  value={likert[q.id] === undefined ? null : String(likert[q.id])}
                  onChange={(value) => setLikert((a) => ({ ...a, [q.id]: Number(value) }))}
                  error={errorOf(`likert.${q.id}`, q.id)}
                >
                  <SimpleGrid cols={phone ? 1 : 5} spacing="xs" mt="sm">
                    {likertPoints.map((point) => (
                      <Radio
                        key={point}
                        value={String(point)}
                        label={t(`surveys.answer.scale.${likertLabelKeys[point]}`)}
                      />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
              </Paper>
            );
          if (q.kind === 'enps')
            return (
              <Paper key={q.id} withBorder p="md" data-testid="survey-question">
                <Radio.Group
                  id="survey-q-enps"
                  label={heading}
                  description={t('surveys.answer.enpsHelp')}
                  value={enps === null ? null : String(enps)}
                  onChange={(value) => setEnps(Number(value))}
                  error={errorOf('enps', 'enps')}
                >
                  <Group gap={phone ? 'sm' : 'md'} mt="sm" wrap="wrap">
                    {enpsPoints.map((point) => (
                      <Radio
                        key={point}
                        value={String(point)}
                        label={String(point)}
                        aria-label={
                          point === 0
                            ? t('surveys.answer.enpsLow')
                            : point === 10
                              ? t('surveys.answer.enpsHigh')
                              : undefined
                        }
                      />
                    ))}
                  </Group>
                  <Group justify="space-between" mt={6} aria-hidden>
                    <Text size="xs" c="dimmed">
                      {t('surveys.answer.enpsLow')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('surveys.answer.enpsHigh')}
                    </Text>
                  </Group>
                </Radio.Group>
              </Paper>
            );
          const text = comments[q.id] ?? '';
          return (
            <Paper key={q.id} withBorder p="md" data-testid="survey-question">
              <Textarea
                label={heading}
                description={t('surveys.answer.commentHelp', { max: SURVEY_COMMENT_MAX })}
                autosize
                minRows={3}
                maxLength={SURVEY_COMMENT_MAX}
                value={text}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setComments((c) => ({ ...c, [q.id]: value }));
                }}
                error={serverError(q.id)}
              />
              <Text size="xs" c="dimmed" ta="right" mt={4}>
                {t('surveys.answer.commentCount', { count: text.length, max: SURVEY_COMMENT_MAX })}
              </Text>
            </Paper>
          );
        })}
        {checked && missing.length > 0 ? (
          <Alert {...toneAlert('negative')} role="alert" data-testid="survey-missing">
            {t('surveys.answer.missing', { count: missing.length })}
          </Alert>
        ) : null}
        {submit.isError ? <ErrorAlert error={submit.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={submit.isPending} data-testid="survey-submit">
            {t('surveys.answer.submit')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('surveys.answer.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text>{t('surveys.answer.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('surveys.answer.review')}
            </Button>
            <Button
              data-testid="survey-confirm"
              onClick={() => {
                setConfirming(false);
                submit.mutate(answerBody(data.questions, answers));
              }}
            >
              {t('surveys.answer.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
