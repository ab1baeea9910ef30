import { Group, Paper, Stack, Table, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import classes from './DataTable.module.css';
import { cardLayout, type DataColumn, rowHeaderKey } from './dataTableColumns';
import { Pager } from './Pager';
import { useIsPhone } from './useIsPhone';

export type { DataColumn } from './dataTableColumns';

interface DataTableProps<Row> {
  /** Declared once: the table's columns and, below the phone breakpoint, each card's lines. */
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Names the table, or the list of cards, for screen readers. */
  label: string;
  /** One page of a longer list: "Showing 26–50 of 312" and page buttons below the rows. */
  pagination?: { page: number; pageSize: number; total: number; onChange: (page: number) => void };
  /** A border round the table, for a list that stands on the page rather than inside a panel. */
  framed?: boolean;
  /** Below this width (px) the table scrolls inside its own box, so the page never scrolls sideways. */
  minWidth?: number;
  testId?: string;
  rowTestId?: string;
}

/**
 * A list of records as a table from the phone breakpoint up and as a card per row below it
 * (issue 11, item 15): a phone never gets clipped or sideways-scrolling columns. Loading, failure
 * and "nothing here yet" belong to the `QueryView` around it:
 *
 * ```tsx
 * <QueryView query={jobs} empty={<EmptyPanel … />}>
 *   {(data) => (
 *     <DataTable columns={columns} rows={data.items} rowKey={(job) => job.id} label={t('…')}
 *       pagination={{ ...data, onChange: (page) => navigate({ search: { page } }) }} framed />
 *   )}
 * </QueryView>
 * ```
 */
export function DataTable<Row>({ pagination, ...props }: DataTableProps<Row>) {
  const phone = useIsPhone();
  const view = phone ? <CardList {...props} /> : <WideTable {...props} />;
  if (!pagination) return view;
  return (
    <Stack gap="sm">
      {view}
      <Pager
        page={pagination.page}
        pageSize={pagination.pageSize}
        total={pagination.total}
        onChange={pagination.onChange}
      />
    </Stack>
  );
}

type ViewProps<Row> = Omit<DataTableProps<Row>, 'pagination'>;

function WideTable<Row>({
  columns,
  rows,
  rowKey,
  label,
  framed,
  minWidth = 600,
  testId,
  rowTestId,
}: ViewProps<Row>) {
  const rowHeader = rowHeaderKey(columns);
  const table = (
    // Relative, so what sits absolutely in a cell (a visually hidden header) scrolls and clips with
    // the table instead of widening the page. A region in the tab order, so a keyboard can scroll
    // it when it is narrower than the table (WCAG 2.1.1; axe: scrollable-region-focusable).
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      style={{ position: 'relative' }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <Table aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta={column.align}>
                {column.action ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => {
                const style = column.nowrap ? { whiteSpace: 'nowrap' as const } : undefined;
                return column.key === rowHeader ? (
                  <Table.Th key={column.key} scope="row" fw="normal" ta={column.align} style={style}>
                    {column.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} ta={column.align} style={style}>
                    {column.cell(row)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return framed ? (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      {table}
    </Paper>
  ) : (
    table
  );
}

function CardList<Row>({ columns, rows, rowKey, label, testId, rowTestId }: ViewProps<Row>) {
  const { title, fields, actions } = cardLayout(columns);
  return (
    <Stack
      component="ul"
      gap="xs"
      p={0}
      m={0}
      className={classes.cards}
      aria-label={label}
      data-testid={testId}
    >
      {rows.map((row) => (
        <Paper key={rowKey(row)} component="li" withBorder p="sm" data-testid={rowTestId}>
          <Stack gap="xs">
            <Stack
              gap={2}
              align="flex-start"
              fw={600}
              fz="sm"
              style={{ minWidth: 0, overflowWrap: 'anywhere' }}
            >
              {title.map((column) => (
                <Fragment key={column.key}>{column.cell(row)}</Fragment>
              ))}
            </Stack>
            {fields.length > 0 ? (
              <dl className={classes.fields}>
                {fields.map((column) => (
                  <Fragment key={column.key}>
                    <dt>{column.header}</dt>
                    <dd>{column.cell(row)}</dd>
                  </Fragment>
                ))}
              </dl>
            ) : null}
            {actions.length > 0 ? (
              <Group gap="xs">
                {actions.map((column) => (
                  <Fragment key={column.key}>{column.cell(row)}</Fragment>
                ))}
              </Group>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
