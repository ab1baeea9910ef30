import { describe, expect, it } from 'vitest';
import { isEmptyData, queryViewState } from '../queryViewState';
import { mergeErrors, needsGeneralError, placeServerFields } from './formLogic';

describe('mergeErrors', () => {
  it('keeps the contract message and adds the screen rules for other fields', () => {
    expect(mergeErrors({ title: 'Required' }, { title: 'Write a title', date: 'Pick a date' })).toEqual({
      title: 'Required',
      date: 'Pick a date',
    });
  });
  it('lets the screen reword a contract message when asked', () => {
    expect(mergeErrors({ rank: 'Expected number' }, { rank: 'Enter a rank' }, true)).toEqual({
      rank: 'Enter a rank',
    });
  });
  it('ignores empty screen rules', () => {
    expect(mergeErrors({}, { a: undefined, b: null, c: false })).toEqual({});
  });
});

describe('where a failed save is shown', () => {
  it('splits server fields into the ones the form shows and the rest', () => {
    expect(placeServerFields({ title: 'x', version: 'y' }, ['title', 'description'])).toEqual({
      placed: ['title'],
      unplaced: ['version'],
    });
  });
  it('needs no banner when every field message found its input', () => {
    expect(needsGeneralError(new Error('x'), { title: 'Too long' }, ['title'])).toBe(false);
  });
  it('needs the banner for errors without fields and for messages no input shows', () => {
    expect(needsGeneralError(new Error('x'), null, ['title'])).toBe(true);
    expect(needsGeneralError(new Error('x'), {}, ['title'])).toBe(true);
    expect(needsGeneralError(new Error('x'), { title: 'a', other: 'b' }, ['title'])).toBe(true);
  });
  it('needs nothing without an error', () => {
    expect(needsGeneralError(null, null, [])).toBe(false);
  });
});

describe('queryViewState', () => {
  const list = (n: number) => ({ items: Array.from({ length: n }, (_, i) => i), total: n });
  it('is loading before the first answer', () => {
    expect(queryViewState({ isPending: true, isError: false, data: undefined })).toBe('loading');
  });
  it('is an error when the first load failed', () => {
    expect(queryViewState({ isPending: false, isError: true, data: undefined })).toBe('error');
  });
  it('keeps showing data when a later refetch failed', () => {
    expect(queryViewState({ isPending: false, isError: true, data: list(2) })).toBe('data');
  });
  it('tells empty lists, arrays and infinite pages from full ones', () => {
    expect(queryViewState({ isPending: false, isError: false, data: list(0) })).toBe('empty');
    expect(queryViewState({ isPending: false, isError: false, data: [] })).toBe('empty');
    expect(queryViewState({ isPending: false, isError: false, data: { pages: [list(0), list(0)] } })).toBe(
      'empty',
    );
    expect(queryViewState({ isPending: false, isError: false, data: { pages: [list(0), list(1)] } })).toBe(
      'data',
    );
    expect(queryViewState({ isPending: false, isError: false, data: { name: 'x' } })).toBe('data');
  });
  it('takes a screen-specific emptiness test', () => {
    const state = queryViewState({ isPending: false, isError: false, data: list(3) }, (d) => d.total < 5);
    expect(state).toBe('empty');
  });
  it('counts a total without items', () => {
    expect(isEmptyData({ total: 0 })).toBe(true);
    expect(isEmptyData({ total: 4 })).toBe(false);
  });
});
