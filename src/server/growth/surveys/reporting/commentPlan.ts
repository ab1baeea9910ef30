import type { Cut } from './cuts';
import { publicationPlan } from './plan';
import type { AnonymityRules, ResponseRecord } from './types';

/**
 * Which groups may show their comments. A viewer can match comment texts across views, so every
 * comment is attributed to the finest region the visible groups carve out (in Lisbon, not in
 * Sales, ...), not just to the group it was requested for. A group is therefore admitted only if,
 * together with the groups already admitted, every region still holds no respondent or at least
 * `commentThreshold` of them. Groups are the whole round and every one-attribute filter, largest
 * first.
 */
export interface CommentPlan {
  /** Cut keys (cuts.ts `cutKey`) whose comments may be shown. */
  visible: Set<string>;
}

const plans = new WeakMap<readonly ResponseRecord[], Map<string, CommentPlan>>();

export function commentPlan(responses: readonly ResponseRecord[], rules: AnonymityRules): CommentPlan {
  const numeric = publicationPlan(responses, rules);
  const key = `${numeric.rules.threshold}/${numeric.rules.commentThreshold}`;
  let byRules = plans.get(responses);
  if (!byRules) {
    byRules = new Map();
    plans.set(responses, byRules);
  }
  let plan = byRules.get(key);
  if (!plan) {
    const { table, space } = numeric;
    const minimum = numeric.rules.commentThreshold;
    const groups = space.cuts
      .filter((cut) => Object.keys(cut.filter).length <= 1 && cut.n >= minimum)
      .sort((a, b) => Object.keys(a.filter).length - Object.keys(b.filter).length || b.n - a.n);
    const regions = new RegionSplitter(table.atoms.map((atom) => atom.n));
    plan = { visible: new Set() };
    for (const group of groups) if (regions.split(group, minimum)) plan.visible.add(group.key);
    byRules.set(key, plan);
  }
  return plan;
}

/** The Venn regions of the admitted groups, over atoms; everyone starts in one region. */
class RegionSplitter {
  private readonly regionOf: Int32Array;
  private readonly sizes: number[];

  constructor(private readonly atomSizes: readonly number[]) {
    this.regionOf = new Int32Array(atomSizes.length);
    this.sizes = [atomSizes.reduce((a, b) => a + b, 0)];
  }

  /** Splits every region by the group if each part stays empty or large enough; else changes nothing. */
  split(group: Cut, minimum: number): boolean {
    const inside = new Map<number, number>();
    for (const atom of group.atoms) {
      const region = this.regionOf[atom]!;
      inside.set(region, (inside.get(region) ?? 0) + this.atomSizes[atom]!);
    }
    const fits = (size: number) => size === 0 || size >= minimum;
    for (const [region, size] of inside) if (!fits(size) || !fits(this.sizes[region]! - size)) return false;
    const renamed = new Map<number, number>();
    for (const [region, size] of inside) {
      if (size === this.sizes[region]) continue;
      renamed.set(region, this.sizes.length);
      this.sizes.push(size);
      this.sizes[region]! -= size;
    }
    for (const atom of group.atoms) {
      const next = renamed.get(this.regionOf[atom]!);
      if (next !== undefined) this.regionOf[atom] = next;
    }
    return true;
  }
}
