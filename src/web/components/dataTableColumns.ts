import type { ReactNode } from 'react';

/** One column of a `DataTable`, declared once for both the table and the phone's cards. */
export interface DataColumn<Row> {
  /** Stable within the table: React's key for the cell. */
  key: string;
  /** The column's header in the table and the field's label on a card. */
  header: string;
  cell: (row: Row) => ReactNode;
  /**
   * What names the row (a person, a job, a subject): the row header (`<th scope="row">`) in the
   * table and the title of the card. Without one, the first column that is not an action names it.
   */
  primary?: boolean;
  /** Left off the card: the title already says it, or it is not worth a phone's space. */
  hideOnPhone?: boolean;
  /** Buttons that act on the row: the header is for screen readers only, and on a card they come last, unlabelled. */
  action?: boolean;
  /** Numbers line up on the right in the table. */
  align?: 'right';
  /** Keeps short values (a date) on one line in the table. */
  nowrap?: boolean;
}

export interface CardLayout<Column> {
  /** The card's first line(s), unlabelled. */
  title: Column[];
  /** Label and value pairs, in the order the table shows them. */
  fields: Column[];
  /** Last, unlabelled. */
  actions: Column[];
}

/**
 * How a row's columns fall onto a phone card. Throws on a declaration that cannot be meant (two
 * columns with one key, a hidden or action column as the row's name, nothing to name the row),
 * so the mistake shows on the first render in development rather than as an odd card.
 */
export function cardLayout<Row>(columns: readonly DataColumn<Row>[]): CardLayout<DataColumn<Row>> {
  const keys = new Set<string>();
  for (const column of columns) {
    if (keys.has(column.key)) throw new Error(`DataTable: two columns with the key "${column.key}"`);
    keys.add(column.key);
    if (column.primary && (column.hideOnPhone || column.action))
      throw new Error(`DataTable: the primary column "${column.key}" cannot be hidden or an action`);
  }
  const shown = columns.filter((column) => !column.hideOnPhone);
  const marked = shown.filter((column) => column.primary);
  const title = marked.length > 0 ? marked : shown.filter((column) => !column.action).slice(0, 1);
  if (title.length === 0) throw new Error('DataTable: no column names the row on a phone');
  return {
    title,
    fields: shown.filter((column) => !column.action && !title.includes(column)),
    actions: shown.filter((column) => column.action),
  };
}

/** The column whose cell is the row header in the table: the one that titles the card. */
export function rowHeaderKey<Row>(columns: readonly DataColumn<Row>[]): string {
  // cardLayout always finds a title (or throws), so the table and the card name a row alike.
  return cardLayout(columns).title[0]!.key;
}
