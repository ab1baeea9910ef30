import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toneBadge } from '../../app/statusColors';
import type { BandPlacement, PayRecord } from './api';
import { money, ratioPercent } from './format';
import { RangeBar } from './RangeBar';
import { bandFlagTone } from './tones';

/** Where the current base sits in its band: compa-ratio, position in range, the band's figures. */
export function BandPlacementView({
  placement,
  current,
  order = 4,
}: {
  placement: BandPlacement;
  current: PayRecord;
  order?: 3 | 4 | 5;
}) {
  const { t } = useTranslation();
  const heading = (
    <Title order={order} size="h5">
      {t('compensation.placement.title')}
    </Title>
  );
  if (placement.status === 'no_band') {
    return (
      <Stack gap={4} data-testid="band-placement">
        {heading}
        <Text size="sm" c="dimmed">
          {t('compensation.placement.noBand')}
        </Text>
      </Stack>
    );
  }
  const { band } = placement;
  const bandName = t('compensation.placement.band', { family: band.jobFamily, level: band.levelCode });
  if (placement.status !== 'placed') {
    return (
      <Stack gap={4} data-testid="band-placement">
        {heading}
        <Text size="sm">{bandName}</Text>
        <Text size="sm" c="dimmed">
          {placement.status === 'hourly'
            ? t('compensation.placement.hourly')
            : t('compensation.placement.currencyDiffers', {
                bandCurrency: band.currency,
                payCurrency: current.currency,
              })}
        </Text>
      </Stack>
    );
  }
  const width = band.maxMinor - band.minMinor;
  const reference = band.targetMinor ?? band.midpointMinor;
  const minText = money(band.minMinor, band.currency);
  const maxText = money(band.maxMinor, band.currency);
  return (
    <Stack gap="xs" data-testid="band-placement">
      <Group justify="space-between" gap="xs">
        {heading}
        <Badge {...toneBadge(bandFlagTone[placement.flag])} data-testid="band-flag">
          {t(`compensation.placement.flags.${placement.flag}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {bandName}
        {band.payZone ? ` · ${band.payZone}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 2 }} spacing="xs">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" title={t('compensation.placement.compaRatioHint')}>
            {t('compensation.placement.compaRatio')}
          </Text>
          <Text fw={600} data-testid="compa-ratio">
            {ratioPercent(placement.compaRatio.value)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" title={t('compensation.placement.positionHint')}>
            {t('compensation.placement.positionInRange')}
          </Text>
          <Text fw={600} data-testid="position-in-range">
            {ratioPercent(placement.positionInRange.value)}
          </Text>
        </Stack>
      </SimpleGrid>
      <RangeBar
        position={placement.positionInRange.value}
        target={(reference - band.minMinor) / width}
        flag={placement.flag}
        label={t('compensation.placement.visualLabel', {
          base: money(placement.annualBaseMinor, band.currency),
          min: minText,
          max: maxText,
        })}
        minText={minText}
        maxText={maxText}
      />
      <Text size="xs" c="dimmed">
        {band.targetMinor !== null
          ? t('compensation.placement.target')
          : t('compensation.placement.midpoint')}
        {': '}
        {money(reference, band.currency)} · {t('compensation.placement.annualBase')}:{' '}
        {money(placement.annualBaseMinor, band.currency)}
      </Text>
    </Stack>
  );
}
