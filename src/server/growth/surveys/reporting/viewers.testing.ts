import { aggregateAtoms } from './atoms';
import { segmentBreakdown } from './breakdown';
import { visibleComments } from './comments';
import { type CutSpace, cutKey, enumerateCuts } from './cuts';
import { driverHeatmap } from './heatmap';
import type { Round, Viewer } from './leakChecker.testing';
import { cutEnps, driverMeans, driversOf } from './measures';
import type { ReportRow } from './report';
import { effectiveRules } from './rules';
import type { Filter, HiddenState } from './types';

/** The engine as a viewer sees it, through its public functions only. */
export function engineViewer(round: Round): Viewer {
  const { responses, questions, rules, comments } = round;
  return {
    report(attribute, filter) {
      if (attribute === null) {
        const heatmap = driverHeatmap({
          responses,
          questions,
          rules,
          filter,
          rowAttribute: 'no such attribute',
        });
        return { total: heatmap.overall, rows: heatmap.rows };
      }
      const breakdown = segmentBreakdown({ responses, questions, rules, filter, groupBy: attribute });
      return { total: breakdown.total, rows: breakdown.groups };
    },
    comments(filter) {
      return visibleComments({
        comments,
        respondentCount: responses.length,
        responses,
        filter,
        rules,
        seed: 7,
      });
    },
  };
}

/**
 * A deliberately weakened engine for positive controls: every cut up to two attributes shown or
 * hidden by `decide` alone (no publication plan); with `naiveComments`, comments for any group
 * large enough on its own (no regions), else none.
 */
export function weakenedViewer(
  round: Round,
  decide: (space: CutSpace, threshold: number) => readonly string[],
  naiveComments = false,
): Viewer {
  const rules = effectiveRules(round.rules);
  const table = aggregateAtoms(round.responses);
  const space = enumerateCuts(table);
  const states = decide(space, rules.threshold);
  const drivers = driversOf(round.questions);
  const rowOf = (value: string | null, filter: Filter): ReportRow => {
    const cut = Object.keys(filter).length <= 2 ? space.byKey.get(cutKey(filter)) : undefined;
    if (!cut) return hiddenRow(value, drivers, Object.keys(filter).length > 2 ? 'refused' : 'no_data');
    const state = states[cut.id]!;
    if (state !== 'shown') return hiddenRow(value, drivers, state as HiddenState);
    return {
      value,
      count: { state: 'shown', n: cut.n },
      drivers: driverMeans(table, cut, round.questions),
      enps: cutEnps(table, cut, rules),
    };
  };
  return {
    report(attribute, filter) {
      const values = attribute === null || attribute in filter ? [] : (table.values.get(attribute) ?? []);
      return {
        total: rowOf(null, filter),
        rows: values.map((value) => rowOf(value, { ...filter, [attribute!]: value })),
      };
    },
    comments(filter) {
      if (!naiveComments) return { state: 'refused' };
      const fixed = Object.entries(filter);
      const group = round.responses.filter((r) => fixed.every(([a, v]) => (r.buckets[a] ?? '') === v));
      if (fixed.length > 1 || group.length < rules.commentThreshold) return { state: 'below_threshold' };
      const comments = round.comments
        .filter((c) => fixed.every(([a, v]) => (c.buckets[a] ?? '') === v))
        .map((c) => ({ questionId: c.questionId, text: c.text }));
      return { state: 'shown', comments };
    },
  };
}

function hiddenRow(value: string | null, drivers: string[], state: HiddenState | 'no_data'): ReportRow {
  const cell = { state } as { state: HiddenState };
  return {
    value,
    count: cell,
    drivers: Object.fromEntries(drivers.map((driver) => [driver, cell])),
    enps: cell.state === 'below_threshold' ? { state: 'below_threshold' } : (cell as { state: 'refused' }),
  };
}
