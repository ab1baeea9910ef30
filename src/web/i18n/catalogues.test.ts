import { beforeAll, describe, expect, it } from 'vitest';
import { areaLoaders } from './areas';
import { de as deCore } from './de';
import { en as enCore } from './en';

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

/** The whole catalogue of each language as the app ends up with it: the core plus every area. */
async function fullCatalogues() {
  const en: Record<string, unknown> = { ...enCore };
  const de: Record<string, unknown> = { ...deCore };
  for (const [name, load] of Object.entries(areaLoaders)) {
    expect(en[name], `area ${name} clashes with a core key`).toBeUndefined();
    en[name] = await load.en();
    de[name] = await load.de();
  }
  return { en, de };
}

describe('message catalogues', () => {
  let en: Record<string, unknown>;
  let de: Record<string, unknown>;
  let enKeys: string[];
  let deKeys: string[];
  beforeAll(async () => {
    ({ en, de } = await fullCatalogues());
    enKeys = leafKeys(en).sort();
    deKeys = leafKeys(de).sort();
  });

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
