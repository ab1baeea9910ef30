import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { buildTheme } from '../app/theme';
import { PHONE_BREAKPOINT } from './useIsPhone';

/*
 * The rule written in useIsPhone.ts: one width separates the phone layout from the wider one, asked
 * in script through useIsPhone and in CSS only at that same width.
 */
const webRoot = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = filesUnder(webRoot)
  .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
  .map((path) => ({ name: relative(webRoot, path), text: readFileSync(path, 'utf8') }));
const styles = filesUnder(webRoot)
  .filter((path) => path.endsWith('.css'))
  .map((path) => ({ name: relative(webRoot, path), text: readFileSync(path, 'utf8') }));

const theme = buildTheme({ close: '', togglePassword: '', nextMonth: '', previousMonth: '' });
const phoneWidth = theme.breakpoints?.[PHONE_BREAKPOINT] ?? DEFAULT_THEME.breakpoints[PHONE_BREAKPOINT];

describe('one phone switch', () => {
  it('finds the files it checks', () => {
    expect(sources.some((file) => file.name === join('components', 'useIsPhone.ts'))).toBe(true);
    expect(styles.length).toBeGreaterThan(0);
  });

  it('asks for the window width only in useIsPhone', () => {
    const others = sources
      .filter((file) => file.name !== join('components', 'useIsPhone.ts'))
      .filter((file) => /\buseMediaQuery\b|\bmatchMedia\b/.test(file.text))
      .map((file) => file.name);
    expect(others, 'use useIsPhone() instead').toEqual([]);
  });

  it('hides and shows with hiddenFrom / visibleFrom only at the phone breakpoint', () => {
    const allowed = new Set(['{PHONE_BREAKPOINT}', `"${PHONE_BREAKPOINT}"`]);
    const wrong = sources.flatMap((file) =>
      [...file.text.matchAll(/\b(hiddenFrom|visibleFrom)=(\{[^}]*\}|"[^"]*")/g)]
        .filter((match) => !allowed.has(match[2]!))
        .map((match) => `${file.name}: ${match[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('uses only the phone breakpoint in our own CSS media queries', () => {
    const expected = { min: phoneWidth, max: `${Number.parseFloat(phoneWidth) - 0.01}em` };
    expect(phoneWidth).toMatch(/^\d+(\.\d+)?em$/);
    const wrong = styles.flatMap((file) =>
      [...file.text.matchAll(/\((min|max)-width:\s*([^)]+)\)/g)]
        .filter((match) => match[2]!.trim() !== expected[match[1] as 'min' | 'max'])
        .map((match) => `${file.name}: ${match[0]}`),
    );
    expect(wrong, `use (min-width: ${expected.min}) or (max-width: ${expected.max})`).toEqual([]);
  });
});
