import { Alert, Button, Group, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconUserCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { keys360, taskQuery, writes360 } from './api';

const scale = ['1', '2', '3', '4', '5', 'na'] as const;

/** `/growth/360/respond/$taskId`: the rater's questionnaire, one scale item per competency plus comments. */
export function RespondPage() {
  const { t } = useTranslation();
  const { taskId } = useParams({ from: '/app/growth/360/respond/$taskId' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const task = useQuery(taskQuery(taskId));
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [strengths, setStrengths] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [missing, setMissing] = useState(false);
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: keys360.all });
    void navigate({ to: '/growth/360', search: { tab: 'tasks' } });
  };
  const submit = useMutation({
    mutationFn: () =>
      writes360.respond({
        taskId,
        answers: (task.data?.questions ?? []).map((q) => ({
          questionId: q.id,
          score: answers[q.id] === 'na' ? null : Number(answers[q.id]),
        })),
        strengths,
        suggestions,
      }),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('feedback360.respond.thanks') });
      done();
    },
  });
  const decline = useMutation({ mutationFn: () => writes360.decline(taskId), onSuccess: done });
  const back = (
    <AnchorLink to="/growth/360" search={{ tab: 'tasks' }} size="sm">
      ← {t('feedback360.request.back')}
    </AnchorLink>
  );
  if (task.isPending)
    return (
      <Page title={t('feedback360.title')} above={back}>
        <TableSkeleton rows={5} />
      </Page>
    );
  if (task.isError)
    return (
      <Page title={t('feedback360.title')} above={back}>
        <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />
      </Page>
    );
  const data = task.data;
  const name = data.subject.displayName;
  const isSelf = data.group === 'self';
  const onSubmit = () => {
    const complete = data.questions.every((q) => answers[q.id] !== undefined);
    setMissing(!complete);
    if (complete) submit.mutate();
  };
  return (
    <Page
      title={isSelf ? t('feedback360.respond.selfTitle') : t('feedback360.respond.title', { name })}
      above={back}
      description={t('feedback360.list.deadline', { date: formatDate(data.deadline) })}
    >
      {data.named ? (
        <Alert
          icon={<IconUserCheck size={18} aria-hidden />}
          {...toneAlert('caution')}
          data-testid="feedback360-named-notice"
        >
          {t('feedback360.respond.namedLead', { name })}
        </Alert>
      ) : (
        <Alert icon={<IconLock size={18} aria-hidden />} {...toneAlert('info')}>
          {isSelf ? t('feedback360.respond.selfLead') : t('feedback360.respond.lead', { name })}
        </Alert>
      )}
      {data.status !== 'pending' ? (
        <Alert color="gray">
          {data.status === 'done' ? t('feedback360.respond.done') : t('feedback360.respond.notOpen')}
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <Stack gap="md">
            {data.questions.map((q, index) => (
              <Paper key={q.id} withBorder p="md" data-testid="feedback360-question">
                <Radio.Group
                  value={answers[q.id] ?? null}
                  onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))}
                  label={
                    <Title order={2} size="h4" component="span">
                      {index + 1}. {q.competency}
                    </Title>
                  }
                  description={q.description}
                  error={missing && answers[q.id] === undefined ? t('feedback360.respond.missing') : null}
                >
                  {q.behaviours.length > 0 ? (
                    <Stack gap={2} mt="xs">
                      <Text size="sm" fw={500}>
                        {t('feedback360.respond.looksLike')}
                      </Text>
                      <List size="sm" c="dimmed">
                        {q.behaviours.map((b) => (
                          <List.Item key={b}>{b}</List.Item>
                        ))}
                      </List>
                    </Stack>
                  ) : null}
                  <Text size="sm" mt="sm" fw={500}>
                    {t('feedback360.respond.scaleLegend')}
                  </Text>
                  <Group mt={6} gap="md">
                    {scale.map((s) => (
                      <Radio key={s} value={s} label={t(`feedback360.respond.scale.${s}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              </Paper>
            ))}
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Textarea
                  label={t('feedback360.respond.strengths', {
                    name: isSelf ? t('feedback360.report.you') : name,
                  })}
                  description={
                    data.named
                      ? t('feedback360.respond.namedCommentHelp', { name })
                      : t('feedback360.respond.commentHelp')
                  }
                  autosize
                  minRows={3}
                  maxLength={4000}
                  value={strengths}
                  onChange={(e) => setStrengths(e.currentTarget.value)}
                />
                <Textarea
                  label={t('feedback360.respond.suggestions', {
                    name: isSelf ? t('feedback360.report.you') : name,
                  })}
                  autosize
                  minRows={3}
                  maxLength={4000}
                  value={suggestions}
                  onChange={(e) => setSuggestions(e.currentTarget.value)}
                />
              </Stack>
            </Paper>
            {missing && data.questions.some((q) => answers[q.id] === undefined) ? (
              <Alert {...toneAlert('negative')}>{t('feedback360.respond.missing')}</Alert>
            ) : null}
            {submit.isError ? <ErrorAlert error={submit.error} /> : null}
            <Group justify="space-between">
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  if (window.confirm(t('feedback360.respond.declineConfirm'))) decline.mutate();
                }}
                loading={decline.isPending}
              >
                {t('feedback360.respond.decline')}
              </Button>
              <Button type="submit" loading={submit.isPending} data-testid="feedback360-send">
                {t('feedback360.respond.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Page>
  );
}
