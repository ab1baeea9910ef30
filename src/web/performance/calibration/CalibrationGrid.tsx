import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type CSSProperties, type DragEvent, type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationGrid as Grid, GridCard } from '../../../contracts/calibration';
import { useMe } from '../../app/session';
import { toneBadge } from '../../app/statusColors';
import classes from './calibration.module.css';
import { MoveDialog, type PendingMove } from './MoveDialog';
import { ScrollRegion } from './ScrollRegion';

const perColumn = 25;

/**
 * People by current rating, one column per point of the scale. The facilitator moves a person by
 * dragging a card to another column or, from the keyboard, by focusing a card and pressing the
 * left/right arrow keys (Enter opens the dialog to pick any rating). Every move asks for a reason.
 */
export function CalibrationGrid({
  sessionId,
  grid,
  canMove,
}: {
  sessionId: string;
  grid: Grid;
  canMove: boolean;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const cards = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return grid.cards;
    return grid.cards.filter((card) =>
      [card.person.displayName, card.department?.name, card.manager?.displayName].some((text) =>
        text?.toLowerCase().includes(needle),
      ),
    );
  }, [grid.cards, filter]);
  const labels = grid.ratingLabels;

  const propose = (card: GridCard, toRating: number | null) => {
    if (!canMove) return;
    if (toRating !== null && (toRating < 1 || toRating > labels.length || toRating === card.calibratedRating))
      return;
    setPending({ card, toRating });
  };

  const onDrop = (rating: number) => (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const card = grid.cards.find((c) => c.reviewId === event.dataTransfer.getData('text/plain'));
    if (card) propose(card, rating);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {canMove ? t('calibration.grid.help') : t('calibration.grid.helpReadOnly')}
        </Text>
        <TextInput
          aria-label={t('calibration.grid.filter')}
          placeholder={t('calibration.grid.filter')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
      </Group>
      <ScrollRegion label={t('calibration.grid.title')}>
        <div
          className={classes.columns}
          style={{ '--calibration-columns': labels.length } as CSSProperties}
          data-testid="calibration-grid"
        >
          {labels.map((label, index) => {
            const rating = index + 1;
            return (
              <RatingColumn
                key={label}
                rating={rating}
                label={label}
                cards={cards.filter((card) => card.calibratedRating === rating)}
                labels={labels}
                canMove={canMove}
                highlighted={dropTarget === rating}
                onDragOver={(event) => {
                  if (!canMove) return;
                  event.preventDefault();
                  setDropTarget(rating);
                }}
                onDragLeave={() => setDropTarget((current) => (current === rating ? null : current))}
                onDrop={onDrop(rating)}
                onPropose={propose}
              />
            );
          })}
        </div>
      </ScrollRegion>
      <MoveDialog sessionId={sessionId} labels={labels} pending={pending} onClose={() => setPending(null)} />
    </Stack>
  );
}

interface ColumnProps {
  rating: number;
  label: string;
  cards: GridCard[];
  labels: string[];
  canMove: boolean;
  highlighted: boolean;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
  onPropose: (card: GridCard, toRating: number | null) => void;
}

function RatingColumn({
  rating,
  label,
  cards,
  labels,
  canMove,
  highlighted,
  onDragOver,
  onDragLeave,
  onDrop,
  onPropose,
}: ColumnProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [shown, setShown] = useState(perColumn);
  const headingId = `calibration-column-${rating}`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      className={classes.column}
      data-drop-target={highlighted || undefined}
      data-testid={`calibration-column-${rating}`}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <Stack gap={4} mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('calibration.grid.column', { rating, label })}
        </Title>
        <Text size="xs" c="dimmed">
          {t('calibration.grid.columnCount', { count: cards.length })}
        </Text>
      </Stack>
      <Stack component="ul" gap={6} p={0} m={0} className={classes.cardList}>
        {cards.slice(0, shown).map((card) => (
          <li key={card.reviewId}>
            {/* Nobody moves their own rating (the server refuses it too). */}
            <PersonCard
              card={card}
              labels={labels}
              canMove={canMove && card.person.id !== me.person?.id}
              onPropose={onPropose}
            />
          </li>
        ))}
      </Stack>
      {cards.length > shown ? (
        <Button variant="subtle" size="xs" mt="xs" fullWidth onClick={() => setShown((n) => n + perColumn)}>
          {t('calibration.grid.showMore', { count: Math.min(perColumn, cards.length - shown) })}
        </Button>
      ) : null}
    </Paper>
  );
}

function PersonCard({
  card,
  labels,
  canMove,
  onPropose,
}: {
  card: GridCard;
  labels: string[];
  canMove: boolean;
  onPropose: (card: GridCard, toRating: number | null) => void;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!canMove) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onPropose(card, card.calibratedRating + (event.key === 'ArrowRight' ? 1 : -1));
    }
  };
  const body = (
    <Stack gap={2}>
      <Text size="sm" fw={600} lineClamp={1}>
        {card.person.displayName}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[card.person.jobTitle, card.department?.name].filter(Boolean).join(' · ')}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {card.manager
          ? t('calibration.grid.manager', { name: card.manager.displayName })
          : t('calibration.grid.noManager')}
      </Text>
      <Group gap={4} mt={2}>
        <Badge size="xs" variant="outline" color="gray">
          {t('calibration.grid.proposed', { rating: card.proposedRating })}
        </Badge>
        {card.overallScore !== null ? (
          <Badge size="xs" variant="outline" color="gray">
            {t('calibration.grid.score', { score: card.overallScore.toFixed(2) })}
          </Badge>
        ) : null}
        {card.moved ? (
          <Badge size="xs" {...toneBadge('caution')}>
            {t('calibration.grid.moved')}
          </Badge>
        ) : null}
      </Group>
    </Stack>
  );
  const label = t('calibration.grid.cardLabel', {
    name: card.person.displayName,
    department: card.department?.name ?? '',
    label: labels[card.calibratedRating - 1] ?? card.calibratedRating,
    proposed: labels[card.proposedRating - 1] ?? card.proposedRating,
  });
  if (!canMove)
    return (
      <Paper
        p="xs"
        radius="sm"
        className={classes.card}
        data-testid={`calibration-card-${card.reviewId}`}
        aria-label={label}
        // Focusable so keyboard users can read every card, though only the facilitator moves them.
        role="group"
        tabIndex={0}
      >
        {body}
      </Paper>
    );
  return (
    <UnstyledButton
      className={classes.card}
      data-testid={`calibration-card-${card.reviewId}`}
      aria-label={label}
      aria-haspopup="dialog"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', card.reviewId);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onPropose(card, null)}
      onKeyDown={onKeyDown}
      p="xs"
      w="100%"
    >
      {body}
    </UnstyledButton>
  );
}
