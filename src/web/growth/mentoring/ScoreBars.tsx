import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoreBreakdownView } from '../../../contracts/mentoring';

const parts = ['skills', 'gaps', 'crossFunction', 'languageTimeZone', 'availability'] as const;

/**
 * A match score's parts as small bars, each against the programme's weight for it (`weights`):
 * the points a pair earned, and the most it could have.
 */
export function ScoreBars({
  breakdown,
  weights,
}: {
  breakdown: ScoreBreakdownView;
  weights?: Record<(typeof parts)[number], number>;
}) {
  const { t } = useTranslation();
  const total = weights ? parts.reduce((sum, part) => sum + weights[part], 0) || 100 : 100;
  const defaults = { skills: 50, gaps: 20, crossFunction: 10, languageTimeZone: 10, availability: 10 };
  return (
    <Stack gap={4} aria-label={t('mentoring.breakdown.label')} role="group">
      {parts.map((part) => {
        const max = ((weights ?? defaults)[part] / total) * 100;
        const value = breakdown[part];
        return (
          <Group key={part} gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" w={150} style={{ flexShrink: 0 }}>
              {t(`mentoring.breakdown.${part}`)}
            </Text>
            <Progress
              value={max > 0 ? (value / max) * 100 : 0}
              size="sm"
              color="brand"
              style={{ flex: 1 }}
              aria-label={`${t(`mentoring.breakdown.${part}`)}: ${value} / ${Math.round(max)}`}
            />
            <Text size="xs" w={48} ta="right">
              {value}/{Math.round(max)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
