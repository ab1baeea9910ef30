import { suppressGroups } from '../../../platform/aggregates/suppression';
import { type AtomTable, aggregateAtoms } from './atoms';
import {
  type Cut,
  type CutSpace,
  cutKey,
  enumerateCuts,
  MAX_FIXED_ATTRIBUTES,
  smallFineGroups,
} from './cuts';
import { ResidualSpace } from './residualSpace';
import { effectiveRules } from './rules';
import type { AnonymityRules, Filter, HiddenState, ResponseRecord } from './types';

/**
 * What a round publishes, decided once for the whole request space so that no combination of
 * requests reveals more than each does alone (README.md):
 *
 * 1. every cut of 1 to threshold − 1 respondents is withheld;
 * 2. complementary suppression in every family of siblings (the overall split by one attribute, a
 *    filter split by another — the rows and the columns of every two-way table), repeated until no
 *    family changes, so no hidden cell follows from a shown total by subtraction;
 * 3. an audit of the whole linear system: the remaining cuts are admitted one at a time, largest
 *    first, and a cut is withheld too when admitting it would make a withheld cut derivable from
 *    the shown ones, or would place two shown (or derivable) segments side by side whose symmetric
 *    difference holds 1 to threshold − 1 respondents (Peakon's overlap rule; filters included).
 */
export type PlanState = 'shown' | 'below_threshold' | 'complementary';

export interface PublicationPlan {
  rules: AnonymityRules;
  table: AtomTable;
  space: CutSpace;
  /** By cut id. */
  states: PlanState[];
}

export type CutLookup = { state: 'shown'; cut: Cut } | { state: HiddenState } | { state: 'no_data' };

const plans = new WeakMap<readonly ResponseRecord[], Map<string, PublicationPlan>>();

/** The plan of a response set; requests made with the same array share it. */
export function publicationPlan(
  responses: readonly ResponseRecord[],
  rules: AnonymityRules,
): PublicationPlan {
  const applied = effectiveRules(rules);
  const key = `${applied.threshold}/${applied.commentThreshold}`;
  let byRules = plans.get(responses);
  if (!byRules) {
    byRules = new Map();
    plans.set(responses, byRules);
  }
  let plan = byRules.get(key);
  if (!plan) {
    plan = buildPublicationPlan(aggregateAtoms(responses), applied);
    byRules.set(key, plan);
  }
  return plan;
}

export function buildPublicationPlan(table: AtomTable, rules: AnonymityRules): PublicationPlan {
  const applied = effectiveRules(rules);
  const space = enumerateCuts(table);
  const states = suppressByFamily(space, applied.threshold);
  auditLinearSystem(table, space, states, applied.threshold);
  return { rules: applied, table, space, states };
}

/** The state of the group a filter selects; filters finer than the request space are refused. */
export function lookupCut(plan: PublicationPlan, filter: Filter): CutLookup {
  if (Object.keys(filter).length > MAX_FIXED_ATTRIBUTES) return { state: 'refused' };
  const cut = plan.space.byKey.get(cutKey(filter));
  if (!cut) return { state: 'no_data' };
  const state = plan.states[cut.id]!;
  return state === 'shown' ? { state, cut } : { state };
}

/** Steps 1 and 2 of the plan: the threshold, then complementary suppression within each family. */
export function suppressByFamily(space: CutSpace, threshold: number): PlanState[] {
  const states: PlanState[] = space.cuts.map((cut) => (cut.n < threshold ? 'below_threshold' : 'shown'));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { children } of space.families) {
      const withheld = children.map((child) => states[child.id] !== 'shown');
      const { reasons } = suppressGroups(
        children.map((child) => child.n),
        threshold,
        withheld,
      );
      reasons.forEach((reason, index) => {
        const child = children[index]!;
        if (reason && states[child.id] === 'shown') {
          states[child.id] = 'complementary';
          changed = true;
        }
      });
    }
  }
  return states;
}

function auditLinearSystem(table: AtomTable, space: CutSpace, states: PlanState[], threshold: number): void {
  const { cuts } = space;
  // Vectors past the cuts are the small groups nobody can request: always hidden, always protected.
  const residuals = new ResidualSpace([
    ...cuts.map((cut) => cut.atoms),
    ...smallFineGroups(table, threshold),
  ]);
  const overlap = new OverlapGuard(table, threshold);
  const candidates = cuts
    .filter((cut) => states[cut.id] === 'shown')
    .sort(
      (a, b) =>
        Object.keys(a.filter).length - Object.keys(b.filter).length || b.n - a.n || (a.key < b.key ? -1 : 1),
    );
  for (const cut of candidates) {
    if (residuals.isDerivable(cut.id)) {
      // Already follows from what is shown: showing it tells nothing new (its overlaps were
      // checked when it became derivable).
      residuals.accept(cut.id);
      continue;
    }
    const revealed = residuals.wouldReveal(cut.id);
    if (revealed.every((id) => id < cuts.length && states[id] === 'shown')) {
      const newlyKnown = [cut, ...revealed.map((id) => cuts[id]!)];
      if (overlap.admits(newlyKnown)) {
        residuals.accept(cut.id);
        overlap.add(newlyKnown);
        continue;
      }
    }
    states[cut.id] = 'complementary';
  }
}

/**
 * Keeps the segments known to a viewer (shown or derivable) free of pairs whose symmetric
 * difference is a small group: their two figures side by side would describe that group.
 */
class OverlapGuard {
  private readonly known: Cut[] = [];
  private readonly mark: Uint8Array;

  constructor(
    private readonly table: AtomTable,
    private readonly threshold: number,
  ) {
    this.mark = new Uint8Array(table.atoms.length);
  }

  admits(newlyKnown: readonly Cut[]): boolean {
    return newlyKnown.every(
      (cut, index) =>
        this.known.every((other) => this.comparable(cut, other)) &&
        newlyKnown.slice(index + 1).every((other) => this.comparable(cut, other)),
    );
  }

  add(newlyKnown: readonly Cut[]): void {
    this.known.push(...newlyKnown);
  }

  private comparable(a: Cut, b: Cut): boolean {
    // The symmetric difference is at least the difference in size: most pairs stop here.
    if (Math.abs(a.n - b.n) >= this.threshold) return true;
    for (const atom of a.atoms) this.mark[atom] = 1;
    let shared = 0;
    for (const atom of b.atoms) if (this.mark[atom]) shared += this.table.atoms[atom]!.n;
    for (const atom of a.atoms) this.mark[atom] = 0;
    const difference = a.n + b.n - 2 * shared;
    return difference === 0 || difference >= this.threshold;
  }
}
