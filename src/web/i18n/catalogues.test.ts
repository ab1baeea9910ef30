import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (value === null || typeof value !== 'object') return [`${prefix}<not a string>`];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(catalogue: unknown, key: string): string {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
}

describe('message catalogues', () => {
  const enKeys = leafKeys(en).sort();
  const deKeys = leafKeys(de).sort();

  it('have exactly the same keys in English and German', () => {
    expect(deKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !deKeys.includes(k))).toEqual([]);
  });

  it('have no empty messages', () => {
    for (const key of enKeys) {
      expect(leaf(en, key).trim(), `en ${key}`).not.toBe('');
      expect(leaf(de, key).trim(), `de ${key}`).not.toBe('');
    }
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const key of enKeys) {
      expect(placeholders(leaf(de, key)), key).toEqual(placeholders(leaf(en, key)));
    }
  });
});
