/**
 * Mentoring matching engine (Trellis issue 13, item 3): pure functions over profiles the caller
 * loads, no database. Hard rules in `rules.ts`, the score in `score.ts` / `profiles.ts`, the
 * self-service directory in `rank.ts`, whole-pool matching in `assign.ts` / `minCostFlow.ts`.
 */
export { assignPool } from './assign';
export { rankMentors } from './rank';
export { doNotMatch, hardRuleViolations, levelGapAllows, pairKey, remainingCapacity } from './rules';
export { scoreMatch, scoreParts } from './score';
export * from './types';
