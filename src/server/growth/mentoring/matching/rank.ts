/**
 * The self-service directory (anchors §3.3 "self" mode): eligible mentors by score, and one featured
 * suggestion that rotates by remaining capacity, so the same few mentors are not advertised to
 * everyone (Together's "recommended only as many times as it has capacity").
 */
import { buildScoringTables, normaliseWeights } from './profiles';
import { hardRuleViolations, remainingCapacity } from './rules';
import { scoredFromTables } from './score';
import type { MatchingContext, MenteeInput, MentorInput, RankResult, ScoredMentor } from './types';

/**
 * Ranked eligible mentors: score descending, then fewer current mentees (spread the load), then
 * person id (code-unit order, so the result never depends on the locale). Duplicate mentor ids keep
 * the first entry.
 */
export function rankMentors(
  mentee: MenteeInput,
  mentors: MentorInput[],
  ctx: MatchingContext,
  featuredTimes?: ReadonlyMap<string, number>,
): RankResult {
  const seen = new Set<string>();
  const eligible: MentorInput[] = [];
  for (const mentor of mentors) {
    if (seen.has(mentor.personId)) continue;
    seen.add(mentor.personId);
    if (hardRuleViolations(mentee, mentor, ctx).length === 0) eligible.push(mentor);
  }
  const tables = buildScoringTables([mentee], eligible);
  const weights = normaliseWeights(ctx.weights);
  const rows = eligible.map((mentor, j) => ({
    mentor,
    scored: scoredFromTables(tables, 0, j, mentor.personId, weights),
  }));
  rows.sort((a, b) => {
    if (a.scored.score !== b.scored.score) return b.scored.score - a.scored.score;
    if (a.mentor.activeMentees !== b.mentor.activeMentees)
      return a.mentor.activeMentees - b.mentor.activeMentees;
    return a.mentor.personId < b.mentor.personId ? -1 : a.mentor.personId > b.mentor.personId ? 1 : 0;
  });
  const ranked: ScoredMentor[] = rows.map((row) => row.scored);

  // Featured: the best mentor not yet shown (unanswered) to as many mentees as it has free places;
  // when every eligible mentor is "booked out" that way, fall back to the best one.
  const featured = rows.find(
    (row) => (featuredTimes?.get(row.mentor.personId) ?? 0) < remainingCapacity(row.mentor),
  );
  return { ranked, featuredMentorId: featured?.mentor.personId ?? rows[0]?.mentor.personId ?? null };
}
