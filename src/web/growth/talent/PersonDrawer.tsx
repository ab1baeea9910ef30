import { Badge, Button, Divider, Drawer, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardMember, TalentCard, TalentSession } from '../../../contracts/talent';
import { formatDate } from '../../app/format';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useIsPhone } from '../../components/useIsPhone';
import { AssessmentForm } from './AssessmentForm';
import { talentCardQuery, talentHistoryQuery } from './api';
import { boxName } from './labels';
import { MoveModal } from './MoveModal';
import { OfferModal } from './OfferModal';

/** A person's talent card beside the board: bands, box, assessment, shared aspirations, offers, history. */
export function PersonDrawer({
  session,
  member,
  onClose,
}: {
  session: TalentSession;
  member: BoardMember | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Drawer
      opened={member !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={member ? member.displayName : t('talent.person.title')}
      data-testid="talent-person"
    >
      {member ? (
        <CardView sessionId={session.id} personId={member.personId} labels={session.boxLabels} />
      ) : null}
    </Drawer>
  );
}

function CardView({
  sessionId,
  personId,
  labels,
}: {
  sessionId: string;
  personId: string;
  labels: (string | null)[];
}) {
  const query = useQuery(talentCardQuery(sessionId, personId));
  return (
    <QueryView query={query} skeleton={<TableSkeleton rows={5} />} isEmpty={() => false}>
      {(card) => <Card card={card} labels={labels} />}
    </QueryView>
  );
}

function Card({ card, labels }: { card: TalentCard; labels: (string | null)[] }) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  const [offering, setOffering] = useState(false);
  const band = (value: string | null) => t(`talent.bands.${(value ?? 'none') as 'none'}`);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {card.person.jobTitle}
        {card.person.manager ? ` · ${card.person.manager.displayName}` : ''}
      </Text>
      <Group gap="lg" align="flex-start">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('talent.person.performance')}
          </Text>
          <Badge variant="light">{band(card.performance)}</Badge>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('talent.person.potential')}
          </Text>
          <Badge variant="light">{band(card.potential)}</Badge>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('talent.person.box')}
          </Text>
          <Badge color="brand" data-testid="card-box">
            {card.box ? `${card.box}. ${boxName(t, labels, card.box)}` : t('talent.bands.none')}
          </Badge>
        </Stack>
      </Group>
      <Text size="xs" c="dimmed">
        {t('talent.person.performanceHint')} {t('talent.person.potentialRule')}
      </Text>
      {card.override ? (
        <Text size="sm" data-testid="card-override">
          {t('talent.person.override', {
            name: card.override.by?.displayName ?? '—',
            date: formatDate(card.override.at),
            rationale: card.override.rationale,
          })}{' '}
          {card.computedBox ? `(${t('talent.person.computed', { box: String(card.computedBox) })})` : ''}
        </Text>
      ) : null}
      <Group gap="xs">
        {card.abilities.place ? (
          <Button variant="light" onClick={() => setMoving(true)} data-testid="card-move">
            {t('talent.move.button')}
          </Button>
        ) : null}
        {card.abilities.offer ? (
          <Button variant="light" onClick={() => setOffering(true)} data-testid="card-offer">
            {t('talent.offer.button')}
          </Button>
        ) : null}
      </Group>
      <Divider />
      {card.abilities.assess ? <AssessmentForm card={card} /> : <ReadOnlyAssessment card={card} />}
      <Divider />
      <Title order={3} size="h5">
        {t('talent.person.aspirations')}
      </Title>
      {card.sharedAspirations.length ? (
        <List size="sm" spacing={4}>
          {card.sharedAspirations.map((a) => (
            <List.Item key={a.id}>{a.aspirationText}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('talent.person.noAspirations')}
        </Text>
      )}
      <Title order={3} size="h5">
        {t('talent.person.offers')}
      </Title>
      {card.offers.length ? (
        <List size="sm" spacing={4}>
          {card.offers.map((o) => (
            <List.Item key={o.id}>
              {o.title} · {t(`talent.offer.kinds.${o.kind as 'mentor'}`)} ·{' '}
              {t(`talent.person.offerStates.${o.state as 'open'}`)}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('talent.person.noOffers')}
        </Text>
      )}
      <History personId={card.person.id} labels={labels} />
      <MoveModal card={card} labels={labels} opened={moving} onClose={() => setMoving(false)} />
      <OfferModal card={card} opened={offering} onClose={() => setOffering(false)} />
    </Stack>
  );
}

function ReadOnlyAssessment({ card }: { card: TalentCard }) {
  const { t } = useTranslation();
  const rows = (['learningAgility', 'scopeGrowth', 'leadingOthers'] as const).map((q) => ({
    q,
    answer: card[q],
  }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('talent.assess.title')}
      </Title>
      {rows.map(({ q, answer }) => (
        <Stack key={q} gap={0}>
          <Text size="sm" fw={600}>
            {t(`talent.assess.${q}`)}:{' '}
            {answer ? t(`talent.bands.${answer.level}`) : t('talent.assess.notSet')}
          </Text>
          {answer ? <Text size="sm">{answer.evidence}</Text> : null}
        </Stack>
      ))}
      <Text size="sm">
        {t('talent.assess.retentionRisk')}:{' '}
        {card.retentionRisk ? t(`talent.bands.${card.retentionRisk}`) : t('talent.assess.notSet')}
        {card.retentionRiskReason ? ` — ${card.retentionRiskReason}` : ''}
      </Text>
      <Text size="sm">
        {t('talent.assess.lossImpact')}:{' '}
        {card.lossImpact ? t(`talent.bands.${card.lossImpact}`) : t('talent.assess.notSet')}
      </Text>
      <Text size="sm">
        {t('talent.assess.promotionReadiness')}:{' '}
        {card.promotionReadiness
          ? t(`talent.readiness.${card.promotionReadiness}`)
          : t('talent.assess.notSet')}
      </Text>
    </Stack>
  );
}

function History({ personId, labels }: { personId: string; labels: (string | null)[] }) {
  const { t } = useTranslation();
  const query = useQuery(talentHistoryQuery(personId));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('talent.person.history')}
      </Title>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            {t('talent.person.noHistory')}
          </Text>
        }
      >
        {(data) => (
          <Table data-testid="talent-history">
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr key={item.sessionId}>
                  <Table.Td>{item.sessionName}</Table.Td>
                  <Table.Td>{formatDate(item.endsOn)}</Table.Td>
                  <Table.Td>{item.box ? `${item.box}. ${boxName(t, labels, item.box)}` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Stack>
  );
}
