import { describe, expect, it } from 'vitest';
import { cardLayout, type DataColumn, rowHeaderKey } from './dataTableColumns';

interface Row {
  name: string;
}

const column = (key: string, flags: Partial<DataColumn<Row>> = {}): DataColumn<Row> => ({
  key,
  header: key,
  cell: (row) => `${key}:${row.name}`,
  ...flags,
});
const keysOf = (columns: DataColumn<Row>[]) => columns.map((c) => c.key);
const layoutKeys = (columns: DataColumn<Row>[]) => {
  const layout = cardLayout(columns);
  return { title: keysOf(layout.title), fields: keysOf(layout.fields), actions: keysOf(layout.actions) };
};

describe('cardLayout', () => {
  it('titles the card with the primary column wherever the table puts it, the others as fields in table order', () => {
    const columns = [column('seq'), column('action', { primary: true }), column('target'), column('at')];
    expect(layoutKeys(columns)).toEqual({ title: ['action'], fields: ['seq', 'target', 'at'], actions: [] });
    expect(rowHeaderKey(columns)).toBe('action');
  });

  it('without a primary column, the first column that is not an action names the row', () => {
    const columns = [column('retry', { action: true }), column('job'), column('error')];
    expect(layoutKeys(columns)).toEqual({ title: ['job'], fields: ['error'], actions: ['retry'] });
    expect(rowHeaderKey(columns)).toBe('job');
  });

  it('leaves hidden columns off the card, also when choosing the title', () => {
    const columns = [
      column('avatar', { hideOnPhone: true }),
      column('name'),
      column('email', { hideOnPhone: true }),
    ];
    expect(layoutKeys(columns)).toEqual({ title: ['name'], fields: [], actions: [] });
    expect(rowHeaderKey(columns)).toBe('name');
  });

  it('puts actions last, in their own order, and never labels them as fields', () => {
    const columns = [
      column('open', { action: true }),
      column('person', { primary: true }),
      column('state'),
      column('remind', { action: true, hideOnPhone: true }),
      column('archive', { action: true }),
    ];
    expect(layoutKeys(columns)).toEqual({
      title: ['person'],
      fields: ['state'],
      actions: ['open', 'archive'],
    });
  });

  it('keeps several primary columns together in the title', () => {
    const columns = [column('first', { primary: true }), column('note'), column('last', { primary: true })];
    expect(layoutKeys(columns)).toEqual({ title: ['first', 'last'], fields: ['note'], actions: [] });
    expect(rowHeaderKey(columns)).toBe('first');
  });

  it('refuses declarations that cannot be meant', () => {
    expect(() => cardLayout([column('a'), column('a')])).toThrow(/two columns with the key "a"/);
    expect(() => cardLayout([column('a', { primary: true, hideOnPhone: true })])).toThrow(
      /primary column "a"/,
    );
    expect(() => cardLayout([column('a', { primary: true, action: true })])).toThrow(/primary column "a"/);
    expect(() => cardLayout([column('go', { action: true }), column('b', { hideOnPhone: true })])).toThrow(
      /no column names the row/,
    );
  });
});
