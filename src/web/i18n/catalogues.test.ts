import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../../contracts/errorCodes';
import { issueTexts } from '../../contracts/issues';
import { areaLoaders } from './areas';
import { de as deCore } from './de';
import { en as enCore } from './en';
import { validationDe } from './validationDe';
import { validationEn } from './validationEn';

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

/** Every `issue('code')` / `issueMessage('code')` in the server's and the contracts' sources. */
function issueCodesInSources(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = `${dir}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:issue|issueMessage)\(\s*'(\w+)'/g))
          codes.add(match[1] ?? '');
      }
    }
  };
  walk(fileURLToPath(new URL('../../server', import.meta.url)));
  walk(fileURLToPath(new URL('../../contracts', import.meta.url)));
  return codes;
}

describe('error and issue codes', () => {
  const leafOf = (catalogue: unknown, section: string, code: string) =>
    (catalogue as Record<string, Record<string, string | undefined>>)[section]?.[code];

  it('have an English and a German text for every issue code the server and the contracts use', () => {
    const used = issueCodesInSources();
    expect(used.size).toBeGreaterThan(100);
    for (const code of used) {
      expect(Object.hasOwn(issueTexts, code), `${code} is in contracts/issues.ts`).toBe(true);
      expect(
        leafOf({ validation: validationEn }, 'validation', code)?.trim(),
        `en validation.${code}`,
      ).toBeTruthy();
      expect(
        leafOf({ validation: validationDe }, 'validation', code)?.trim(),
        `de validation.${code}`,
      ).toBeTruthy();
    }
  });

  it('give every issue code the same placeholders in the contracts, English and German', () => {
    for (const [code, template] of Object.entries(issueTexts)) {
      expect(placeholders(validationEn[code as keyof typeof validationEn] ?? ''), code).toEqual(
        placeholders(template),
      );
      expect(placeholders(validationDe[code as keyof typeof validationDe] ?? ''), code).toEqual(
        placeholders(template),
      );
    }
  });

  it('have an English and a German text for every top-level error code', () => {
    for (const code of apiErrorCodes) {
      expect(leafOf(enCore, 'errorCodes', code)?.trim(), `en errorCodes.${code}`).toBeTruthy();
      expect(leafOf(deCore, 'errorCodes', code)?.trim(), `de errorCodes.${code}`).toBeTruthy();
    }
  });
});
