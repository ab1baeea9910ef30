import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toneSeries } from '../../app/statusColors';
import { bandFlagTone } from './tones';

interface RangeBarProps {
  /** (Base − min) ÷ (max − min): 0 at the minimum, 1 at the maximum, outside [0, 1] outside the band. */
  position: number;
  /** Where the target (or midpoint) sits in the same scale. */
  target: number;
  flag: 'below_min' | 'within' | 'above_max';
  /** Says in words what the picture shows, for screen readers. */
  label: string;
  minText: string;
  maxText: string;
}

/** The part of the bar's width the band takes; a base outside it still fits on the bar. */
const BAND_START = 12.5;
const BAND_WIDTH = 75;
const clamp = (value: number) => Math.min(100, Math.max(0, value));
const place = (fraction: number) => clamp(BAND_START + fraction * BAND_WIDTH);

/**
 * A band as a bar from its minimum to its maximum, the target marked, and a dot where the base
 * sits — beside the band when it is outside it. The numbers are shown next to it as text; the
 * picture itself is an image with a label.
 */
export function RangeBar({ position, target, flag, label, minText, maxText }: RangeBarProps) {
  const { t } = useTranslation();
  const dot = toneSeries(bandFlagTone[flag]);
  return (
    <Box>
      <Box role="img" aria-label={label} pos="relative" h={24} data-testid="range-bar">
        <Box
          pos="absolute"
          top={10}
          h={4}
          left={`${BAND_START}%`}
          w={`${BAND_WIDTH}%`}
          bg="gray.3"
          style={{ borderRadius: 2 }}
        />
        <Box
          pos="absolute"
          top={4}
          h={16}
          w={2}
          left={`${place(target)}%`}
          bg="gray.7"
          title={t('compensation.placement.target')}
        />
        <Box
          pos="absolute"
          top={5}
          w={14}
          h={14}
          left={`calc(${place(position)}% - 7px)`}
          bg={dot}
          style={{ borderRadius: '50%', border: '2px solid white' }}
        />
      </Box>
      <Group justify="space-between" px={`${BAND_START - 2}%`} gap={4} aria-hidden>
        <Text size="xs" c="dimmed">
          {minText}
        </Text>
        <Text size="xs" c="dimmed">
          {maxText}
        </Text>
      </Group>
    </Box>
  );
}
