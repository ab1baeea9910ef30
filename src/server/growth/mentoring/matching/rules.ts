/**
 * Hard rules of anchors §3.3. They are filters, never score penalties: a pair breaking any of them is
 * not listed, not featured and not assigned, whatever its score.
 */
import type { HardRule, MatchingContext, MenteeInput, MentorInput } from './types';

/** The key format of `MatchingContext.matchedPairs`. */
export const pairKey = (menteeId: string, mentorId: string) => `${menteeId}:${mentorId}`;

/** Free places of a mentor in this programme now (bad input such as NaN counts as full). */
export function remainingCapacity(mentor: MentorInput): number {
  const capacity = Number.isFinite(mentor.capacity) ? Math.floor(mentor.capacity) : 0;
  const active = Number.isFinite(mentor.activeMentees)
    ? Math.max(0, Math.floor(mentor.activeMentees))
    : capacity;
  return Math.max(0, capacity - active);
}

/**
 * mentor ≥ mentee + gap. An unknown rank proves nothing about seniority, so it passes only when the
 * programme asks for no seniority at all (gap ≤ 0: peer and reverse programmes).
 */
export function levelGapAllows(
  menteeRank: number | null,
  mentorRank: number | null,
  minLevelGap: number,
): boolean {
  if (menteeRank === null || mentorRank === null) return minLevelGap <= 0;
  return mentorRank >= menteeRank + minLevelGap;
}

/** Either side's list names the other. */
export function doNotMatch(mentee: MenteeInput, mentor: MentorInput): boolean {
  return mentor.doNotMatch.includes(mentee.personId) || mentee.doNotMatch.includes(mentor.personId);
}

/**
 * Every rule the pair breaks, in the order of `HardRule`. A mentee who already has an open match in
 * this programme breaks `already_matched` with every mentor (one open match per mentee), as does a
 * pair matched before in any state.
 */
export function hardRuleViolations(
  mentee: MenteeInput,
  mentor: MentorInput,
  ctx: MatchingContext,
): HardRule[] {
  const broken: HardRule[] = [];
  const samePerson = mentee.personId === mentor.personId;
  if (samePerson) broken.push('same_person');
  if (!mentee.optedIn || !mentor.optedIn) broken.push('not_opted_in');
  // One person is not their own ancestor; same_person already covers that pair.
  if (!samePerson && ctx.inReportingChain(mentee.personId, mentor.personId)) broken.push('reporting_chain');
  if (remainingCapacity(mentor) <= 0) broken.push('capacity');
  if (!levelGapAllows(mentee.levelRank, mentor.levelRank, ctx.minLevelGap)) broken.push('level_gap');
  if (
    ctx.menteesWithOpenMatch.has(mentee.personId) ||
    ctx.matchedPairs.has(pairKey(mentee.personId, mentor.personId))
  )
    broken.push('already_matched');
  if (doNotMatch(mentee, mentor)) broken.push('do_not_match');
  return broken;
}
