import { Button, Group, SegmentedControl, Stack, Table, TagsInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { matrixColumns } from '../../../../contracts/compensation/meritMatrix';
import type { SetupValues } from './setupValues';
import { starterMatrix, withThresholds } from './setupValues';

const parts = ['minPct', 'targetPct', 'maxPct'] as const;

/**
 * The merit matrix: one row per calibrated rating, one column per compa-ratio (or position-in-range)
 * band, each cell a min / target / max increase in percent. Thresholds are typed as tags; the cells
 * follow. The server checks the matrix against the review cycle's rating scale before launch.
 */
export function MeritMatrixEditor({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation();
  const matrix = form.getValues().meritMatrix;
  if (!matrix) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('compensation.cycles.matrix.none')}
        </Text>
        <Button
          variant="default"
          onClick={() => form.setFieldValue('meritMatrix', starterMatrix())}
          data-testid="matrix-start"
        >
          {t('compensation.cycles.matrix.start')}
        </Button>
      </Stack>
    );
  }
  const columns = matrixColumns(matrix);
  const columnLabel = (column: { from: string | null; to: string | null }) =>
    column.from === null
      ? t('compensation.cycles.matrix.below', { value: column.to })
      : column.to === null
        ? t('compensation.cycles.matrix.atLeast', { value: column.from })
        : t('compensation.cycles.matrix.between', { from: column.from, to: column.to });
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="matrix-axis">
            {t('compensation.cycles.matrix.axis')}
          </Text>
          <SegmentedControl
            aria-labelledby="matrix-axis"
            data={[
              { value: 'compa_ratio', label: t('compensation.cycles.matrix.axes.compa_ratio') },
              { value: 'position_in_range', label: t('compensation.cycles.matrix.axes.position_in_range') },
            ]}
            {...form.getInputProps('meritMatrix.axis')}
          />
        </Stack>
        <TagsInput
          label={t('compensation.cycles.matrix.thresholds')}
          description={t('compensation.cycles.matrix.thresholdsHint')}
          value={matrix.thresholds}
          onChange={(thresholds) => form.setFieldValue('meritMatrix', withThresholds(matrix, thresholds))}
          maxTags={9}
          w={320}
        />
        <Button variant="subtle" color="gray" onClick={() => form.setFieldValue('meritMatrix', null)}>
          {t('compensation.cycles.matrix.remove')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={160 + columns.length * 200} type="native">
        <Table withTableBorder withColumnBorders aria-label={t('compensation.cycles.matrix.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('compensation.cycles.matrix.rating')}</Table.Th>
              {columns.map((column) => (
                // Thresholds ascend, so each column's bounds are unique.
                <Table.Th key={`${column.from}-${column.to}`} scope="col">
                  {columnLabel(column)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row, rowIndex) => (
              <Table.Tr key={row.rating}>
                <Table.Th scope="row">{row.rating}</Table.Th>
                {row.cells.map((_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                  <Table.Td key={column}>
                    <Group gap={4} wrap="nowrap">
                      {parts.map((part) => (
                        <TextInput
                          key={part}
                          size="xs"
                          w={58}
                          inputMode="decimal"
                          aria-label={t(`compensation.cycles.matrix.cell.${part}`, {
                            rating: row.rating,
                            column: columnLabel(columns[column]!),
                          })}
                          {...form.getInputProps(`meritMatrix.rows.${rowIndex}.cells.${column}.${part}`)}
                        />
                      ))}
                    </Group>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('compensation.cycles.matrix.cellHint')}
      </Text>
    </Stack>
  );
}
