import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowUpRight, IconMessage2, IconRefresh } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalStateTone, toneBadge, toneColor, toneText } from '../../../app/statusColors';
import { ReturnedReason } from '../approvals/ReturnedReason';
import { money } from '../format';
import type { Proposal } from './api';
import classes from './PlanningGrid.module.css';
import { Flags, PayBand, RatingGuideline } from './RowCells';
import { trimPercent } from './rowDraft';
import { type JustifyRequest, type RowEditorOptions, useRowEditor } from './useRowEditor';

export type { JustifyRequest } from './useRowEditor';

type Editor = ReturnType<typeof useRowEditor>;

interface PlanningRowProps extends RowEditorOptions {
  selected: boolean;
  onSelect: (participantId: string, selected: boolean) => void;
  onPromote: (request: JustifyRequest) => void;
  /** A table row (from the phone breakpoint up), or a card in a list (on a phone). */
  layout: 'row' | 'card';
}

/**
 * One person of the grid: the launch snapshot read-only, the proposal typed in place (the editing
 * itself is `useRowEditor`). From the phone breakpoint up a table row of seven columns — name,
 * base and band, rating and guideline, merit % over the new base, bonus, state with the flags,
 * actions — and on a phone a card with the same parts, the inputs with visible labels.
 */
export const PlanningRow = memo(function PlanningRow({
  selected,
  onSelect,
  onPromote,
  layout,
  ...options
}: PlanningRowProps) {
  const { t } = useTranslation();
  const editor = useRowEditor(options);
  const { row } = options;
  const card = layout === 'card';
  const select = (
    <Checkbox
      aria-label={t('compensation.planning.selectLabel', { name: editor.name })}
      checked={selected}
      disabled={!row.abilities.submit || editor.pending}
      onChange={(event) => onSelect(row.participantId, event.currentTarget.checked)}
    />
  );
  const flags = (
    <Flags
      row={row}
      outside={editor.outside}
      dirty={editor.dirty}
      bandFlag={editor.bandFlag}
      warnings={editor.warnings}
    />
  );
  const actions = editor.editable ? (
    <RowActions editor={editor} onJustify={options.onJustify} onPromote={onPromote} card={card} />
  ) : null;

  if (card) {
    return (
      <Paper component="li" withBorder p="sm" data-testid="planning-row" data-participant={row.participantId}>
        <Stack gap="xs">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              {select}
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {editor.name}
              </Text>
            </Group>
            <StateBadge editor={editor} />
          </Group>
          <dl className={classes.fields}>
            <dt>{t('compensation.planning.columns.payBand')}</dt>
            <dd>
              <PayBand row={row} />
            </dd>
            <dt>{t('compensation.planning.columns.ratingGuideline')}</dt>
            <dd>
              <RatingGuideline row={row} />
            </dd>
          </dl>
          {editor.editable ? (
            <>
              <Group gap="xs" grow align="flex-start">
                <MeritPercent editor={editor} card />
                <NewBase editor={editor} card />
              </Group>
              <Bonus editor={editor} card />
            </>
          ) : (
            <ReadOnlyProposal row={row} />
          )}
          {flags}
          <ReturnedReason row={row} />
          <SaveState editor={editor} />
          {actions}
        </Stack>
      </Paper>
    );
  }

  return (
    <Table.Tr data-testid="planning-row" data-participant={row.participantId}>
      <Table.Th scope="row" fw={500} className={classes.sticky}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {select}
          <Text size="sm" fw={500}>
            {editor.name}
          </Text>
        </Group>
      </Table.Th>
      <Table.Td>
        <PayBand row={row} />
      </Table.Td>
      <Table.Td>
        <RatingGuideline row={row} />
      </Table.Td>
      {editor.editable ? (
        <>
          <Table.Td>
            <Stack gap={4}>
              <MeritPercent editor={editor} />
              <NewBase editor={editor} />
            </Stack>
          </Table.Td>
          <Table.Td>
            <Bonus editor={editor} />
          </Table.Td>
        </>
      ) : (
        <Table.Td colSpan={2}>
          <ReadOnlyProposal row={row} />
        </Table.Td>
      )}
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <StateBadge editor={editor} />
          {flags}
          <ReturnedReason row={row} />
          <SaveState editor={editor} />
        </Stack>
      </Table.Td>
      <Table.Td>{actions}</Table.Td>
    </Table.Tr>
  );
});

/** Why a row has no inputs (not eligible, no pay), or what was proposed when it may not be edited. */
function ReadOnlyProposal({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {row.eligibility !== 'eligible'
        ? t('compensation.planning.ineligible')
        : row.currentBaseMinor === null
          ? t('compensation.planning.noPay')
          : row.merit && row.currency
            ? `${trimPercent(row.merit.percent)} % · ${money(row.merit.newBaseMinor, row.currency)}`
            : '—'}
    </Text>
  );
}

function MeritPercent({ editor, card = false }: { editor: Editor; card?: boolean }) {
  const { t } = useTranslation();
  const { draft, derived, problem } = editor;
  return (
    <TextInput
      size="xs"
      w={card ? undefined : 104}
      inputMode="decimal"
      label={card ? t('compensation.planning.columns.merit') : undefined}
      aria-label={t('compensation.planning.meritLabel', { name: editor.name })}
      value={editor.percentShown}
      rightSection={<Text size="xs">%</Text>}
      rightSectionWidth={24}
      description={draft.meritFrom === 'amount' && derived ? t('compensation.planning.derived') : undefined}
      error={
        problem === 'percent'
          ? t('compensation.planning.invalid.percent')
          : editor.fieldError('merit.percent')
      }
      onChange={(event) => editor.change({ meritFrom: 'percent', percent: event.currentTarget.value })}
      onBlur={editor.flush}
      data-testid="merit-percent"
    />
  );
}

function NewBase({ editor, card = false }: { editor: Editor; card?: boolean }) {
  const { t } = useTranslation();
  const { draft, derived, problem, currency } = editor;
  return (
    <TextInput
      size="xs"
      w={card ? undefined : 132}
      inputMode="decimal"
      label={card ? t('compensation.planning.columns.newBase') : undefined}
      aria-label={t('compensation.planning.newBaseLabel', { name: editor.name })}
      value={editor.newBaseShown}
      rightSection={<Text size="xs">{currency}</Text>}
      rightSectionWidth={36}
      description={draft.meritFrom === 'percent' && derived ? t('compensation.planning.derived') : undefined}
      error={
        problem === 'newBase'
          ? t('compensation.planning.invalid.newBase', { currency })
          : editor.fieldError('merit.newBaseMinor')
      }
      onChange={(event) => editor.change({ meritFrom: 'amount', newBase: event.currentTarget.value })}
      onBlur={editor.flush}
      data-testid="merit-new-base"
    />
  );
}

function Bonus({ editor, card = false }: { editor: Editor; card?: boolean }) {
  const { t } = useTranslation();
  const { problem, currency } = editor;
  return (
    <TextInput
      size="xs"
      w={card ? undefined : 112}
      inputMode="decimal"
      label={card ? t('compensation.planning.columns.bonus') : undefined}
      aria-label={t('compensation.planning.bonusLabel', { name: editor.name })}
      value={editor.draft.bonus}
      rightSection={<Text size="xs">{currency}</Text>}
      rightSectionWidth={36}
      error={
        problem === 'bonus'
          ? t('compensation.planning.invalid.bonus', { currency })
          : editor.fieldError('bonusMinor')
      }
      onChange={(event) => editor.change({ bonus: event.currentTarget.value })}
      onBlur={editor.flush}
      data-testid="bonus"
    />
  );
}

function StateBadge({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { stateKey } = editor;
  return (
    <Badge {...toneBadge(stateKey === 'none' ? 'neutral' : proposalStateTone[stateKey])}>
      {t(`compensation.planning.states.${stateKey}`)}
    </Badge>
  );
}

/** Saving, not saved or saved; a version conflict with its reload; any other refusal. */
function SaveState({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { save, dirty, conflict, reload, otherError } = editor;
  return (
    <>
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="row-save-state">
        {save.isPending
          ? t('compensation.planning.saving')
          : dirty
            ? t('compensation.planning.unsaved')
            : save.isSuccess
              ? t('compensation.planning.saved')
              : ''}
      </Text>
      {conflict !== null ? (
        <Stack gap={2} role="alert">
          <Text size="xs" c={toneText('negative')}>
            {t('compensation.planning.conflict', { version: conflict.version ?? '?' })}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            color={toneColor.negative}
            leftSection={<IconRefresh size={12} aria-hidden />}
            loading={reload.isPending}
            onClick={() => reload.mutate()}
          >
            {t('compensation.planning.reload')}
          </Button>
        </Stack>
      ) : null}
      {otherError ? (
        <Text size="xs" c={toneText('negative')} role="alert">
          {otherError}
        </Text>
      ) : null}
    </>
  );
}

function RowActions({
  editor,
  onJustify,
  onPromote,
  card,
}: {
  editor: Editor;
  onJustify: (request: JustifyRequest) => void;
  onPromote: (request: JustifyRequest) => void;
  card: boolean;
}) {
  const { t } = useTranslation();
  const { needsReason, name } = editor;
  const buttons = (
    <>
      <Button
        size="compact-xs"
        variant={needsReason ? 'filled' : card ? 'default' : 'subtle'}
        color={needsReason ? toneColor.caution : undefined}
        leftSection={<IconMessage2 size={12} aria-hidden />}
        onClick={() => editor.handOver(onJustify)}
        aria-label={`${t('compensation.planning.justify')} – ${name}`}
      >
        {needsReason
          ? t('compensation.planning.flags.needsJustification')
          : t('compensation.planning.justify')}
      </Button>
      <Button
        size="compact-xs"
        variant={card ? 'default' : 'subtle'}
        leftSection={<IconArrowUpRight size={12} aria-hidden />}
        onClick={() => editor.handOver(onPromote)}
        aria-label={`${t('compensation.planning.promote')} – ${name}`}
      >
        {t('compensation.planning.promote')}
      </Button>
    </>
  );
  return card ? (
    <Group gap="xs">{buttons}</Group>
  ) : (
    <Stack gap={4} align="flex-start">
      {buttons}
    </Stack>
  );
}
