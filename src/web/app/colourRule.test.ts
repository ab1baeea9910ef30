import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The rule behind "colour means one thing" (issue 11, item 16), checked over the web app's sources
 * so that a hard-coded status colour or a toast of its own colour cannot come back:
 *
 * - a status, warning, success or error takes its colour from a tone (app/statusColors.ts): no
 *   source names a status hue (green, amber, red, blue) or one of the old look-alikes (orange,
 *   yellow, teal, …) as a literal, except the identity colours allowed below;
 * - every toast goes through components/showToast.ts, which colours it by tone and keeps
 *   `@mantine/notifications` out of the first paint.
 *
 * Gray, the tracks' indigo and brand, and `dimmed` carry no status and stay free to use.
 */

const webRoot = fileURLToPath(new URL('..', import.meta.url));

const hues = [
  'red',
  'green',
  'blue',
  'amber',
  'orange',
  'yellow',
  'teal',
  'grape',
  'cyan',
  'pink',
  'lime',
  'violet',
] as const;
type Hue = (typeof hues)[number];

/** A quoted hue ('red', "orange.9", `teal`) in TypeScript, or a Mantine colour variable in CSS. */
const hueLiteral = new RegExp(`['"\`](${hues.join('|')})(?:\\.\\d)?['"\`]`, 'g');
const hueVariable = new RegExp(`--mantine-color-(${hues.join('|')})-`, 'g');

/** Where a hue is an identity, never a status; each entry says why and must still be in use. */
const identityColours: { file: string; hues: Hue[]; why: string }[] = [
  {
    file: 'components/PersonAvatar.tsx',
    hues: ['blue', 'grape', 'orange', 'green'],
    why: 'an avatar colour only tells people apart',
  },
  {
    file: 'platform/AccessLogPage.tsx',
    hues: ['cyan', 'violet', 'grape'],
    why: 'each data class has a colour that only tells the classes apart',
  },
  { file: 'performance/feedback/FeedbackCard.tsx', hues: ['pink'], why: 'praise has a colour of its own' },
  {
    file: 'growth/feedback360/ReportPage.tsx',
    hues: ['grape'],
    why: "the coach's colour: the coach's note and release button",
  },
  {
    file: 'performance/calibration/calibration.module.css',
    hues: ['amber'],
    why: 'CSS cannot import a tone; the incomplete session is a caution',
  },
];

/** Where the rule itself lives: the tone definitions and the theme's palettes. */
const exempt = new Set(['app/statusColors.ts', 'app/theme.ts']);

function sources(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = `${dir}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|css)$/.test(name) && !/\.test\.tsx?$/.test(name))
        found.push({ file: relative(webRoot, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(webRoot);
  return found;
}

/** Each hue a source names, with its line number. */
function huesIn(text: string, css: boolean): { hue: Hue; line: number }[] {
  const pattern = css ? hueVariable : hueLiteral;
  return [...text.matchAll(pattern)].map((match) => ({
    hue: match[1] as Hue,
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/** Calls and imports of Mantine's toast store, which only the toast helper may make. */
function toastCallsIn(text: string): number[] {
  const pattern =
    /\bnotifications\.show\(|from '@mantine\/notifications'|import\('@mantine\/notifications'\)/g;
  return [...text.matchAll(pattern)].map((match) => text.slice(0, match.index).split('\n').length);
}

describe('colour rule: one meaning per colour', () => {
  const all = sources();

  it('finds what it looks for', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(huesIn(`<Alert color="orange">\n<Text c='red.9'>`, false)).toEqual([
      { hue: 'orange', line: 1 },
      { hue: 'red', line: 2 },
    ]);
    expect(huesIn('border: 1px solid var(--mantine-color-teal-6);', true)).toEqual([
      { hue: 'teal', line: 1 },
    ]);
    expect(huesIn(`<Badge color="gray" c="dimmed">`, false)).toEqual([]);
    expect(toastCallsIn(`x;\nnotifications.show({ color: 'teal', message })`)).toEqual([2]);
    expect(toastCallsIn(`import { notifications as n } from '@mantine/notifications';`)).toEqual([1]);
  });

  it('no status hue is written as a literal: statuses, warnings and outcomes take a tone', () => {
    const offences: string[] = [];
    for (const { file, text } of all) {
      if (exempt.has(file)) continue;
      const allowed = identityColours.find((entry) => entry.file === file)?.hues ?? [];
      for (const { hue, line } of huesIn(text, file.endsWith('.css')))
        if (!allowed.includes(hue)) offences.push(`${file}:${line} ${hue}`);
    }
    expect(offences, 'use a tone from app/statusColors.ts (toneBadge, toneAlert, toneText, …)').toEqual([]);
  });

  it('every identity colour allowed above is still in use, so the list cannot grow stale', () => {
    for (const entry of identityColours) {
      const source = all.find(({ file }) => file === entry.file);
      expect(source, entry.file).toBeDefined();
      const used = new Set(huesIn(source!.text, entry.file.endsWith('.css')).map(({ hue }) => hue));
      expect([...used].sort(), `${entry.file}: ${entry.why}`).toEqual([...entry.hues].sort());
    }
  });

  it('toasts go through showToast: nothing else calls or imports the toast store', () => {
    // App.tsx mounts the toast container after the first paint; showToast.ts is the one caller.
    const owners = new Set(['components/showToast.ts', 'app/App.tsx']);
    const offences = all.flatMap(({ file, text }) =>
      owners.has(file) ? [] : toastCallsIn(text).map((line) => `${file}:${line}`),
    );
    expect(offences, 'call showToast({ tone, message }) from components/showToast.ts').toEqual([]);
  });
});
