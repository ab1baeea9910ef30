/** Builders for the matching tests: complete profiles with neutral defaults, overridable per test. */
import { defaultMatchingWeights, type MatchingContext, type MenteeInput, type MentorInput } from './types';

export function mentee(personId: string, overrides: Partial<MenteeInput> = {}): MenteeInput {
  return {
    personId,
    optedIn: true,
    levelRank: 1,
    departmentId: 'engineering',
    wants: [{ competencyId: 'c-lead', level: 3 }],
    gapCompetencyIds: [],
    languages: ['en'],
    utcOffsetMinutes: 60,
    availability: ['mon-am'],
    doNotMatch: [],
    prefersCrossFunction: false,
    ...overrides,
  };
}

export function mentor(personId: string, overrides: Partial<MentorInput> = {}): MentorInput {
  return {
    personId,
    optedIn: true,
    capacity: 2,
    activeMentees: 0,
    levelRank: 3,
    departmentId: 'sales',
    offers: [{ competencyId: 'c-lead', level: 4 }],
    languages: ['en'],
    utcOffsetMinutes: 60,
    availability: ['mon-am'],
    doNotMatch: [],
    ...overrides,
  };
}

/** A context whose reporting lines are given as person → manager. */
export function context(
  managers: Record<string, string> = {},
  overrides: Partial<MatchingContext> = {},
): MatchingContext {
  const isAncestor = (ancestor: string, person: string) => {
    const seen = new Set<string>();
    for (let at = managers[person]; at !== undefined && !seen.has(at); at = managers[at]) {
      if (at === ancestor) return true;
      seen.add(at);
    }
    return false;
  };
  return {
    weights: { ...defaultMatchingWeights },
    minLevelGap: 1,
    inReportingChain: (a, b) => isAncestor(a, b) || isAncestor(b, a),
    matchedPairs: new Set(),
    menteesWithOpenMatch: new Set(),
    ...overrides,
  };
}
