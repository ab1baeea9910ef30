/**
 * Gap analysis, pure so it can be tested on its own. The current view of a competency is the mean
 * of the assessments the caller may see (self and/or manager); the gap is expected minus that view.
 * Competencies without any visible assessment have no gap and are counted as unassessed, so a
 * missing self-assessment never looks like a strength or a weakness.
 */
export interface GapInput {
  expectations: { competencyId: string; name: string; expectedLevel: number }[];
  selfLevels: Map<string, number>;
  managerLevels: Map<string, number>;
}

export function analyseGaps({ expectations, selfLevels, managerLevels }: GapInput) {
  const rows = expectations.map((e) => {
    const selfLevel = selfLevels.get(e.competencyId) ?? null;
    const managerLevel = managerLevels.get(e.competencyId) ?? null;
    const seen = [selfLevel, managerLevel].filter((v): v is number => v !== null);
    const current = seen.length === 0 ? null : seen.reduce((a, b) => a + b, 0) / seen.length;
    return {
      competencyId: e.competencyId,
      name: e.name,
      expectedLevel: e.expectedLevel,
      selfLevel,
      managerLevel,
      gap: current === null ? null : Math.round((e.expectedLevel - current) * 10) / 10,
    };
  });
  const biggestGaps = rows
    .filter((r): r is typeof r & { gap: number } => r.gap !== null && r.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name))
    .slice(0, 5)
    .map((r) => ({ competencyId: r.competencyId, name: r.name, gap: r.gap }));
  return { rows, biggestGaps, unassessed: rows.filter((r) => r.gap === null).length };
}
