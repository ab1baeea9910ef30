import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer, RatingScaleDto } from '../../../contracts/reviews';
import { toneAlert, toneColor } from '../../app/statusColors';
import type { AnswerValue } from './useAutosave';

function describe(
  value: { rating: number | null; text: string | null },
  scale: RatingScaleDto,
  empty: string,
) {
  const parts = [
    value.rating ? `${value.rating} · ${scale.labels[value.rating - 1] ?? ''}` : null,
    value.text?.trim() ? value.text : null,
  ].filter(Boolean);
  return parts.length ? parts.join('\n') : empty;
}

/** Both versions of an answer side by side; the user decides, nothing is overwritten before. */
export function ConflictPanel({
  questionId,
  theirs,
  mine,
  scale,
  onResolve,
}: {
  questionId: string;
  theirs: Answer;
  mine: AnswerValue;
  scale: RatingScaleDto;
  onResolve: (keep: 'theirs' | 'mine') => void;
}) {
  const { t } = useTranslation();
  const empty = t('reviews.conflict.empty');
  return (
    <Alert
      {...toneAlert('negative')}
      title={t('reviews.conflict.title')}
      data-testid={`review-conflict-${questionId}`}
    >
      <Stack gap="sm">
        <Text size="sm">{t('reviews.conflict.body')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('reviews.conflict.theirs')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="review-conflict-theirs">
              {describe(theirs, scale, empty)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('reviews.conflict.yours')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="review-conflict-mine">
              {describe(mine, scale, empty)}
            </Text>
          </Stack>
        </SimpleGrid>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => onResolve('theirs')}
            data-testid="review-conflict-keep-theirs"
          >
            {t('reviews.conflict.keepTheirs')}
          </Button>
          <Button
            size="xs"
            color={toneColor.negative}
            onClick={() => onResolve('mine')}
            data-testid="review-conflict-keep-mine"
          >
            {t('reviews.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
