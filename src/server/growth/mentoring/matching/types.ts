/**
 * Shared types of the mentoring matching engine (Trellis issue 13, item 3; anchors §3.3).
 * Pure data: the caller (programme routes) loads profiles from the database and passes them in,
 * so the engine stays testable without a database and deterministic for the same input.
 */

/** A competency and a proficiency level 1..5 (what a mentor offers, or what a mentee wants to reach). */
export interface SkillLevel {
  competencyId: string;
  level: number;
}

export interface MentorInput {
  personId: string;
  optedIn: boolean;
  /** Max mentees in this programme (programme default 2, personal override 1..5). */
  capacity: number;
  /** Open matches (proposed, accepted, active) in this programme now. */
  activeMentees: number;
  /** Organisation level rank, higher = more senior; null = unknown. */
  levelRank: number | null;
  departmentId: string | null;
  offers: SkillLevel[];
  /** Lower-case primary language codes: 'en', 'de'. */
  languages: string[];
  utcOffsetMinutes: number | null;
  /** Slot codes like 'mon-am', 'wed-pm'. */
  availability: string[];
  /** Person ids this mentor must not be matched with. */
  doNotMatch: string[];
}

export interface MenteeInput {
  personId: string;
  optedIn: boolean;
  levelRank: number | null;
  departmentId: string | null;
  /** Competency and the level the mentee wants to reach. */
  wants: SkillLevel[];
  /** From the mentee's own development-plan/path gaps, only when they consented. */
  gapCompetencyIds: string[];
  languages: string[];
  utcOffsetMinutes: number | null;
  availability: string[];
  doNotMatch: string[];
  /** Programme or mentee preference for a mentor from another department. */
  prefersCrossFunction: boolean;
}

/** Points per part; default 50/20/10/10/10. Normalised to a total of 100 when they do not sum to 100. */
export interface MatchingWeights {
  skills: number;
  gaps: number;
  crossFunction: number;
  languageTimeZone: number;
  availability: number;
}

/** The weights of anchors §3.3, used when a programme sets none. */
export const defaultMatchingWeights: Readonly<MatchingWeights> = Object.freeze({
  skills: 50,
  gaps: 20,
  crossFunction: 10,
  languageTimeZone: 10,
  availability: 10,
});

export interface MatchingContext {
  weights: MatchingWeights;
  /**
   * mentor.levelRank >= mentee.levelRank + minLevelGap. 'Reverse' programmes pass 0 or a negative
   * number. When either rank is unknown the rule passes only when minLevelGap <= 0.
   */
  minLevelGap: number;
  /** True when a is an ancestor or a descendant of b as of today. */
  inReportingChain(a: string, b: string): boolean;
  /** `${menteeId}:${mentorId}` pairs already matched in this programme (any state): never proposed again. */
  matchedPairs: ReadonlySet<string>;
  /** Mentees who already have an open match in this programme. */
  menteesWithOpenMatch: ReadonlySet<string>;
}

export type HardRule =
  | 'same_person'
  | 'not_opted_in'
  | 'reporting_chain'
  | 'capacity'
  | 'level_gap'
  | 'already_matched'
  | 'do_not_match';

/** Points earned per part, each 0..its (normalised) weight; may carry one decimal. */
export interface ScoreBreakdown {
  skills: number;
  gaps: number;
  crossFunction: number;
  languageTimeZone: number;
  availability: number;
}

/** score: integer 0..100, the rounded sum of the breakdown. */
export interface ScoredMentor {
  mentorId: string;
  score: number;
  breakdown: ScoreBreakdown;
}

export interface RankResult {
  ranked: ScoredMentor[];
  /** The suggestion to show first (rotated by remaining capacity); null when no mentor is eligible. */
  featuredMentorId: string | null;
}

export interface AssignedPair {
  menteeId: string;
  mentorId: string;
  score: number;
  breakdown: ScoreBreakdown;
}

export type UnmatchedReason =
  | 'no_eligible_mentor'
  | 'capacity_exhausted'
  | 'already_matched'
  | 'not_opted_in';

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
}

export interface PoolAssignment {
  pairs: AssignedPair[];
  unmatched: UnmatchedMentee[];
  /** Sum of the pairs' integer scores. */
  totalScore: number;
}

export type HardRuleViolationsFn = (
  mentee: MenteeInput,
  mentor: MentorInput,
  ctx: MatchingContext,
) => HardRule[];
export type ScoreMatchFn = (
  mentee: MenteeInput,
  mentor: MentorInput,
  weights: MatchingWeights,
) => ScoredMentor;
export type RankMentorsFn = (
  mentee: MenteeInput,
  mentors: MentorInput[],
  ctx: MatchingContext,
  featuredTimes?: ReadonlyMap<string, number>,
) => RankResult;
export type AssignPoolFn = (
  mentees: MenteeInput[],
  mentors: MentorInput[],
  ctx: MatchingContext,
) => PoolAssignment;
