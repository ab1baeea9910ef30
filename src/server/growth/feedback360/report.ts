import {
  type AnonymousGroup,
  anonymousGroups,
  type RaterGroup,
  type Report360,
  type Thresholds,
} from '../../../contracts/feedback360';

/**
 * The 360 report as a pure function of what was stored (SPEC S4.8, S1.3). Every number it returns
 * comes only from groups that pass their threshold on their own, and within a group from
 * competencies that at least `threshold` of its raters scored ("not observed" answers thin a cell),
 * so a suppressed group or cell changes nothing in the output: not a mean, not a count, not a total,
 * not a comment. The property test in report.test.ts checks exactly that.
 */
export interface ReportInput {
  questions: { id: string; name: string; description: string }[];
  thresholds: Thresholds;
  /** Groups that had approved nominees: the suppressed list depends on this, never on answers. */
  invitedGroups: AnonymousGroup[];
  responses: { group: RaterGroup; scores: Record<string, number | null> }[];
  /** Already in shuffle order (the random key drawn at insert). */
  comments: { group: RaterGroup; kind: 'strengths' | 'suggestions'; text: string }[];
  /** Others' averages per competency name in the previous 360 (shown data only), if any. */
  previousOthers: Map<string, number> | null;
  /**
   * The subject chose to see the manager's answers by name, and the manager group holds exactly
   * that one person: their answers and comments form a named section and leave the anonymous
   * groups, averages and comment lists. Absent or null: the manager group is pooled like any other.
   */
  namedManager?: { displayName: string; jobTitle: string } | null;
}

export type ReportBody = Pick<
  Report360,
  | 'shownGroups'
  | 'suppressedGroups'
  | 'competencies'
  | 'strengths'
  | 'blindSpots'
  | 'hiddenStrengths'
  | 'comments'
  | 'selfComments'
  | 'namedManager'
>;

/** A difference this large (on the 1–5 scale) between self and others is worth pointing out. */
export const NOTABLE_GAP = 0.75;
/** Others' average from which a competency counts as a strength. */
export const STRENGTH_FLOOR = 3.5;

const round = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function buildReport(input: ReportInput): ReportBody {
  const byGroup = new Map<RaterGroup, ReportInput['responses']>();
  for (const response of input.responses) {
    const list = byGroup.get(response.group) ?? [];
    list.push(response);
    byGroup.set(response.group, list);
  }
  const named = input.namedManager ?? null;
  // With the manager named, the manager group is not an anonymous group at all.
  const pooledGroups = anonymousGroups.filter((g) => !(named && g === 'manager'));
  const passing = pooledGroups.filter(
    (g) => (byGroup.get(g)?.length ?? 0) >= input.thresholds[g] && input.thresholds[g] >= 3,
  );
  const self = byGroup.get('self')?.[0] ?? null;

  const competencies = input.questions.map((question) => {
    const groups: { group: AnonymousGroup; average: number }[] = [];
    const pooled: number[] = [];
    for (const group of passing) {
      const scores = (byGroup.get(group) ?? [])
        .map((r) => r.scores[question.id])
        .filter((s): s is number => typeof s === 'number');
      if (scores.length < input.thresholds[group]) continue;
      groups.push({ group, average: round(mean(scores)) });
      pooled.push(...scores);
    }
    const others = pooled.length > 0 ? round(mean(pooled)) : null;
    const selfScore = self?.scores[question.id];
    const selfValue = typeof selfScore === 'number' ? selfScore : null;
    const previous = input.previousOthers?.get(question.name);
    return {
      name: question.name,
      description: question.description,
      self: selfValue,
      others,
      gap: selfValue !== null && others !== null ? round(selfValue - others) : null,
      groups,
      change: others !== null && previous !== undefined ? round(others - previous) : null,
    };
  });

  const withOthers = competencies.filter((c) => c.others !== null);
  const strengths = [...withOthers]
    .filter((c) => c.others! >= STRENGTH_FLOOR)
    .sort((a, b) => b.others! - a.others! || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.name);
  const blindSpots = withOthers
    .filter((c) => c.gap !== null && c.gap >= NOTABLE_GAP)
    .sort((a, b) => b.gap! - a.gap!)
    .map((c) => c.name);
  const hiddenStrengths = withOthers
    .filter((c) => c.gap !== null && c.gap <= -NOTABLE_GAP)
    .sort((a, b) => a.gap! - b.gap!)
    .map((c) => c.name);

  const shown = new Set<RaterGroup>(passing);
  const commentsOf = (kind: 'strengths' | 'suggestions') =>
    input.comments.filter((c) => c.kind === kind && shown.has(c.group)).map((c) => c.text);
  const selfComment = (kind: 'strengths' | 'suggestions') =>
    input.comments.find((c) => c.group === 'self' && c.kind === kind)?.text ?? '';

  return {
    shownGroups: passing.map((group) => ({ group, responses: byGroup.get(group)!.length })),
    suppressedGroups: pooledGroups
      .filter((g) => input.invitedGroups.includes(g) && !passing.includes(g))
      .map((group) => ({ group, threshold: input.thresholds[group] })),
    competencies,
    strengths,
    blindSpots,
    hiddenStrengths,
    comments: { strengths: commentsOf('strengths'), suggestions: commentsOf('suggestions') },
    selfComments: { strengths: selfComment('strengths'), suggestions: selfComment('suggestions') },
    namedManager: named ? namedSection(input, named, byGroup.get('manager')?.[0] ?? null) : null,
  };
}

/** The named manager's own answers: their scores per competency and their comments, nobody else's. */
function namedSection(
  input: ReportInput,
  named: { displayName: string; jobTitle: string },
  response: ReportInput['responses'][number] | null,
): NonNullable<ReportBody['namedManager']> {
  const theirs = (kind: 'strengths' | 'suggestions') =>
    input.comments.filter((c) => c.group === 'manager' && c.kind === kind).map((c) => c.text);
  return {
    displayName: named.displayName,
    jobTitle: named.jobTitle,
    answered: response !== null,
    scores: input.questions.map((q) => {
      const score = response?.scores[q.id];
      return { name: q.name, score: typeof score === 'number' ? score : null };
    }),
    comments: response
      ? { strengths: theirs('strengths'), suggestions: theirs('suggestions') }
      : { strengths: [], suggestions: [] },
  };
}

/** Others' averages by competency name, for "change since last time" in the next report. */
export function othersByName(report: ReportBody): Map<string, number> {
  return new Map(report.competencies.flatMap((c) => (c.others === null ? [] : [[c.name, c.others]])));
}
