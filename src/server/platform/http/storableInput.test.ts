import { describe, expect, it } from 'vitest';
import { findUnstorableText, isStorableText } from './storableInput';

describe('text PostgreSQL can store', () => {
  it('refuses NUL and lone surrogates, accepts surrogate pairs and other control characters', () => {
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(isStorableText('a\udc00b')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('\udbff\udbff\udc00')).toBe(false);
    expect(isStorableText('emoji 😀 ok')).toBe(true);
    expect(isStorableText('tab\tnew\nline\u0001')).toBe(true);
    expect(isStorableText('')).toBe(true);
  });

  it('names the field the way validation errors do, keys included', () => {
    expect(findUnstorableText({ name: 'ok', answers: [{ text: 'ok' }, { text: 'x\u0000' }] }, 'body')).toBe(
      'answers.1.text',
    );
    expect(findUnstorableText({ labels: { 'bad\ud800key': 'x' } }, 'body')).toBe('labels');
    expect(findUnstorableText('\u0000', 'body')).toBe('body');
    expect(findUnstorableText({ 'a\u0000': 1 }, 'querystring')).toBe('querystring');
    expect(findUnstorableText({ first: 'a\u0000', second: 'b\u0000' }, 'body')).toBe('first');
    expect(findUnstorableText({ name: 'fine', count: 3, none: null, flag: true }, 'body')).toBeNull();
    expect(findUnstorableText(undefined, 'body')).toBeNull();
  });

  it('walks a deeply nested input without recursion (100,000 levels would overflow the stack)', () => {
    let deep: unknown = 'x\u0000';
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    expect(findUnstorableText({ deep }, 'body')).toMatch(/^deep(\.0)+$/);
  });
});
