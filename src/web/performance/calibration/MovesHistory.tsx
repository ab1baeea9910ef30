import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { MOVES_PAGE_SIZE, movesQuery } from './api';

/** Every move of the session with who, when, from, to and why — newest first. */
export function MovesHistory({ sessionId, labels }: { sessionId: string; labels: string[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const moves = useQuery(movesQuery(sessionId, page));
  const label = (rating: number | null) => (rating ? `${rating} · ${labels[rating - 1] ?? ''}` : '—');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calibration-moves">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calibration-moves">
          {t('calibration.moves.title')}
        </Title>
        <QueryView
          query={moves}
          skeleton={<TableSkeleton rows={2} />}
          empty={
            <Text size="sm" c="dimmed">
              {t('calibration.moves.empty')}
            </Text>
          }
        >
          {(data) => (
            <>
              <Stack
                component="ol"
                gap="sm"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                data-testid="calibration-moves"
              >
                {data.items.map((move) => (
                  <li key={move.id}>
                    <Text size="sm" fw={600}>
                      {t('calibration.moves.line', {
                        name: move.person.displayName,
                        from: label(move.fromRating),
                        to: label(move.toRating),
                      })}
                    </Text>
                    <Text size="sm">{move.rationale}</Text>
                    <Text size="xs" c="dimmed">
                      {t('calibration.moves.by', {
                        name: move.movedBy?.displayName ?? '—',
                        date: formatDateTime(move.movedAt),
                      })}
                    </Text>
                  </li>
                ))}
              </Stack>
              <Pager
                page={page}
                pageSize={MOVES_PAGE_SIZE}
                total={data.total}
                onChange={setPage}
                label={t('calibration.moves.title')}
              />
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
