import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Proposal, ProposalPage } from './api';
import { loadedRows, replaceRow, rowOf } from './gridCache';

const row = (participantId: string, version: number) =>
  ({ participantId, version, state: version > 0 ? 'draft' : null }) as unknown as Proposal;

const data = (): InfiniteData<ProposalPage, unknown> => ({
  pages: [
    { items: [row('a', 1), row('b', 0)], nextCursor: 'x' },
    { items: [row('c', 2)], nextCursor: null },
  ],
  pageParams: [undefined, 'x'],
});

describe('replaceRow', () => {
  it('replaces the one row in place and keeps the pages and cursors', () => {
    const before = data();
    const after = replaceRow(before, { ...row('c', 3), issues: [] } as never);
    expect(loadedRows(after).map((item) => [item.participantId, item.version])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 3],
    ]);
    expect(after?.pages[0]).toBe(before.pages[0]);
    expect(after?.pageParams).toEqual([undefined, 'x']);
    expect(loadedRows(after)[2]).not.toHaveProperty('issues');
  });

  it('keeps a newer cached row over an older answer, and unknown rows change nothing', () => {
    const before = data();
    expect(replaceRow(before, row('c', 1))).toBe(before);
    expect(replaceRow(before, row('zz', 5))).toBe(before);
    expect(replaceRow(undefined, row('a', 2))).toBeUndefined();
  });
});

describe('rowOf', () => {
  it('drops the save issues only', () => {
    expect(rowOf({ ...row('a', 1), issues: [{ code: 'x', level: 'warning' }] } as never)).toEqual(
      row('a', 1),
    );
  });
});
