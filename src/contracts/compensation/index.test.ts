import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from './index';

const folder = dirname(fileURLToPath(import.meta.url));
/** The core's own modules (this folder also holds the pay-data contracts, which import zod). */
const coreModules = [
  'bandPosition',
  'budgetPools',
  'budgetRollup',
  'codes',
  'errors',
  'fx',
  'index',
  'iso4217',
  'isoDate',
  'meritMatrix',
  'money',
  'percent',
  'promotion',
  'proration',
  'rational',
];

describe('the compensation core', () => {
  it('exists as listed', () => {
    const files = new Set(readdirSync(folder));
    for (const name of coreModules) expect(files.has(`${name}.ts`)).toBe(true);
  });

  it('runs in the browser: imports only its own modules, no Node API, no float money helpers', () => {
    for (const name of coreModules) {
      const source = readFileSync(join(folder, `${name}.ts`), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
      for (const target of imports) expect(target, `${name}.ts imports ${target}`).toMatch(/^\.\/\w+$/);
      expect(source, name).not.toMatch(/\b(process|Buffer|require|__dirname|globalThis)\b/);
      expect(source, name).not.toMatch(/\bparseFloat\b|\btoFixed\(|Math\.round/);
    }
  });

  it('exports every issue code once, in the catalogue’s shape', () => {
    const codes = core.allCompensationCodes;
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^compensation[A-Z][A-Za-z0-9]+$/);
  });

  it('exposes the planning functions from one entry point', () => {
    for (const name of [
      'isCurrency',
      'minorUnitExponent',
      'parseMoney',
      'formatMoney',
      'convertMinor',
      'prorationFactor',
      'prorate',
      'compaRatio',
      'positionInRange',
      'bandFlag',
      'lookupCell',
      'guideline',
      'checkMeritProposal',
      'validateMatrix',
      'promotionGuideline',
      'checkPromotionProposal',
      'bottomUpBudget',
      'rollUpBudgets',
      'overBudgetOutcome',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
