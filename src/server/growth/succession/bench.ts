import type { BenchStrength, PositionCriticality, SlateReadiness } from '../../../contracts/succession';
import { presentPersonRef } from './present';

export interface BenchPosition {
  id: string;
  title: string;
  criticality: PositionCriticality;
}

export interface BenchCandidate {
  positionId: string;
  readiness: SlateReadiness;
  person: { id: string; givenName: string; familyName: string; jobTitle: string | null };
}

const criticalities: PositionCriticality[] = ['critical', 'high', 'medium', 'low'];
/** A person on more slates than this is stretched thin as a successor. */
export const STRETCHED_AFTER = 2;

/**
 * Bench strength over the positions the caller reads (SPEC S4.9): the share with a ready-now
 * successor; single points of failure — high or critical positions with no ready-now successor,
 * or with at most one successor at all; people on more than two slates; successors by readiness.
 */
export function benchStrengthOf(positions: BenchPosition[], candidates: BenchCandidate[]): BenchStrength {
  const byPosition = new Map(positions.map((p) => [p.id, { successors: 0, readyNow: 0 }]));
  const byReadiness = { ready_now: 0, '1_2_years': 0, '3_plus_years': 0 };
  const slates = new Map<string, { person: BenchCandidate['person']; count: number }>();
  for (const candidate of candidates) {
    const counts = byPosition.get(candidate.positionId);
    if (!counts) continue;
    counts.successors++;
    if (candidate.readiness === 'ready_now') counts.readyNow++;
    byReadiness[candidate.readiness]++;
    const entry = slates.get(candidate.person.id) ?? { person: candidate.person, count: 0 };
    entry.count++;
    slates.set(candidate.person.id, entry);
  }
  const counted = positions.map((p) => ({ ...p, ...byPosition.get(p.id)! }));
  const coveredCount = counted.filter((p) => p.readyNow > 0).length;
  return {
    positionCount: positions.length,
    coveredCount,
    coverage: positions.length ? coveredCount / positions.length : null,
    singlePointsOfFailure: counted
      .filter(
        (p) =>
          (p.criticality === 'high' || p.criticality === 'critical') &&
          (p.readyNow === 0 || p.successors <= 1),
      )
      .map((p) => ({
        id: p.id,
        title: p.title,
        criticality: p.criticality,
        successorCount: p.successors,
        readyNowCount: p.readyNow,
      })),
    stretched: [...slates.values()]
      .filter((entry) => entry.count > STRETCHED_AFTER)
      .sort((a, b) => b.count - a.count || a.person.familyName.localeCompare(b.person.familyName))
      .map((entry) => ({ person: presentPersonRef(entry.person), slateCount: entry.count })),
    byReadiness,
    byCriticality: criticalities.map((criticality) => {
      const ofLevel = counted.filter((p) => p.criticality === criticality);
      return {
        criticality,
        positions: ofLevel.length,
        covered: ofLevel.filter((p) => p.readyNow > 0).length,
      };
    }),
  };
}
