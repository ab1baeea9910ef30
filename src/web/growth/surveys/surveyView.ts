/**
 * What the pulse-survey pages show, worked out without React so it can be tested: how a report
 * cell reads and which tone colours it, how an eNPS and a change read, which answers are missing,
 * and the survey's figures in the shape of the shared metric card (src/web/insights/charts).
 * Nothing here makes a number up: a cell the server withheld stays withheld, a change the server
 * did not give is not worked out from two rounds.
 */
import type { ReportCell, SurveyDriver } from '../../../contracts/surveys';
import type { Tone } from '../../app/statusColors';
import type { MetricCell, MetricData } from '../../insights/charts/metricView';

export type CellState = ReportCell['state'];

/** The Likert scale's points, low to high, with their message keys. */
export const likertPoints = [1, 2, 3, 4, 5] as const;
export const likertLabelKeys = {
  1: 'stronglyDisagree',
  2: 'disagree',
  3: 'neutral',
  4: 'agree',
  5: 'stronglyAgree',
} as const;
export const enpsPoints = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The tone of a driver score (mean of 1–5 answers): 4 and above favourable, below 3 unfavourable,
 * in between worth a look. Withheld and empty cells carry no tone: they are not a score.
 */
export function scoreTone(mean: number): Tone {
  if (mean >= 4) return 'positive';
  if (mean >= 3) return 'caution';
  return 'negative';
}

/** How a heatmap cell reads and looks: a score with its tone, or why there is none. */
export type HeatCell =
  | { kind: 'score'; text: string; n: number; tone: Tone }
  | { kind: 'withheld'; reason: 'below_threshold' | 'complementary' | 'refused' }
  | { kind: 'no_data' };

export function heatCell(cell: ReportCell | undefined, locale: string): HeatCell {
  if (!cell || cell.state === 'no_data') return { kind: 'no_data' };
  // The tone follows the figure as shown (one decimal), so a "3.0" never sits in the "below 3.0" colour.
  if (cell.state === 'shown')
    return {
      kind: 'score',
      text: formatScore(cell.mean, locale),
      n: cell.n,
      tone: scoreTone(Math.round(cell.mean * 10) / 10),
    };
  return { kind: 'withheld', reason: cell.state };
}

/** A mean on the 1–5 scale with one decimal ("3.8", German "3,8"). */
export function formatScore(mean: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

/** An eNPS (−100…100) with its sign, as people read it: "+23", "−8", "0". */
export function formatEnps(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `−${Math.abs(score)}`;
  return '0';
}

/** The tone of an eNPS: above 0 more promoters than detractors, below 0 fewer. */
export function enpsTone(score: number): Tone {
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  return 'neutral';
}

/** A share of a whole as a whole percentage ("42 %"); `null` when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((100 * part) / whole) : null;
}

/** A change as the server gave it, signed, on the scale of its figure (1 decimal for scores). */
export function formatDelta(delta: number, kind: 'score' | 'enps', locale: string): string {
  if (kind === 'enps') return formatEnps(Math.round(delta));
  // Half a tenth rounds away from zero on both sides (−1.25 → −1.3, as +1.25 → +1.3).
  const rounded = (Math.sign(delta) * Math.round(Math.abs(delta) * 10)) / 10;
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(rounded),
  );
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `−${text}`;
  return text;
}

/** A report cell in the shape of the metric card's cells (`refused` is withheld like a small group). */
export function toMetricCell(cell: ReportCell | undefined): MetricCell {
  if (!cell) return { state: 'no_data' };
  switch (cell.state) {
    case 'shown':
      return { state: 'shown', value: cell.mean, n: cell.n };
    case 'refused':
      return { state: 'complementary' };
    default:
      return { state: cell.state };
  }
}

/** The driver scores of a round as one bar chart (one bar per driver) of the metric card. */
export function driverMetric(
  drivers: { driver: SurveyDriver; score: ReportCell }[],
  threshold: number,
  driverLabel: (driver: SurveyDriver) => string,
  scoreLabel: string,
): MetricData {
  return {
    unit: 'score',
    chart: 'bar',
    minGroupSize: threshold,
    columns: [{ key: 'score', label: scoreLabel }],
    rows: drivers.map((d) => ({
      key: d.driver,
      label: driverLabel(d.driver),
      cells: { score: toMetricCell(d.score) },
    })),
    total: null,
  };
}

export interface BreakdownGroup {
  key: string | null;
  label: string;
  count: { state: CellState; n?: number };
  cells: { driver: SurveyDriver; cell: ReportCell }[];
}

/**
 * A breakdown (drivers by tenure band or department) as a grouped bar chart: one row per segment,
 * one charted column per driver, and the segment's head count as a table-only column.
 */
export function breakdownMetric(
  options: {
    drivers: readonly SurveyDriver[];
    segments: readonly BreakdownGroup[];
    total: BreakdownGroup;
    threshold: number;
  },
  labels: { driver: (driver: SurveyDriver) => string; count: string },
): MetricData {
  const row = (group: BreakdownGroup) => ({
    key: group.key ?? '—',
    label: group.label,
    cells: {
      ...Object.fromEntries(
        options.drivers.map((driver) => [
          driver,
          toMetricCell(group.cells.find((c) => c.driver === driver)?.cell),
        ]),
      ),
      count: countCell(group.count),
    },
  });
  return {
    unit: 'score',
    chart: 'bar',
    minGroupSize: options.threshold,
    columns: [
      ...options.drivers.map((driver) => ({ key: driver, label: labels.driver(driver) })),
      { key: 'count', label: labels.count, unit: 'count' as const },
    ],
    chartColumns: options.drivers,
    rows: options.segments.map(row),
    total: row(options.total),
  };
}

function countCell(count: BreakdownGroup['count']): MetricCell {
  if (count.state === 'shown' && count.n !== undefined) return { state: 'shown', value: count.n, n: count.n };
  return toMetricCell({ state: count.state === 'shown' ? 'no_data' : count.state } as ReportCell);
}

/** Whether every segment of a breakdown is withheld because the comparison itself was refused. */
export function comparisonRefused(segments: readonly { count: { state: CellState } }[]): boolean {
  return segments.length > 0 && segments.every((s) => s.count.state === 'refused');
}

/**
 * The answers still missing before a questionnaire can be sent, named as the server names them
 * (`likert.<questionId>`, `enps`), so an error can sit under its question.
 */
export function missingAnswers(
  questions: readonly { id: string; kind: 'likert' | 'enps' | 'comment' }[],
  answers: { likert: Record<string, number | undefined>; enps: number | null },
): string[] {
  const missing: string[] = [];
  for (const q of questions) {
    if (q.kind === 'likert' && answers.likert[q.id] === undefined) missing.push(`likert.${q.id}`);
    if (q.kind === 'enps' && answers.enps === null) missing.push('enps');
  }
  return missing;
}

/** The request body of a filled-in questionnaire: blank comments are left out. */
export function answerBody(
  questions: readonly { id: string; kind: 'likert' | 'enps' | 'comment' }[],
  answers: {
    likert: Record<string, number | undefined>;
    enps: number | null;
    comments: Record<string, string>;
  },
): { likert: Record<string, number>; enps: number | null; comments: Record<string, string> } {
  const likert: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const q of questions) {
    const value = answers.likert[q.id];
    if (q.kind === 'likert' && value !== undefined) likert[q.id] = value;
    const text = answers.comments[q.id]?.trim();
    if (q.kind === 'comment' && text) comments[q.id] = text;
  }
  const asksEnps = questions.some((q) => q.kind === 'enps');
  return { likert, enps: asksEnps ? answers.enps : null, comments };
}

/** A field named by the server (`likert.<id>`, `comments.<id>`, `enps`) → the question it is about. */
export function questionOfField(field: string): string | null {
  if (field === 'enps') return 'enps';
  const match = /^(?:likert|comments)\.(.+)$/.exec(field);
  return match ? match[1]! : null;
}

/** Segments in a reader's order: tenure bands short to long, departments by name (none last). */
export function orderSegments<T extends { key: string | null; label: string | null }>(
  segments: readonly T[],
  groupBy: 'tenure' | 'department',
  bands: readonly string[],
): T[] {
  const rank = (s: T) => (s.key === null ? Number.MAX_SAFE_INTEGER : bands.indexOf(s.key));
  return [...segments].sort((a, b) =>
    groupBy === 'tenure'
      ? rank(a) - rank(b)
      : a.key === null
        ? 1
        : b.key === null
          ? -1
          : (a.label ?? '').localeCompare(b.label ?? ''),
  );
}

/** Whether a chart of a round-over-round series has two rounds or more with a figure to draw. */
export function hasTrendLine(points: readonly { score: number | null }[]): boolean {
  return points.filter((p) => p.score !== null).length >= 2;
}
