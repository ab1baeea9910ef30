/**
 * The match score of anchors §3.3: 0..100 with a visible breakdown. The arithmetic lives in
 * `profiles.ts` (shared with the pool assignment); this file turns it into the public shape.
 *
 * How each part is earned (all "not stated" cases earn half the part, one rule for the screen):
 * - skills: weight × mean over the wanted skills of min(offered level, target) / target.
 *   No wanted skills → half: a mentee with an empty profile is neither favoured nor pushed to the back
 *   of the queue when the pool is short of mentors.
 * - gaps: weight × share of the mentee's development gaps the mentor offers (any level).
 *   No gaps shared → half, so declining to share plan gaps (consent, S1.4) never costs a match.
 * - crossFunction: full unless the mentee prefers a mentor from another department; then full for a
 *   different department, none for the same one, half when either department is unknown.
 * - languageTimeZone: half for a shared language (a quarter when either side lists none), half scaled
 *   by the clock distance of the time zones (0 h full, 6 h or more none, a quarter when unknown).
 * - availability: weight × common slots / slots of the side listing fewer; either side empty → half.
 * Each part is rounded to one decimal (never above its weight); the score is the half-up rounded
 * sum of those shown parts.
 */
import {
  buildScoringTables,
  type NormalisedWeights,
  normaliseWeights,
  partCount,
  partNames,
  type ScoringTables,
  scorePair,
} from './profiles';
import type { MatchingWeights, MenteeInput, MentorInput, ScoreBreakdown, ScoredMentor } from './types';

export { defaultMatchingWeights } from './types';

export function breakdownFromTenths(tenths: Int32Array): ScoreBreakdown {
  return {
    skills: tenths[0]! / 10,
    gaps: tenths[1]! / 10,
    crossFunction: tenths[2]! / 10,
    languageTimeZone: tenths[3]! / 10,
    availability: tenths[4]! / 10,
  };
}

/** Scores one prepared pair into the public shape. */
export function scoredFromTables(
  tables: ScoringTables,
  menteeIndex: number,
  mentorIndex: number,
  mentorId: string,
  weights: NormalisedWeights,
): ScoredMentor {
  const tenths = new Int32Array(partCount);
  const score = scorePair(tables, menteeIndex, mentorIndex, weights, tenths);
  return { mentorId, score, breakdown: breakdownFromTenths(tenths) };
}

export function scoreMatch(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScoredMentor {
  const tables = buildScoringTables([mentee], [mentor]);
  return scoredFromTables(tables, 0, 0, mentor.personId, normaliseWeights(weights));
}

/** The part names in breakdown order, for callers that render the breakdown as a list. */
export const scoreParts: readonly (keyof ScoreBreakdown)[] = partNames;
