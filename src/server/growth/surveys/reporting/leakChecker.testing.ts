import type { CommentsView } from './comments';
import { ExactSpan } from './exactSpan.testing';
import type { ReportRow } from './report';
import type { AnonymityRules, CommentRecord, DriverQuestion, Filter, ResponseRecord } from './types';

/**
 * Test-side attacker: makes every request a viewer can make, writes every shown figure down as a
 * linear equation over the atoms (the finest partition by all bucket attributes), and solves the
 * system exactly. It owes nothing to the engine's own bookkeeping: atoms, groups and sums are
 * recomputed here from the raw responses.
 */
export interface Viewer {
  /** A breakdown by `attribute` inside `filter`, or only the filter's total when `attribute` is null. */
  report(attribute: string | null, filter: Filter): { total: ReportRow; rows: ReportRow[] };
  comments?(filter: Filter): CommentsView;
}

export interface Round {
  responses: ResponseRecord[];
  questions: DriverQuestion[];
  comments: CommentRecord[];
  rules: AnonymityRules;
}

type Pairs = [string, string][];

interface Observation {
  pairs: Pairs;
  shown: { n: number; drivers: Record<string, number> }[];
  hidden: string[];
}

const GHOST = 'not-a-bucket';

/** Every problem found; an empty list means nothing hidden can be derived. */
export function findLeaks(round: Round, viewer: Viewer): string[] {
  const { responses, rules } = round;
  const k = rules.threshold;
  const attributes = [...new Set(responses.flatMap((r) => Object.keys(r.buckets)))].sort();
  const bucketOf = (r: ResponseRecord, attribute: string) => r.buckets[attribute] ?? '';
  const atoms = [...new Set(responses.map((r) => JSON.stringify(attributes.map((a) => bucketOf(r, a)))))];
  const atomOf = responses.map((r) => atoms.indexOf(JSON.stringify(attributes.map((a) => bucketOf(r, a)))));
  const members = (pairs: Pairs) =>
    responses.filter((r) => pairs.every(([attribute, value]) => bucketOf(r, attribute) === value));
  const vectorOf = (pairs: Pairs) => {
    const vector = atoms.map(() => 0);
    for (const r of members(pairs)) vector[atomOf[responses.indexOf(r)]!] = 1;
    return vector;
  };
  const problems: string[] = [];
  const observations = new Map<string, Observation>();
  const observe = (pairs: Pairs, row: ReportRow) => {
    const key = JSON.stringify([...pairs].sort());
    const seen = observations.get(key) ?? { pairs, shown: [], hidden: [] };
    observations.set(key, seen);
    const truth = members(pairs);
    if (row.count.state === 'shown') {
      const drivers: Record<string, number> = {};
      for (const [driver, cell] of Object.entries(row.drivers))
        if (cell.state === 'shown') drivers[driver] = cell.mean;
      seen.shown.push({ n: row.count.n, drivers });
      if (row.count.n !== truth.length)
        problems.push(`${key}: shows n=${row.count.n}, truly ${truth.length}`);
      checkMeans(key, truth, round.questions, drivers, problems);
    } else if (row.count.state === 'no_data') {
      if (truth.length > 0) problems.push(`${key}: "no data" for ${truth.length} respondents`);
    } else {
      // A refused request hides nothing in particular; the group is still protected if small.
      if (row.count.state !== 'refused') seen.hidden.push(row.count.state);
      const leaked = [row.enps, ...Object.values(row.drivers)].some((cell) => cell.state === 'shown');
      if (leaked) problems.push(`${key}: a figure shown for a hidden group`);
    }
  };

  const values = new Map(
    attributes.map((a) => [a, [...new Set(responses.map((r) => bucketOf(r, a))), GHOST]]),
  );
  for (const filter of allFilters(attributes, values)) {
    for (const attribute of [null, ...attributes]) {
      const pairs: Pairs = Object.entries(filter);
      const report = viewer.report(attribute, filter);
      observe(pairs, report.total);
      for (const row of report.rows) {
        if (attribute === null || row.value === null) continue;
        observe([...pairs, [attribute, row.value]], row);
      }
    }
  }

  const shown = [...observations.values()].filter((o) => o.shown.length > 0);
  const span = new ExactSpan(atoms.length);
  for (const o of shown) span.add(vectorOf(o.pairs));
  // Every non-empty group defined by bucket values that is not shown: hidden when asked for, or
  // small; neither may follow from the shown figures.
  for (const pairs of allGroups(attributes, responses, bucketOf)) {
    const key = JSON.stringify([...pairs].sort());
    const o = observations.get(key);
    if (o && o.shown.length > 0) {
      if (o.hidden.length > 0) problems.push(`${key}: shown in one view, hidden in another`);
      continue;
    }
    const n = members(pairs).length;
    if (n > 0 && (n < k || (o && o.hidden.length > 0)) && span.contains(vectorOf(pairs)))
      problems.push(`${key}: hidden group of ${n} is derivable from what is shown`);
  }
  checkOverlaps(shown, members, k, problems);
  checkFamilies(shown, observations, attributes, values, members, k, problems);
  if (viewer.comments) checkComments(round, viewer, attributes, values, members, problems);
  return problems;
}

function allFilters(attributes: string[], values: Map<string, string[]>): Filter[] {
  let filters: Filter[] = [{}];
  const result: Filter[] = [{}];
  for (let size = 1; size <= Math.min(3, attributes.length); size += 1) {
    filters = filters.flatMap((filter) => {
      const last = Object.keys(filter).sort().at(-1);
      return attributes
        .filter((a) => last === undefined || a > last)
        .flatMap((a) => values.get(a)!.map((v) => ({ ...filter, [a]: v })));
    });
    result.push(...filters);
  }
  return result;
}

function allGroups(
  attributes: string[],
  responses: ResponseRecord[],
  bucketOf: (r: ResponseRecord, a: string) => string,
): Pairs[] {
  const groups = new Map<string, Pairs>();
  for (let mask = 0; mask < 1 << attributes.length; mask += 1) {
    for (const r of responses) {
      const pairs: Pairs = attributes.filter((_, i) => mask & (1 << i)).map((a) => [a, bucketOf(r, a)]);
      groups.set(JSON.stringify(pairs), pairs);
    }
  }
  return [...groups.values()];
}

function checkMeans(
  key: string,
  truth: ResponseRecord[],
  questions: DriverQuestion[],
  drivers: Record<string, number>,
  problems: string[],
): void {
  for (const [driver, mean] of Object.entries(drivers)) {
    const scores = truth.flatMap((r) =>
      questions.filter((q) => q.driver === driver).map((q) => r.scores[q.id]!),
    );
    const expected = scores.reduce((a, b) => a + b, 0) / scores.length;
    if (Math.abs(expected - mean) > 1e-9) problems.push(`${key}: ${driver} mean ${mean}, truly ${expected}`);
  }
}

/** Peakon's rule, over every pair of shown segments, wherever each was shown. */
function checkOverlaps(
  shown: Observation[],
  members: (pairs: Pairs) => ResponseRecord[],
  k: number,
  problems: string[],
): void {
  const sets = shown.map((o) => ({ pairs: o.pairs, set: new Set(members(o.pairs)) }));
  for (const [i, a] of sets.entries()) {
    for (const b of sets.slice(i + 1)) {
      let difference = 0;
      for (const r of a.set) if (!b.set.has(r)) difference += 1;
      for (const r of b.set) if (!a.set.has(r)) difference += 1;
      if (difference > 0 && difference < k)
        problems.push(`${JSON.stringify(a.pairs)} and ${JSON.stringify(b.pairs)} differ by ${difference}`);
    }
  }
}

/** Under a shown parent, the hidden siblings are none, or at least two holding k or more together. */
function checkFamilies(
  shown: Observation[],
  observations: Map<string, Observation>,
  attributes: string[],
  values: Map<string, string[]>,
  members: (pairs: Pairs) => ResponseRecord[],
  k: number,
  problems: string[],
): void {
  for (const parent of shown) {
    if (parent.pairs.length > 1) continue;
    for (const attribute of attributes.filter((a) => !parent.pairs.some(([b]) => b === a))) {
      const hidden = values
        .get(attribute)!
        .map((v): Pairs => [...parent.pairs, [attribute, v]])
        .filter((pairs) => !(observations.get(JSON.stringify([...pairs].sort()))?.shown.length ?? 0))
        .map((pairs) => members(pairs).length)
        .filter((n) => n > 0);
      const total = hidden.reduce((a, b) => a + b, 0);
      if (hidden.length === 1 || (hidden.length > 1 && total < k))
        problems.push(`${JSON.stringify(parent.pairs)} by ${attribute}: hidden siblings ${hidden}`);
    }
  }
}

/**
 * Comments: shown only for a group of at least the comment threshold, never for a finer filter
 * than one attribute, exactly the group's comments and nothing about them but question and text;
 * and every region the shown groups carve out (a comment can be matched across views by its text)
 * holds no respondent or at least the comment threshold.
 */
function checkComments(
  round: Round,
  viewer: Viewer,
  attributes: string[],
  values: Map<string, string[]>,
  members: (pairs: Pairs) => ResponseRecord[],
  problems: string[],
): void {
  const minimum = round.rules.commentThreshold;
  const visible: Set<ResponseRecord>[] = [];
  for (const filter of allFilters(attributes, values).filter((f) => Object.keys(f).length <= 2)) {
    const view = viewer.comments!(filter);
    if (view.state !== 'shown') continue;
    const pairs: Pairs = Object.entries(filter);
    const key = JSON.stringify(pairs);
    const group = members(pairs);
    if (pairs.length > 1) problems.push(`${key}: comments shown for a two-attribute filter`);
    if (group.length < minimum) problems.push(`${key}: comments shown for ${group.length} respondents`);
    const expected = round.comments
      .filter((c) => pairs.every(([a, v]) => (c.buckets[a] ?? '') === v))
      .map((c) => c.text)
      .sort();
    if (JSON.stringify(view.comments.map((c) => c.text).sort()) !== JSON.stringify(expected))
      problems.push(`${key}: not exactly the group's comments`);
    if (view.comments.some((c) => Object.keys(c).sort().join() !== 'questionId,text'))
      problems.push(`${key}: a comment carries more than its question and text`);
    visible.push(new Set(group));
  }
  const regions = new Map<string, number>();
  for (const r of round.responses) {
    const signature = visible.map((set) => (set.has(r) ? 1 : 0)).join('');
    if (signature.includes('1')) regions.set(signature, (regions.get(signature) ?? 0) + 1);
  }
  for (const [signature, size] of regions)
    if (size < minimum) problems.push(`comments attributable to a region of ${size} (${signature})`);
}
