import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CpuShare, describeCpu } from './httpCpu';
import type { Measured } from './httpLoad';
import type { LockWaits } from './httpLocks';

export const sectionName = 'http-load';
export const labels = ['before', 'after'] as const;
export type Label = (typeof labels)[number];
export type DatabaseKind = 'postgresql' | 'pglite';

export const scenarios = [
  { key: 'people-list', name: 'List 50 people', request: 'GET /api/people?page=1&pageSize=50' },
  { key: 'people-deep', name: 'Deep page (random)', request: 'GET /api/people?page=R&pageSize=50' },
  {
    key: 'cycle-reviews',
    name: 'HR’s review list (random page)',
    request: 'GET /api/review-cycles/:id/reviews?page=R&pageSize=50',
  },
  { key: 'review-load', name: 'Load a review form (manager)', request: 'GET /api/reviews/:id' },
  {
    key: 'form-save',
    name: 'Save a whole manager form (5 answers)',
    request: 'PUT /api/review-forms/:id/answers (or 5 × …/answers/:questionId)',
  },
  { key: 'profile', name: 'Profile (random person)', request: 'GET /api/people/:id' },
] as const;
export type ScenarioKey = (typeof scenarios)[number]['key'];

export const unitOf = (key: ScenarioKey) => (key === 'form-save' ? 'forms/s' : 'req/s');

/** The issue's targets at 8 connections (issue 9): PostgreSQL with a p99 bound, PGlite throughput only. */
export const targets: Record<DatabaseKind, Record<ScenarioKey, { rate: number; p99?: number }>> = {
  postgresql: {
    'people-list': { rate: 500, p99: 50 },
    'people-deep': { rate: 500, p99: 50 },
    'cycle-reviews': { rate: 600, p99: 50 },
    'review-load': { rate: 1200, p99: 30 },
    'form-save': { rate: 600, p99: 50 },
    profile: { rate: 1200, p99: 30 },
  },
  pglite: {
    'people-list': { rate: 200 },
    'people-deep': { rate: 200 },
    'cycle-reviews': { rate: 200 },
    'review-load': { rate: 300 },
    'form-save': { rate: 150 },
    profile: { rate: 300 },
  },
};

/** OrangeHRM 5.7 at 8 connections, as given in the issue (its list of employees, its review forms). */
export const peer: Record<ScenarioKey, number> = {
  'people-list': 6.9,
  'people-deep': 6.8,
  'cycle-reviews': 11.6,
  'review-load': 30.3,
  'form-save': 31.1,
  profile: 39.3,
};

export interface ScenarioFigure extends Measured {
  scenario: ScenarioKey;
  connections: number;
  load: { min: number; max: number };
  /** Where the CPU went during the run (absent in results written before it was measured). */
  cpu?: CpuShare | null;
}

export interface BurstFigures {
  forms: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  p50: number;
  p99: number;
  lockWaits: LockWaits;
}

export interface TwoInstanceFigure {
  scenario: ScenarioKey;
  oneInstance: ScenarioFigure;
  twoInstances: ScenarioFigure;
}

export interface DatabaseFigures {
  kind: DatabaseKind;
  version: string;
  people: number;
  reviews: number;
  selfSubmitted: number;
  seedSeconds: number;
  launchSeconds: number;
  saveMode: 'batch' | 'single';
  scenarios: ScenarioFigure[];
  burst: BurstFigures | null;
  twoInstances: TwoInstanceFigure[];
}

export interface HttpBenchResult {
  label: Label;
  commit: string;
  dirty: boolean;
  /** Files changed outside bench/ in the measured checkout (git status --porcelain). */
  dirtyFiles: string[];
  startedAt: string;
  finishedAt: string;
  node: string;
  cpus: number;
  options: {
    people: number;
    reviews: number;
    seconds: number;
    warmupSeconds: number;
    connections: number[];
    logLevel: string;
  };
  load: { min: number; max: number };
  databases: DatabaseFigures[];
}

export async function loadResults(dir: string): Promise<Partial<Record<Label, HttpBenchResult>>> {
  const found: Partial<Record<Label, HttpBenchResult>> = {};
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const label of labels) {
    if (!names.includes(`http-${label}.json`)) continue;
    found[label] = JSON.parse(await readFile(join(dir, `http-${label}.json`), 'utf8')) as HttpBenchResult;
  }
  return found;
}

const whole = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–');
const dbName = (kind: DatabaseKind) => (kind === 'postgresql' ? 'PostgreSQL' : 'PGlite');

function cell(figure: ScenarioFigure | undefined): string {
  if (!figure) return '–';
  const errors =
    figure.errors > 0 ? ` · **${whole(figure.errors)} error${figure.errors === 1 ? '' : 's'}**` : '';
  return `${whole(figure.rate)} ${unitOf(figure.scenario)} · ${ms(figure.p50)} / ${ms(figure.p99)} ms${errors}`;
}

function verdict(kind: DatabaseKind, figure: ScenarioFigure | undefined): string {
  if (!figure) return '–';
  const target = targets[kind][figure.scenario];
  const misses: string[] = [];
  if (figure.rate < target.rate) misses.push('rate');
  if (target.p99 !== undefined && !(figure.p99 < target.p99)) misses.push('p99');
  if (figure.errors > 0) misses.push('errors');
  return misses.length === 0 ? 'met' : `missed (${misses.join(', ')})`;
}

function targetText(kind: DatabaseKind, key: ScenarioKey) {
  const target = targets[kind][key];
  return `≥${whole(target.rate)} ${unitOf(key)}${target.p99 !== undefined ? `, p99 < ${target.p99} ms` : ''}`;
}

function describeRun(result: HttpBenchResult): string {
  const o = result.options;
  const dbs = result.databases
    .map(
      (d) =>
        `${dbName(d.kind)} ${d.version} (${whole(d.people)} people, ${whole(d.reviews)} reviews, ` +
        `${d.selfSubmitted.toLocaleString('en')} self reviews submitted; saves ${
          d.saveMode === 'batch' ? 'in one request per form' : 'as 5 single-answer requests per form'
        })`,
    )
    .join('; ');
  const short = o.seconds < 10 || o.people < 5000;
  return (
    `- **${result.label}**: commit \`${result.commit}\`${result.dirty ? ` with uncommitted changes (${result.dirtyFiles.length} files)` : ''}, ` +
    `${result.startedAt.slice(0, 10)}, Node ${result.node}, ${result.cpus} cores, 1-minute load average ` +
    `${result.load.min.toFixed(1)}–${result.load.max.toFixed(1)}; ${o.seconds} s per scenario after ${o.warmupSeconds} s warm-up; ${dbs}.` +
    (short ? ` **Short validation run (${o.seconds} s, ${whole(o.people)} people): not a measurement.**` : '')
  );
}

function locksText(waits: LockWaits): string {
  const events = Object.entries(waits.byEvent)
    .sort(([, a], [, b]) => b.waiterSamples - a.waiterSamples)
    .map(([event, t]) => `${event} ${t.samplesWithWaiters} (max ${t.maxWaiters})`)
    .join(', ');
  return events || 'none';
}

/** The markdown of the section: before and after side by side, from whichever result files exist. */
export function renderHttpSection(results: Partial<Record<Label, HttpBenchResult>>): string {
  const lines: string[] = [
    '## HTTP load (5,000 people, autocannon)',
    '',
    '`npx tsx bench/http.bench.ts --label after` (this checkout) and `bench/http-before.sh 3cd1a6f` (an older',
    'commit in a worktree) — see `bench/README.md`. The real server runs in its own process',
    '(`src/server/main.ts`, `TRELLIS_JOBS=off`); autocannon loads it from the benchmark process, one',
    'signed-in user per connection (HR admins for the HR and people screens, a different manager per',
    'connection for the review forms, each saving only the forms of their own reports). Cells: throughput ·',
    'p50 / p99 latency (of a whole form for saves); a non-2xx answer or a connection error counts as an',
    'error. Targets are the issue’s, at 8 connections; OrangeHRM 5.7 figures are the issue’s, for reference.',
    '',
  ];
  const present = labels.filter((l) => results[l]);
  if (present.length === 0) lines.push('_No results yet: run the benchmark._', '');
  for (const label of present) lines.push(describeRun(results[label]!));
  if (present.length > 0) lines.push('');

  lines.push(
    '| scenario | database | connections | before | after | after vs target | target (8 connections) | OrangeHRM 5.7 (8 connections) |',
    '|---|---|---:|---:|---:|---|---:|---:|',
  );
  const kinds: DatabaseKind[] = ['postgresql', 'pglite'];
  const find = (label: Label, kind: DatabaseKind, key: ScenarioKey, connections: number) =>
    results[label]?.databases
      .find((d) => d.kind === kind)
      ?.scenarios.find((s) => s.scenario === key && s.connections === connections);
  for (const scenario of scenarios) {
    for (const kind of kinds) {
      const connections = [
        ...new Set(
          present.flatMap(
            (l) =>
              results[l]!.databases.find((d) => d.kind === kind)?.scenarios.map((s) => s.connections) ?? [],
          ),
        ),
      ].sort((a, b) => a - b);
      if (connections.length === 0) connections.push(1, 8);
      for (const c of connections) {
        const at8 = c === 8;
        lines.push(
          `| ${scenario.name} | ${dbName(kind)} | ${c} | ${cell(find('before', kind, scenario.key, c))} | ${cell(
            find('after', kind, scenario.key, c),
          )} | ${at8 ? verdict(kind, find('after', kind, scenario.key, c)) : ''} | ${
            at8 ? targetText(kind, scenario.key) : ''
          } | ${at8 ? `${peer[scenario.key]} ${unitOf(scenario.key)}` : ''} |`,
        );
      }
    }
  }
  lines.push('');
  lines.push(`Requests: ${scenarios.map((s) => `${s.name} \`${s.request}\``).join('; ')}.`, '');

  const postgres = (label: Label) => results[label]?.databases.find((d) => d.kind === 'postgresql');
  const bursts = present.filter((l) => postgres(l)?.burst);
  lines.push(
    '### 200 simultaneous form saves (PostgreSQL)',
    '',
    '200 whole-form saves at once (a `Promise.all`, one connection each), each to a different manager',
    'form of one organisation, by its manager, on one server. A sampler queries `pg_stat_activity` every',
    '10 ms (as often as it keeps up: see samples taken) from its own connection and counts the app’s',
    "sessions waiting on a heavyweight lock (`wait_event_type = 'Lock'`): samples with at least one",
    "waiter (most waiters at once), advisory locks (`wait_event = 'advisory'`) apart and all Lock waits",
    'by `wait_event`.',
    '',
  );
  if (bursts.length === 0) lines.push('_Not measured yet._', '');
  else {
    lines.push(`| | ${bursts.join(' | ')} |`, `|---|${bursts.map(() => '---:|').join('')}`);
    const row = (name: string, value: (b: BurstFigures) => string) =>
      lines.push(`| ${name} | ${bursts.map((l) => value(postgres(l)!.burst!)).join(' | ')} |`);
    row('forms saved / errors', (b) => `${b.ok} / ${b.errors}`);
    row('all done in', (b) => `${b.seconds.toFixed(2)} s`);
    row('p50 / p99 of one form', (b) => `${ms(b.p50)} / ${ms(b.p99)} ms`);
    row('samples taken', (b) => String(b.lockWaits.samples));
    row(
      'advisory-lock waits',
      (b) => `${b.lockWaits.advisory.samplesWithWaiters} (max ${b.lockWaits.advisory.maxWaiters})`,
    );
    row('all Lock waits by wait_event', (b) => locksText(b.lockWaits));
    row('most active sessions at once', (b) => String(b.lockWaits.maxActive));
    lines.push('');
  }

  const pairs = present.filter((l) => (postgres(l)?.twoInstances.length ?? 0) > 0);
  lines.push(
    '### Two app instances on one database (PostgreSQL)',
    '',
    '16 connections on one server, against 16 connections split 8 + 8 over two servers (two processes on',
    'the same database and the same two cores). The CPU columns say what bounds the figure: when the',
    "machine's cores are busy all the time, a second server has no core to run on.",
    '',
  );
  if (pairs.length === 0) lines.push('_Not measured yet._');
  else {
    lines.push(
      '| scenario | run | one instance × 16 | two instances × 8 | two / one | CPU, one instance | CPU, two instances |',
      '|---|---|---:|---:|---:|---|---|',
    );
    for (const label of pairs) {
      for (const pair of postgres(label)!.twoInstances) {
        const name = scenarios.find((s) => s.key === pair.scenario)!.name;
        lines.push(
          `| ${name} | ${label} | ${cell(pair.oneInstance)} | ${cell(pair.twoInstances)} | ${(
            pair.twoInstances.rate / pair.oneInstance.rate
          ).toFixed(2)} | ${describeCpu(pair.oneInstance.cpu)} | ${describeCpu(pair.twoInstances.cpu)} |`,
        );
      }
    }
  }
  return lines.join('\n');
}
