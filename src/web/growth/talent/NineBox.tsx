import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardMember, TalentBoard } from '../../../contracts/talent';
import { gridOrder } from './api';
import { boxName } from './labels';

/**
 * The 9-box as a 3 × 3 grid of labelled regions: potential from high (top row) to low, performance
 * from low (left) to high. People are buttons (chips): Enter or click opens their card, where a move
 * to another box is a dialog — nothing here depends on dragging.
 */
export function NineBox({
  board,
  sessionName,
  onOpen,
}: {
  board: TalentBoard;
  sessionName: string;
  onOpen: (member: BoardMember) => void;
}) {
  const { t } = useTranslation();
  const unplaced = board.members.filter((m) => m.box === null);
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Box
          visibleFrom="sm"
          style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}
        >
          <Text size="sm" fw={600} c="dimmed">
            {t('talent.board.potential')} →
          </Text>
        </Box>
        <SimpleGrid
          cols={{ base: 1, sm: 3 }}
          spacing="xs"
          style={{ flex: 1 }}
          role="list"
          aria-label={t('talent.board.label', { name: sessionName })}
          data-testid="nine-box"
        >
          {gridOrder.map((box) => {
            const members = board.members.filter((m) => m.box === box);
            const name = boxName(t, board.boxLabels, box);
            return (
              <Paper
                key={box}
                withBorder
                p="sm"
                role="listitem"
                aria-labelledby={`box-${box}-title`}
                data-testid={`box-${box}`}
                bg={box === 9 ? 'var(--mantine-color-brand-0)' : undefined}
              >
                <Group justify="space-between" gap={4} mb={6} wrap="nowrap">
                  <Title order={3} size="h6" id={`box-${box}-title`}>
                    {box}. {name}
                  </Title>
                  <Badge
                    variant="light"
                    color="gray"
                    aria-label={t('talent.board.count', { count: board.counts[box - 1] })}
                  >
                    {board.counts[box - 1]}
                  </Badge>
                </Group>
                {members.length ? (
                  <Group gap={4}>
                    {members.map((member) => (
                      <MemberChip key={member.personId} member={member} onOpen={onOpen} />
                    ))}
                  </Group>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('talent.board.empty')}
                  </Text>
                )}
              </Paper>
            );
          })}
        </SimpleGrid>
      </Group>
      <Text size="sm" fw={600} c="dimmed" ta="center">
        {t('talent.board.performance')} →
      </Text>
      {unplaced.length ? (
        <Paper withBorder p="sm" data-testid="box-unplaced">
          <Title order={3} size="h6">
            {t('talent.board.unplaced', { count: unplaced.length })}
          </Title>
          <Text size="xs" c="dimmed" mb={6}>
            {t('talent.board.unplacedHint')}
          </Text>
          <Group gap={4}>
            {unplaced.map((member) => (
              <MemberChip key={member.personId} member={member} onOpen={onOpen} />
            ))}
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}

function MemberChip({ member, onOpen }: { member: BoardMember; onOpen: (member: BoardMember) => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      onClick={() => onOpen(member)}
      aria-label={t('talent.board.openPerson', { name: member.displayName })}
      data-testid={`chip-${member.personId}`}
    >
      <Button
        component="span"
        size="compact-xs"
        variant={member.overridden ? 'outline' : 'light'}
        color="brand"
        radius="xl"
      >
        {member.displayName}
        {member.overridden ? ` · ${t('talent.board.moved')}` : ''}
      </Button>
    </UnstyledButton>
  );
}
