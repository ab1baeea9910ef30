import type { AtomTable } from './atoms';
import type { Filter } from './types';

/**
 * The request space: every group a viewer can ask about. A cut fixes at most two reporting
 * attributes — one to group by and one to filter on — which covers the overall figure, every
 * one-attribute breakdown, every filter, and every filtered breakdown (README.md explains why finer
 * cuts are refused). Only non-empty cuts are listed; anything else is "no data".
 */
export const MAX_FIXED_ATTRIBUTES = 2;

export interface Cut {
  id: number;
  filter: Filter;
  key: string;
  /** Indices into `AtomTable.atoms` of the atoms inside the cut. */
  atoms: number[];
  n: number;
}

/** Siblings that partition a parent cut: the parent split by one more attribute. */
export interface Family {
  parent: Cut;
  children: Cut[];
}

export interface CutSpace {
  cuts: Cut[];
  byKey: Map<string, Cut>;
  families: Family[];
}

/** A filter's canonical name: the same group however its attributes are ordered. */
export function cutKey(filter: Filter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function enumerateCuts(table: AtomTable): CutSpace {
  const byKey = new Map<string, Cut>();
  const cuts: Cut[] = [];
  const { attributes } = table;
  // Attributes are sorted, so entries listed in attribute order are already `cutKey`'s order.
  const add = (entries: [string, string][], atomIndex: number, n: number) => {
    const key = JSON.stringify(entries);
    let cut = byKey.get(key);
    if (!cut) {
      cut = { id: cuts.length, filter: Object.fromEntries(entries), key, atoms: [], n: 0 };
      byKey.set(key, cut);
      cuts.push(cut);
    }
    cut.atoms.push(atomIndex);
    cut.n += n;
  };
  table.atoms.forEach((atom, index) => {
    add([], index, atom.n);
    attributes.forEach((first, i) => {
      add([[first, atom.values[i]!]], index, atom.n);
      for (let j = i + 1; j < attributes.length; j += 1) {
        add(
          [
            [first, atom.values[i]!],
            [attributes[j]!, atom.values[j]!],
          ],
          index,
          atom.n,
        );
      }
    });
  });
  return { cuts, byKey, families: familiesOf(cuts, byKey) };
}

function familiesOf(cuts: readonly Cut[], byKey: ReadonlyMap<string, Cut>): Family[] {
  const families = new Map<string, Family>();
  const join = (parent: Filter, attribute: string, child: Cut) => {
    const parentCut = byKey.get(cutKey(parent))!;
    const key = `${parentCut.key}|${attribute}`;
    let family = families.get(key);
    if (!family) {
      family = { parent: parentCut, children: [] };
      families.set(key, family);
    }
    family.children.push(child);
  };
  for (const cut of cuts) {
    const entries = Object.entries(cut.filter);
    if (entries.length === 1) join({}, entries[0]![0], cut);
    if (entries.length === 2) {
      const [[a, x], [b, y]] = entries as [[string, string], [string, string]];
      join({ [a]: x }, b, cut);
      join({ [b]: y }, a, cut);
    }
  }
  return [...families.values()];
}

/**
 * Groups finer than the request space (three or more attributes fixed) that hold 1 to
 * threshold − 1 respondents. Nobody can request them, but two-way figures could still pin one down
 * (a sparse three-way table), so the plan protects them like any hidden cut. Atom index lists.
 */
export function smallFineGroups(table: AtomTable, threshold: number): number[][] {
  const { attributes, atoms } = table;
  const groups: number[][] = [];
  const everyAttribute = (1 << attributes.length) - 1;
  for (let mask = 0; mask <= everyAttribute; mask += 1) {
    if (bitCount(mask) <= MAX_FIXED_ATTRIBUTES) continue;
    if (mask === everyAttribute) {
      // Fixing every attribute selects single atoms: no grouping needed.
      atoms.forEach((atom, index) => {
        if (atom.n < threshold) groups.push([index]);
      });
      continue;
    }
    const byValues = new Map<string, { atoms: number[]; n: number }>();
    atoms.forEach((atom, index) => {
      const key = JSON.stringify(atom.values.filter((_, i) => mask & (1 << i)));
      let group = byValues.get(key);
      if (!group) {
        group = { atoms: [], n: 0 };
        byValues.set(key, group);
      }
      group.atoms.push(index);
      group.n += atom.n;
    });
    for (const group of byValues.values()) if (group.n < threshold) groups.push(group.atoms);
  }
  return groups;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count += 1;
  return count;
}
