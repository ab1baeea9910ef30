import type { AtomTable } from './atoms';
import type { Cut } from './cuts';
import { enpsFromCounts } from './enps';
import type { AnonymityRules, DriverQuestion, EnpsCell, MeanCell } from './types';

/** The drivers of a round, in the order their first question appears. */
export function driversOf(questions: readonly DriverQuestion[]): string[] {
  return [...new Set(questions.map((question) => question.driver))];
}

/** Mean Likert score per driver over a shown cut: every answer on the driver's questions counts once. */
export function driverMeans(
  table: AtomTable,
  cut: Cut,
  questions: readonly DriverQuestion[],
): Record<string, MeanCell> {
  const totals = new Map<string, { sum: number; answers: number }>();
  for (const driver of driversOf(questions)) totals.set(driver, { sum: 0, answers: 0 });
  const columns = questions.flatMap((question) => {
    const index = table.questionIds.indexOf(question.id);
    return index < 0 ? [] : [{ index, total: totals.get(question.driver)! }];
  });
  for (const atomIndex of cut.atoms) {
    const atom = table.atoms[atomIndex]!;
    for (const { index, total } of columns) {
      total.sum += atom.scoreSums[index] ?? 0;
      total.answers += atom.scoreCounts[index] ?? 0;
    }
  }
  const means: Record<string, MeanCell> = {};
  for (const [driver, { sum, answers }] of totals) {
    means[driver] = answers === 0 ? { state: 'no_data' } : { state: 'shown', mean: sum / answers, n: cut.n };
  }
  return means;
}

export function cutEnps(table: AtomTable, cut: Cut, rules: AnonymityRules): EnpsCell {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const atomIndex of cut.atoms) {
    const atom = table.atoms[atomIndex]!;
    counts.promoters += atom.promoters;
    counts.passives += atom.passives;
    counts.detractors += atom.detractors;
  }
  return enpsFromCounts(counts, rules);
}
