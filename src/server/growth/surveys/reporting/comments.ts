import { UNSPECIFIED } from './atoms';
import { commentPlan } from './commentPlan';
import { cutKey } from './cuts';
import { effectiveRules } from './rules';
import type { AnonymityRules, CommentRecord, Filter, ResponseRecord } from './types';

/** A comment as a viewer sees it: no buckets, no timestamp, no respondent pseudonym. */
export interface VisibleComment {
  questionId: string | null;
  text: string;
}

export type CommentsView =
  | { state: 'shown'; comments: VisibleComment[] }
  | { state: 'below_threshold' | 'complementary' | 'refused' | 'no_data' };

export interface CommentsRequest {
  comments: readonly CommentRecord[];
  /** Respondents of the round (the unfiltered group). */
  respondentCount: number;
  /** The round's responses: needed to size a filtered group (without them a filter is refused). */
  responses?: readonly ResponseRecord[];
  /** At most one attribute: comments are never attributed more finely than that. */
  filter?: Filter;
  questionId?: string;
  rules: AnonymityRules;
  /** A fresh random seed per view, so no stable order can link a comment to its author. */
  seed: number;
}

export function visibleComments(request: CommentsRequest): CommentsView {
  const rules = effectiveRules(request.rules);
  const filter = request.filter ?? {};
  const fixed = Object.entries(filter);
  if (request.respondentCount < rules.commentThreshold) return { state: 'below_threshold' };
  if (fixed.length > 1) return { state: 'refused' };
  if (fixed.length === 1) {
    if (!request.responses) return { state: 'refused' };
    const plan = commentPlan(request.responses, rules);
    const group = request.responses.filter((response) => matches(response.buckets, filter)).length;
    if (group === 0) return { state: 'no_data' };
    if (group < rules.commentThreshold) return { state: 'below_threshold' };
    if (!plan.visible.has(cutKey(filter))) return { state: 'complementary' };
  }
  const selected = request.comments
    .filter((comment) => matches(comment.buckets, filter))
    .filter((comment) => request.questionId === undefined || comment.questionId === request.questionId)
    .map((comment) => ({ questionId: comment.questionId, text: comment.text }));
  return { state: 'shown', comments: shuffle(selected, request.seed) };
}

function matches(buckets: Record<string, string>, filter: Filter): boolean {
  return Object.entries(filter).every(([attribute, value]) => (buckets[attribute] ?? UNSPECIFIED) === value);
}

/** Fisher–Yates driven by mulberry32: the same seed gives the same order, nothing else does. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const pick = Math.floor(random() * (index + 1));
    [result[index], result[pick]] = [result[pick]!, result[index]!];
  }
  return result;
}
