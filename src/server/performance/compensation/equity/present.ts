import type { FxTable } from '../../../../contracts/compensation';
import type { CompCycleState } from '../../../../contracts/compensation/cycles';
import {
  type BelowMinimumPerson,
  type CompEquityReport,
  EQUITY_MIN_GROUP,
  type EquityDimension,
} from '../../../../contracts/compensation/equity';
import {
  distributionOf,
  groupBy,
  groupOut,
  isSmall,
  type PersonFigures,
  summarize,
  suppressionOf,
} from './aggregate';
import { type BelowMinimum, personFigures } from './figures';
import type { EquityRow } from './queries';

interface Figured {
  row: EquityRow;
  figures: PersonFigures;
}

/** A dimension's groups: departments by name, levels by rank; the people without one last. */
function dimensionOf(dimension: EquityDimension, people: readonly Figured[], suppressAll: boolean) {
  const identity = (row: EquityRow) =>
    dimension === 'department'
      ? { key: row.departmentId, name: row.departmentName, order: row.departmentName ?? '' }
      : { key: row.levelId, name: row.levelName, order: row.levelRank ?? 0 };
  const grouped = [
    ...groupBy(people, (person) => person.row[dimension === 'department' ? 'departmentId' : 'levelId']),
  ]
    .map(([, members]) => ({ identity: identity(members[0]!.row), members }))
    .sort((a, b) => {
      if ((a.identity.key === null) !== (b.identity.key === null)) return a.identity.key === null ? 1 : -1;
      const { order: x } = a.identity;
      const { order: y } = b.identity;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x).localeCompare(String(y));
    });
  const summaries = grouped.map((group) => summarize(group.members.map((member) => member.figures)));
  const reasons = suppressAll ? summaries.map(() => 'small' as const) : suppressionOf(summaries);
  return {
    dimension,
    complementary: reasons.includes('complementary'),
    groups: grouped.map((group, index) =>
      groupOut({ key: group.identity.key, name: group.identity.name }, summaries[index]!, reasons[index]!),
    ),
  };
}

/**
 * The equity report of a cycle's eligible participants (pure): the whole cycle, each dimension's
 * groups with small ones withheld, the distribution, and who is below their band minimum — the
 * names are the caller's to add (`withNames`) for the page it shows.
 */
export function buildEquityReport(
  cycle: { id: string; state: CompCycleState; fxTable: FxTable },
  rows: readonly EquityRow[],
  options: { suppressDistribution: boolean },
): { report: Omit<CompEquityReport, 'belowMinimum'>; below: BelowMinimum[] } {
  const people: Figured[] = [];
  const below: BelowMinimum[] = [];
  for (const row of rows) {
    const { figures, belowMinimum } = personFigures(row, cycle.fxTable);
    people.push({ row, figures });
    if (belowMinimum) below.push(belowMinimum);
  }
  const total = summarize(people.map((person) => person.figures));
  // A cycle too small to show as a whole is too small to show in parts.
  const totalSmall = isSmall(total);
  return {
    report: {
      cycleId: cycle.id,
      cycleState: cycle.state,
      minGroupSize: EQUITY_MIN_GROUP,
      genderRecorded: false,
      total: groupOut({ key: null, name: null }, total, totalSmall ? 'small' : null),
      dimensions: (['department', 'level'] as const).map((dimension) =>
        dimensionOf(dimension, people, totalSmall),
      ),
      distribution: {
        buckets: distributionOf(
          people.map((person) => person.figures),
          options.suppressDistribution,
        ),
        suppressed: options.suppressDistribution,
      },
      belowMinimumCount: below.length,
    },
    below,
  };
}

/** A below-minimum person with the name and department their page read gave. */
export function presentBelowMinimum(
  figures: BelowMinimum,
  names: { personId: string; givenName: string; familyName: string; departmentName: string | null },
): BelowMinimumPerson {
  return {
    participantId: figures.participantId,
    personId: names.personId,
    givenName: names.givenName,
    familyName: names.familyName,
    departmentName: names.departmentName,
    newBaseMinor: figures.newBaseMinor,
    currency: figures.currency,
    payFrequency: figures.payFrequency,
    bandMinMinor: figures.bandMinMinor,
    bandCurrency: figures.bandCurrency,
    proposed: figures.proposed,
  };
}
