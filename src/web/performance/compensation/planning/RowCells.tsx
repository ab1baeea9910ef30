import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toneBadge, toneText } from '../../../app/statusColors';
import { money, ratioPercent } from '../format';
import type { Proposal } from './api';
import { trimPercent } from './rowDraft';

/**
 * The read-only parts of a grid row — the launch snapshot's pay, band and guideline, and the
 * flags — drawn alike in a table cell and on a phone card.
 */

/** Today's base on the first line; below it the band (min – target – max), compa-ratio and position. */
export function PayBand({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  const placement = [
    row.compaRatio !== null ? t('compensation.planning.band.compa', { ratio: row.compaRatio }) : null,
    row.positionInRange !== null
      ? t('compensation.planning.band.position', { position: ratioPercent(Number(row.positionInRange)) })
      : null,
  ].filter((part) => part !== null);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {row.currentBaseMinor !== null && row.currency
          ? money(row.currentBaseMinor, row.currency)
          : t('compensation.planning.noPay')}
      </Text>
      {row.band ? (
        <Text size="xs" c="dimmed">
          {t('compensation.planning.band.range', {
            min: money(row.band.minMinor, row.band.currency),
            target: row.band.targetMinor !== null ? money(row.band.targetMinor, row.band.currency) : '—',
            max: money(row.band.maxMinor, row.band.currency),
          })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('compensation.planning.band.none')}
        </Text>
      )}
      {placement.length > 0 ? (
        <Text size="xs" c="dimmed">
          {placement.join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The calibrated rating, and the prorated merit guideline of the person's matrix cell. */
export function RatingGuideline({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {row.calibratedRating !== null
          ? t('compensation.planning.rating', { rating: row.calibratedRating })
          : t('compensation.planning.noRating')}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {row.guideline
          ? t('compensation.planning.guidelineRange', {
              min: trimPercent(row.guideline.minPct),
              target: trimPercent(row.guideline.targetPct),
              max: trimPercent(row.guideline.maxPct),
            })
          : t('compensation.planning.noGuideline')}
      </Text>
      {row.guideline && row.proration.eligibleDays < row.proration.periodDays ? (
        <Text size="xs" c="dimmed">
          {t('compensation.planning.prorated', {
            days: row.proration.eligibleDays,
            period: row.proration.periodDays,
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Outside the guideline (and whether a reason is there), band placement, promotion, save warnings. */
export function Flags({
  row,
  outside,
  dirty,
  bandFlag,
  warnings,
}: {
  row: Proposal;
  outside: boolean;
  dirty: boolean;
  bandFlag: Proposal['flags']['band'];
  warnings: string[];
}) {
  const { t } = useTranslation();
  const badges = [
    outside ? (['outside', 'caution', t('compensation.planning.flags.outside')] as const) : null,
    outside && row.justification && !dirty
      ? (['justified', 'neutral', t('compensation.planning.flags.justified')] as const)
      : null,
    bandFlag && bandFlag !== 'within'
      ? (['band', 'caution', t(`compensation.planning.flags.${bandFlag}`)] as const)
      : null,
    row.promotion ? (['promotion', 'info', t('compensation.planning.flags.promotion')] as const) : null,
    row.flags.promotionBelowGuideline
      ? (['promotionBelow', 'caution', t('compensation.planning.flags.promotionBelow')] as const)
      : null,
  ].filter((badge) => badge !== null);
  if (badges.length === 0 && warnings.length === 0) return null;
  return (
    <Stack gap={2} align="flex-start">
      {badges.length > 0 ? (
        <Group gap={4} wrap="wrap">
          {badges.map(([key, tone, label]) => (
            <Badge key={key} {...toneBadge(tone)} size="sm">
              {label}
            </Badge>
          ))}
        </Group>
      ) : null}
      {warnings.length > 0 ? (
        <Text size="xs" c={toneText('caution')}>
          {warnings.join(' ')}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Where the (new) base sits against the band: the server's flag for what it saved; for typing not
 * yet saved, the same comparison on the derived base when band and pay share a currency.
 */
export function bandFlagOf(row: Proposal, unsavedNewBase: number | null) {
  if (unsavedNewBase === null || !row.band || row.promotion) return row.flags.band;
  if (row.band.currency !== row.currency) return row.flags.band;
  const base = unsavedNewBase + (row.marketMinor ?? 0);
  if (base < row.band.minMinor) return 'below_min' as const;
  if (base > row.band.maxMinor) return 'above_max' as const;
  return 'within' as const;
}
