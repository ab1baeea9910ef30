import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconLock, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuccessionPlan } from '../../../contracts/succession';
import { apiDelete, apiPatch, isApiError } from '../../api/client';
import { toneAlert, toneBadge, toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { apiFieldErrors } from '../../i18n/issues';
import { PersonPicker } from '../../org/PersonPicker';
import { planQuery, successionKeys } from './api';
import { PositionModal } from './PositionModal';
import { SlateEditor } from './SlateEditor';
import { criticalityTone, riskTone } from './tones';

const route = getRouteApi('/app/growth/succession/$positionId');

/** `/growth/succession/$positionId`: one key position, its reviewers and its slate. */
export function PositionPage() {
  const { t } = useTranslation();
  const { positionId } = route.useParams();
  const query = useQuery(planQuery(positionId));
  const [editing, setEditing] = useState(false);
  const back = (
    <AnchorLink to="/growth/succession" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('succession.backToList')}
      </Group>
    </AnchorLink>
  );
  if (query.isPending)
    return (
      <Page title={t('succession.title')} above={back}>
        <Skeleton height={240} />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={t('succession.title')} above={back}>
        {isApiError(query.error, 'not_found') ? (
          <Alert {...toneAlert('neutral')}>{t('succession.position.notFound')}</Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  const plan = query.data;
  return (
    <Page
      title={plan.title}
      above={back}
      description={plan.department?.name ?? t('succession.noDepartment')}
      actions={
        plan.abilities.edit ? (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('succession.position.edit')}
            </Button>
            {plan.abilities.remove ? <RemoveButton plan={plan} /> : null}
          </Group>
        ) : null
      }
    >
      <Alert {...toneAlert('info')} icon={<IconLock aria-hidden />}>
        {t('succession.privacyNote')}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Details plan={plan} />
          <Reviewers plan={plan} />
        </Stack>
        <SlateEditor plan={plan} />
      </SimpleGrid>
      {editing ? <PositionModal editing={plan} onClose={() => setEditing(false)} /> : null}
    </Page>
  );
}

function Details({ plan }: { plan: SuccessionPlan }) {
  const { t } = useTranslation();
  const row = (label: string, value: React.ReactNode) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{value}</div>
    </Stack>
  );
  return (
    <Paper withBorder p="lg" data-testid="succession-details">
      <Stack gap="sm">
        {row(t('succession.position.incumbent'), plan.incumbent?.displayName ?? t('succession.vacant'))}
        <Group gap="xl">
          {row(
            t('succession.position.criticality'),
            <Badge {...toneBadge(criticalityTone[plan.criticality])}>
              {t(`succession.criticality.${plan.criticality}`)}
            </Badge>,
          )}
          {row(
            t('succession.position.vacancyRisk'),
            <Badge {...toneBadge(riskTone[plan.vacancyRisk])}>
              {t(`succession.risk.${plan.vacancyRisk}`)}
            </Badge>,
          )}
          {plan.expectedVacancyOn ? row(t('succession.position.expected'), plan.expectedVacancyOn) : null}
        </Group>
        {row(
          t('succession.position.reason'),
          <Text size="sm" c={plan.vacancyReason ? undefined : 'dimmed'}>
            {plan.vacancyReason || t('succession.position.noReason')}
          </Text>,
        )}
      </Stack>
    </Paper>
  );
}

function Reviewers({ plan }: { plan: SuccessionPlan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pickerKey, setPickerKey] = useState(0);
  const save = useMutation({
    mutationFn: (reviewerIds: string[]) =>
      apiPatch('/api/growth/succession/positions/{positionId}', {
        params: { path: { positionId: plan.id } },
        body: { version: plan.version, reviewerIds },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(successionKeys.plan(plan.id), updated);
      showToast({ tone: 'positive', message: t('succession.position.saved') });
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: successionKeys.plan(plan.id) });
      const messages = Object.values(apiFieldErrors(error)).filter(Boolean);
      showToast({ tone: 'negative', message: messages.join(' ') || (error as Error).message });
    },
  });
  const ids = plan.reviewers.map((r) => r.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="reviewers-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reviewers-title">
          {t('succession.position.reviewers')}
        </Title>
        {plan.reviewers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('succession.position.noReviewers')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {plan.reviewers.map((r) => (
              <Group key={r.id} component="li" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {r.displayName}
                  {r.jobTitle ? <Text span c="dimmed" size="sm">{` · ${r.jobTitle}`}</Text> : null}
                </Text>
                {plan.abilities.designateReviewers ? (
                  <ActionIcon
                    variant="subtle"
                    color={toneColor.negative}
                    aria-label={t('succession.position.removeReviewer', { name: r.displayName })}
                    disabled={save.isPending}
                    onClick={() => save.mutate(ids.filter((id) => id !== r.id))}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
        {plan.abilities.designateReviewers ? (
          <PersonPicker
            key={pickerKey}
            label={t('succession.position.addReviewer')}
            description={t('succession.position.reviewersHelp')}
            value={null}
            onChange={(person) => {
              if (!person || ids.includes(person.id)) return;
              save.mutate([...ids, person.id]);
              setPickerKey((k) => k + 1);
            }}
            testId="succession-add-reviewer"
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

function RemoveButton({ plan }: { plan: SuccessionPlan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () =>
      apiDelete('/api/growth/succession/positions/{positionId}', {
        params: { path: { positionId: plan.id } },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: successionKeys.all });
      showToast({ tone: 'positive', message: t('succession.position.removed') });
      void navigate({ to: '/growth/succession' });
    },
  });
  return (
    <Button
      variant="subtle"
      color={toneColor.negative}
      leftSection={<IconTrash size={16} aria-hidden />}
      loading={remove.isPending}
      onClick={() => {
        if (window.confirm(t('succession.position.removeConfirm'))) remove.mutate();
      }}
    >
      {t('succession.position.remove')}
    </Button>
  );
}
