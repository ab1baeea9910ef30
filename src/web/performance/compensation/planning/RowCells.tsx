import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toneBadge, toneText } from '../../../app/statusColors';
import { money, ratioPercent } from '../format';
import type { Proposal } from './api';
import { trimPercent } from './rowDraft';

/** The read-only cells of a grid row: the launch snapshot's band and guideline, and the flags. */

/** The band as min – target – max, and where today's base sits in it. */
export function BandCell({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      {row.band ? (
        <Stack gap={0}>
          <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
            {t('compensation.planning.band.range', {
              min: money(row.band.minMinor, row.band.currency),
              target: row.band.targetMinor !== null ? money(row.band.targetMinor, row.band.currency) : '—',
              max: money(row.band.maxMinor, row.band.currency),
            })}
          </Text>
          {row.positionInRange !== null ? (
            <Text size="xs" c="dimmed">
              {t('compensation.planning.band.position', {
                position: ratioPercent(Number(row.positionInRange)),
              })}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="xs" c="dimmed">
          {t('compensation.planning.band.none')}
        </Text>
      )}
    </Table.Td>
  );
}

/** The prorated merit guideline of the person's matrix cell. */
export function GuidelineCell({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      {row.guideline ? (
        <Stack gap={0}>
          <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
            {t('compensation.planning.guidelineRange', {
              min: trimPercent(row.guideline.minPct),
              target: trimPercent(row.guideline.targetPct),
              max: trimPercent(row.guideline.maxPct),
            })}
          </Text>
          {row.proration.eligibleDays < row.proration.periodDays ? (
            <Text size="xs" c="dimmed">
              {t('compensation.planning.prorated', {
                days: row.proration.eligibleDays,
                period: row.proration.periodDays,
              })}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="xs" c="dimmed">
          {t('compensation.planning.noGuideline')}
        </Text>
      )}
    </Table.Td>
  );
}

/** Outside the guideline (and whether a reason is there), band placement, promotion, save warnings. */
export function FlagsCell({
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
  return (
    <Table.Td>
      <Group gap={4} wrap="wrap" maw={220}>
        {outside ? (
          <Badge {...toneBadge('caution')} size="sm">
            {t('compensation.planning.flags.outside')}
          </Badge>
        ) : null}
        {outside && row.justification && !dirty ? (
          <Badge {...toneBadge('neutral')} size="sm">
            {t('compensation.planning.flags.justified')}
          </Badge>
        ) : null}
        {bandFlag && bandFlag !== 'within' ? (
          <Badge {...toneBadge('caution')} size="sm">
            {t(`compensation.planning.flags.${bandFlag}`)}
          </Badge>
        ) : null}
        {row.promotion ? (
          <Badge {...toneBadge('info')} size="sm">
            {t('compensation.planning.flags.promotion')}
          </Badge>
        ) : null}
        {row.flags.promotionBelowGuideline ? (
          <Badge {...toneBadge('caution')} size="sm">
            {t('compensation.planning.flags.promotionBelow')}
          </Badge>
        ) : null}
      </Group>
      {warnings.length > 0 ? (
        <Text size="xs" c={toneText('caution')}>
          {warnings.join(' ')}
        </Text>
      ) : null}
    </Table.Td>
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
