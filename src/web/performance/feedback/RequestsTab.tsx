import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerFeedbackRequest, type FeedbackRequest } from '../../../contracts/feedback';
import { apiPost } from '../../api/client';
import { formatDate } from '../../app/format';
import { feedbackRequestTone, toneBadge } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Pager } from '../../components/Pager';
import { PersonAvatar } from '../../components/PersonAvatar';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { FEEDBACK_PAGE_SIZE, feedbackKeys, requestsQuery } from './api';
import { emptyDraft, type FeedbackDraft, FeedbackFields } from './FeedbackFields';

/** Requests addressed to me (answer or decline) and the ones I sent (with their status). */
export function RequestsTab() {
  return (
    <Stack gap="xl">
      <RequestList direction="incoming" />
      <RequestList direction="outgoing" />
    </Stack>
  );
}

function RequestList({ direction }: { direction: 'incoming' | 'outgoing' }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const requests = useQuery(requestsQuery(direction, page));
  const headingId = `requests-${direction}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t(`feedback.requests.${direction}`)}
      </Title>
      <QueryView
        query={requests}
        skeleton={<TableSkeleton rows={2} />}
        empty={
          <Text size="sm" c="dimmed" data-testid={`requests-${direction}-empty`}>
            {t(`feedback.requests.${direction}Empty`)}
          </Text>
        }
      >
        {(data) => (
          <>
            <Stack gap="xs">
              {data.items.map((request) => (
                <RequestRow key={request.id} request={request} direction={direction} />
              ))}
            </Stack>
            <Pager page={page} pageSize={FEEDBACK_PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}

function RequestRow({
  request,
  direction,
}: {
  request: FeedbackRequest;
  direction: 'incoming' | 'outgoing';
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState(false);
  const other = direction === 'incoming' ? request.requester : request.responder;
  const decline = useMutation({
    mutationFn: () =>
      apiPost('/api/feedback/requests/{requestId}/decline', {
        params: { path: { requestId: request.id } },
        body: { version: request.version },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      showToast({ tone: 'neutral', message: t('feedback.requests.declined') });
    },
  });
  return (
    <Paper withBorder p="md" data-testid={`request-${direction}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <PersonAvatar name={other.displayName} size={32} />
            <Text fw={600} size="sm">
              {direction === 'incoming'
                ? t('feedback.requests.from', { name: other.displayName })
                : t('feedback.requests.to', { name: other.displayName })}
            </Text>
          </Group>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {formatDate(request.createdAt)}
            </Text>
            <Badge {...toneBadge(feedbackRequestTone[request.status])}>
              {t(`feedback.requests.status.${request.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c={request.question ? undefined : 'dimmed'}>
          {request.question || t('feedback.requests.noQuestion')}
        </Text>
        {request.abilities.answer || request.abilities.decline ? (
          <Group gap="xs" justify="flex-end">
            {request.abilities.decline ? (
              <Button
                variant="default"
                size="xs"
                onClick={() => decline.mutate()}
                loading={decline.isPending}
              >
                {t('feedback.requests.decline')}
              </Button>
            ) : null}
            {request.abilities.answer ? (
              <Button size="xs" onClick={() => setAnswering(true)}>
                {t('feedback.requests.answer')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {decline.isError ? <ErrorAlert error={decline.error} /> : null}
      </Stack>
      {answering ? <AnswerModal request={request} onClose={() => setAnswering(false)} /> : null}
    </Paper>
  );
}

function AnswerModal({ request, onClose }: { request: FeedbackRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: answerFeedbackRequest,
    initialValues: emptyDraft,
    toRequest: (draft) => ({ version: request.version, ...draft }),
    validate: (draft) => (draft.body.trim() ? {} : { body: t('feedback.form.writeSomething') }),
    overrideContractMessages: true,
    submit: (body) =>
      apiPost('/api/feedback/requests/{requestId}/answer', {
        params: { path: { requestId: request.id } },
        body,
      }),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      showToast({
        tone: 'positive',
        message: t('feedback.form.sent', { name: item.recipient.displayName }),
      });
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('feedback.requests.answerTitle', { name: request.requester.displayName })}
      size="lg"
      form={form}
      submitLabel={t('feedback.form.send')}
    >
      {request.question ? (
        <Text size="sm" fs="italic">
          “{request.question}”
        </Text>
      ) : null}
      <FeedbackFields
        draft={form.form.getValues()}
        onChange={(next: FeedbackDraft) => form.form.setValues(next)}
        bodyError={form.form.errors.body}
        visibilityError={form.form.errors.visibility}
      />
    </FormModal>
  );
}
