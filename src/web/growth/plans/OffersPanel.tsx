import { Badge, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevelopmentOffer } from '../../../contracts/developmentOffers';
import { apiGet, apiPost } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { myPlansQuery, planKeys, planQuery } from './api';

const offersKey = ['plans', 'offers'] as const;

/**
 * Development opportunities offered to the caller (from a talent review): accept one into a goal of
 * a plan, or decline it. The box it came from is named only under the organisation's transparency
 * setting (`talentLabel`); otherwise nothing says where it came from.
 */
export function OffersPanel() {
  const { t } = useTranslation();
  const offers = useQuery({
    queryKey: offersKey,
    queryFn: ({ signal }) =>
      apiGet('/api/growth/plans/offers', { params: { query: { pageSize: 50 } }, signal }),
  });
  const [accepting, setAccepting] = useState<DevelopmentOffer | null>(null);
  const items = offers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="plans-offers" data-testid="plans-offers">
      <Title order={2} size="h4" id="plans-offers">
        {t('plans.offers.title')}
      </Title>
      {items.map((offer) => (
        <OfferCard key={offer.id} offer={offer} onAccept={() => setAccepting(offer)} />
      ))}
      <AcceptModal offer={accepting} onClose={() => setAccepting(null)} />
    </Stack>
  );
}

function OfferCard({ offer, onAccept }: { offer: DevelopmentOffer; onAccept: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decline = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/plans/offers/{offerId}/decline', {
        params: { path: { offerId: offer.id } },
        body: { version: offer.version },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: offersKey });
      showToast({ tone: 'neutral', message: t('plans.offers.declined') });
    },
  });
  return (
    <Paper withBorder p="md" data-testid={`offer-${offer.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <IconGift size={18} aria-hidden />
            <Text fw={600}>{offer.title}</Text>
            <Badge variant="light">{t(`plans.offers.kinds.${offer.kind}`)}</Badge>
          </Group>
          <Badge variant="outline" color={offer.state === 'open' ? toneColor.info : toneColor.neutral}>
            {t(`plans.offers.states.${offer.state}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {offer.offerText}
        </Text>
        <Text size="xs" c="dimmed">
          {offer.offeredBy
            ? t('plans.offers.from', { name: offer.offeredBy.displayName, date: formatDate(offer.offeredAt) })
            : formatDate(offer.offeredAt)}
          {offer.talentLabel
            ? ` · ${t('plans.offers.label', {
                name:
                  offer.talentLabel.customLabel ?? t(`talent.boxes.${String(offer.talentLabel.box) as '1'}`),
              })}`
            : ''}
        </Text>
        {decline.isError ? <ErrorAlert error={decline.error} /> : null}
        {offer.state === 'open' ? (
          <Group gap="xs">
            <Button size="xs" onClick={onAccept} data-testid="offer-accept">
              {t('plans.offers.accept')}
            </Button>
            <Button size="xs" variant="default" loading={decline.isPending} onClick={() => decline.mutate()}>
              {t('plans.offers.decline')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function AcceptModal({ offer, onClose }: { offer: DevelopmentOffer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [planId, setPlanId] = useState<string | null>(null);
  const [goalId, setGoalId] = useState<string | null>(null);
  const plans = useQuery({ ...myPlansQuery(1), enabled: offer !== null });
  const plan = useQuery({ ...planQuery(planId ?? ''), enabled: planId !== null });
  const accept = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/plans/offers/{offerId}/accept', {
        params: { path: { offerId: offer!.id } },
        body: { version: offer!.version, planId: planId!, goalId: goalId! },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: offersKey });
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      showToast({ tone: 'positive', message: t('plans.offers.accepted') });
      onClose();
    },
  });
  return (
    <Modal opened={offer !== null} onClose={onClose} title={t('plans.offers.acceptTitle')}>
      <Stack>
        <Text size="sm">{t('plans.offers.acceptHint')}</Text>
        <Select
          label={t('plans.offers.plan')}
          data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          value={planId}
          onChange={(value) => {
            setPlanId(value);
            setGoalId(null);
          }}
          data-testid="offer-plan"
        />
        <Select
          label={t('plans.offers.goal')}
          data={(plan.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))}
          value={goalId}
          onChange={setGoalId}
          disabled={!planId}
          data-testid="offer-goal"
        />
        {accept.isError ? <ErrorAlert error={accept.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('plans.offers.cancel')}
          </Button>
          <Button disabled={!planId || !goalId} loading={accept.isPending} onClick={() => accept.mutate()}>
            {t('plans.offers.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
