import { MIN_GROUP_SIZE, MIN_THRESHOLD_FLOOR } from '../../../platform/aggregates/suppression';
import type { AnonymityRules } from './types';

export const DEFAULT_COMMENT_THRESHOLD = 10;

export const DEFAULT_RULES: AnonymityRules = {
  threshold: MIN_GROUP_SIZE,
  commentThreshold: DEFAULT_COMMENT_THRESHOLD,
};

/**
 * The rules as the engine applies them, whatever was stored: a threshold under 3 would name people
 * in a group of two, and comments never need fewer respondents than figures do.
 */
export function effectiveRules(rules: AnonymityRules): AnonymityRules {
  const threshold = Math.max(MIN_THRESHOLD_FLOOR, wholeOr(rules.threshold, MIN_GROUP_SIZE));
  const comments = wholeOr(rules.commentThreshold, DEFAULT_COMMENT_THRESHOLD);
  return { threshold, commentThreshold: Math.max(threshold, comments) };
}

function wholeOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.floor(value) : fallback;
}
