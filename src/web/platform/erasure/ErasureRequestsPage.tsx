import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { formatDateTime, formatNumber } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { type ErasureRequest, erasureKeys, erasureRequestsQuery } from './api';
import { DecideErasureModal } from './DecideErasureModal';
import { ErasurePlanTable } from './ErasurePlanTable';

const route = getRouteApi('/app/admin/erasure');
const stateColor = {
  requested: toneColor.caution,
  executed: toneColor.negative,
  rejected: toneColor.neutral,
  cancelled: toneColor.neutral,
} as const;

/** HR's list of erasure requests, open ones first: the second HR admin approves or rejects here. */
export function ErasureRequestsPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const requests = useQuery(erasureRequestsQuery(page));
  const [deciding, setDeciding] = useState<{
    request: ErasureRequest;
    decision: 'approve' | 'reject';
  } | null>(null);

  return (
    <Page
      title={t('admin.sections.erasure.title')}
      description={t('erasure.list.lead')}
      above={<AdminBack />}
    >
      <QueryView
        query={requests}
        empty={
          <EmptyPanel
            testId="erasure-empty"
            icon={<IconEraser size={28} />}
            title={t('erasure.list.empty.title')}
            description={t('erasure.list.empty.description')}
          />
        }
      >
        {(data) => (
          <Stack gap="sm">
            {data.items.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                onDecide={(decision) => setDeciding({ request, decision })}
              />
            ))}
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
            />
          </Stack>
        )}
      </QueryView>
      {deciding ? (
        <DecideErasureModal
          request={deciding.request}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </Page>
  );
}

function RequestCard({
  request,
  onDecide,
}: {
  request: ErasureRequest;
  onDecide: (decision: 'approve' | 'reject') => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [planShown, setPlanShown] = useState(false);
  const cancel = useMutation({
    mutationFn: () =>
      apiPost('/api/erasure-requests/{requestId}/cancel', {
        params: { path: { requestId: request.id } },
        body: {},
      }),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('erasure.decide.cancelled') });
      void queryClient.invalidateQueries({ queryKey: erasureKeys.all });
    },
  });
  const open = request.state === 'requested';
  const who = (person: ErasureRequest['requestedBy']) =>
    person?.displayName ?? t('erasure.list.unknownAccount');
  return (
    <Paper p="md" withBorder data-testid="erasure-request">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{request.personDisplayName}</Text>
            <Text size="sm">
              {request.reference} · {request.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {t('erasure.list.requestedBy', {
                name: who(request.requestedBy),
                at: formatDateTime(request.requestedAt),
              })}
            </Text>
            {request.decidedAt ? (
              <Text size="xs" c="dimmed">
                {t('erasure.list.decidedBy', {
                  state: t(`erasure.list.states.${request.state}`),
                  name: who(request.decidedBy),
                  at: formatDateTime(request.decidedAt),
                })}
                {request.decisionNote ? ` — ${request.decisionNote}` : ''}
              </Text>
            ) : null}
            {request.state === 'executed' ? (
              <Text size="xs" c="dimmed">
                {t('erasure.list.redacted', {
                  count: request.redactedAuditEvents,
                  formatted: formatNumber(request.redactedAuditEvents),
                })}
              </Text>
            ) : null}
          </Stack>
          <Badge color={stateColor[request.state]} variant="light">
            {t(`erasure.list.states.${request.state}`)}
          </Badge>
        </Group>
        {open && request.requestedByMe ? (
          <Text size="sm" c="dimmed">
            {t('erasure.list.mine')}
          </Text>
        ) : null}
        {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
        <Group gap="xs">
          <Button size="compact-sm" variant="subtle" onClick={() => setPlanShown((shown) => !shown)}>
            {t('erasure.list.showPlan')}
          </Button>
          {open && !request.requestedByMe ? (
            <>
              <Button
                size="compact-sm"
                color={toneColor.negative}
                onClick={() => onDecide('approve')}
                data-testid="erasure-approve"
              >
                {t('erasure.list.approve')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => onDecide('reject')}>
                {t('erasure.list.reject')}
              </Button>
            </>
          ) : null}
          {open ? (
            <Button
              size="compact-sm"
              variant="default"
              loading={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {t('erasure.list.cancel')}
            </Button>
          ) : null}
        </Group>
        {planShown ? <ErasurePlanTable lines={request.plan} retainUntil={request.retainUntil} /> : null}
      </Stack>
    </Paper>
  );
}
