import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnonymousGroup, anonymousGroups, type RaterGroup } from '../../../contracts/feedback360';
import { buildReport, type ReportInput } from './report';

const questions = [
  { id: 'q1', name: 'Collaboration', description: '' },
  { id: 'q2', name: 'Communication', description: '' },
  { id: 'q3', name: 'Ownership', description: '' },
];
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 });
const response = (group: RaterGroup) =>
  fc.record({ q1: score, q2: score, q3: score }).map((scores) => ({ group, scores }));
const comment = (group: RaterGroup) =>
  fc.record({
    group: fc.constant(group),
    kind: fc.constantFrom('strengths' as const, 'suggestions' as const),
    text: fc.string({ minLength: 1, maxLength: 12 }),
    // The random shuffle key each comment gets at insert, independent of every other comment.
    key: fc.integer(),
  });

/** Responses and comments of one group, at most `max` of each. */
const groupData = (group: RaterGroup, max: number) =>
  fc.record({
    responses: fc.array(response(group), { maxLength: max }),
    comments: fc.array(comment(group), { maxLength: max }),
  });

const thresholdsArb = fc.record({
  manager: fc.integer({ min: 3, max: 5 }),
  peers: fc.integer({ min: 3, max: 5 }),
  direct_reports: fc.integer({ min: 3, max: 5 }),
  others: fc.integer({ min: 3, max: 5 }),
});

type KeyedComment = ReportInput['comments'][number] & { key: number };

/** Orders comments by their shuffle key, as the query does. */
function world(
  thresholds: ReportInput['thresholds'],
  parts: Partial<Record<RaterGroup, { responses: ReportInput['responses']; comments: KeyedComment[] }>>,
): ReportInput {
  const responses = Object.values(parts).flatMap((p) => p!.responses);
  const shuffled = Object.values(parts)
    .flatMap((p) => p!.comments)
    .sort((a, b) => a.key - b.key)
    .map(({ key: _key, ...c }) => c);
  return {
    questions,
    thresholds,
    invitedGroups: [...anonymousGroups],
    responses,
    comments: shuffled,
    previousOthers: new Map([['Collaboration', 3.2]]),
  };
}

describe('360 report anonymity (SPEC S1.3)', () => {
  it('a suppressed group leaves no trace: two worlds differing only in it give identical reports', () => {
    fc.assert(
      fc.property(
        thresholdsArb,
        fc.constantFrom<AnonymousGroup>(...anonymousGroups),
        groupData('self', 1),
        groupData('manager', 7),
        groupData('peers', 7),
        groupData('direct_reports', 7),
        groupData('others', 7),
        // Two different contents for the suppressed group, each below its threshold.
        fc.array(response('peers'), { maxLength: 2 }),
        fc.array(response('peers'), { maxLength: 2 }),
        fc.array(comment('peers'), { maxLength: 3 }),
        (thresholds, hidden, self, manager, peers, directReports, others, r1, r2, c2) => {
          const base = { self, manager, peers, direct_reports: directReports, others };
          const retag = <T extends { group: RaterGroup }>(items: T[]) =>
            items.map((x) => ({ ...x, group: hidden }));
          // World A: the hidden group has r1 (below threshold) and its generated comments.
          const a = world(thresholds, { ...base, [hidden]: { responses: retag(r1), comments: [] } });
          // World B: other answers, other count and comments in the same group, still below threshold.
          const b = world(thresholds, { ...base, [hidden]: { responses: retag(r2), comments: retag(c2) } });
          // Without it entirely (nobody answered).
          const none = world(thresholds, { ...base, [hidden]: { responses: [], comments: [] } });
          const reportA = buildReport(a);
          expect(buildReport(b)).toEqual(reportA);
          expect(buildReport(none)).toEqual(reportA);
          // And it is named as suppressed, with no count.
          expect(reportA.suppressedGroups).toContainEqual({ group: hidden, threshold: thresholds[hidden] });
          expect(reportA.shownGroups.map((g) => g.group)).not.toContain(hidden);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('within a shown group, a competency fewer than threshold raters scored is also invisible', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (peerScores, x, y) => {
          // Everyone scores q1; only one rater scored q2 — with x in one world and y in the other.
          const make = (q2: number) =>
            buildReport({
              questions,
              thresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
              invitedGroups: ['peers'],
              responses: peerScores.map((s, i) => ({
                group: 'peers' as const,
                scores: { q1: s, q2: i === 0 ? q2 : null, q3: null },
              })),
              comments: [],
              previousOthers: null,
            });
          const [rx, ry] = [make(x), make(y)];
          expect(rx).toEqual(ry);
          expect(rx.competencies[1]!.others).toBeNull();
          expect(rx.competencies[1]!.groups).toEqual([]);
        },
      ),
    );
  });

  it('shown totals are exactly the responses of passing groups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 8 }),
        (peers, reports) => {
          const report = buildReport({
            questions: [questions[0]!],
            thresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
            invitedGroups: ['peers', 'direct_reports'],
            responses: [
              ...peers.map((s) => ({ group: 'peers' as const, scores: { q1: s } })),
              ...reports.map((s) => ({ group: 'direct_reports' as const, scores: { q1: s } })),
            ],
            comments: [],
            previousOthers: null,
          });
          const pooled = [...(peers.length >= 3 ? peers : []), ...(reports.length >= 3 ? reports : [])];
          const expected = pooled.length
            ? Math.round((pooled.reduce((a, b) => a + b, 0) / pooled.length) * 100) / 100
            : null;
          expect(report.competencies[0]!.others).toBe(expected);
        },
      ),
    );
  });

  it('names strengths, blind spots and hidden strengths in plain terms of self against others', () => {
    const peers = (q1: number, q2: number, q3: number) => ({
      group: 'peers' as const,
      scores: { q1, q2, q3 },
    });
    const report = buildReport({
      questions,
      thresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
      invitedGroups: ['peers', 'manager'],
      responses: [
        { group: 'self', scores: { q1: 5, q2: 2, q3: 4 } },
        peers(3, 4, 4),
        peers(3, 5, 4),
        peers(3, 4, 5),
        { group: 'manager', scores: { q1: 1, q2: 1, q3: 1 } },
      ],
      comments: [
        { group: 'manager', kind: 'suggestions', text: 'from the manager' },
        { group: 'peers', kind: 'strengths', text: 'from a peer' },
        { group: 'self', kind: 'strengths', text: 'my own view' },
      ],
      previousOthers: new Map([['Communication', 3.5]]),
    });
    expect(report.blindSpots).toEqual(['Collaboration']);
    expect(report.hiddenStrengths).toEqual(['Communication']);
    expect(report.strengths).toEqual(['Communication', 'Ownership']);
    expect(report.competencies[1]).toMatchObject({ self: 2, others: 4.33, gap: -2.33, change: 0.83 });
    expect(report.suppressedGroups).toEqual([{ group: 'manager', threshold: 3 }]);
    expect(report.comments).toEqual({ strengths: ['from a peer'], suggestions: [] });
    expect(report.selfComments.strengths).toBe('my own view');
  });
});
