import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignPool,
  hardRuleViolations,
  type MatchingContext,
  type MenteeInput,
  type MentorInput,
  pairKey,
  rankMentors,
  remainingCapacity,
  scoreMatch,
} from '.';
import { maxFlowMinCost } from './minCostFlow';
import { context, mentee, mentor } from './testing';

const competencies = ['c1', 'c2', 'c3', 'c4'];
const skill = fc.record({
  competencyId: fc.constantFrom(...competencies),
  level: fc.integer({ min: 1, max: 5 }),
});
const profile = fc.record({
  optedIn: fc.oneof(
    { weight: 4, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  capacity: fc.integer({ min: 0, max: 3 }),
  activeMentees: fc.integer({ min: 0, max: 3 }),
  levelRank: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 5 }),
  departmentId: fc.option(fc.constantFrom('d1', 'd2'), { freq: 5 }),
  offers: fc.array(skill, { maxLength: 3 }),
  wants: fc.array(skill, { maxLength: 3 }),
  gaps: fc.subarray(competencies),
  languages: fc.subarray(['en', 'de']),
  utcOffsetMinutes: fc.option(fc.constantFrom(-300, 0, 60, 330), { freq: 5 }),
  availability: fc.subarray(['mon-am', 'mon-pm', 'tue-am', 'wed-pm']),
  doNotMatch: fc.array(fc.nat(7), { maxLength: 2 }),
  prefersCrossFunction: fc.boolean(),
});

/** A random small organisation: reporting tree, profiles, earlier pairs, open matches. */
const organisation = fc.integer({ min: 2, max: 8 }).chain((size) =>
  fc.record({
    parents: fc.array(fc.integer({ min: -1, max: size - 1 }), { minLength: size, maxLength: size }),
    profiles: fc.array(profile, { minLength: size, maxLength: size }),
    menteePeople: fc.uniqueArray(fc.nat(size - 1), { maxLength: 6 }),
    mentorPeople: fc.uniqueArray(fc.nat(size - 1), { minLength: 1, maxLength: 4 }),
    matched: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 4 }),
    open: fc.uniqueArray(fc.nat(size - 1), { maxLength: 2 }),
    minLevelGap: fc.integer({ min: -1, max: 2 }),
    weights: fc.oneof(
      fc.constant({ skills: 50, gaps: 20, crossFunction: 10, languageTimeZone: 10, availability: 10 }),
      fc.record({
        skills: fc.integer({ min: 0, max: 60 }),
        gaps: fc.integer({ min: 0, max: 30 }),
        crossFunction: fc.integer({ min: 0, max: 20 }),
        languageTimeZone: fc.integer({ min: 0, max: 20 }),
        availability: fc.integer({ min: 0, max: 20 }),
      }),
    ),
  }),
);

type Organisation = typeof organisation extends fc.Arbitrary<infer T> ? T : never;

function build(org: Organisation) {
  const id = (p: number) => `p${p}`;
  // A person's manager must come earlier, which makes the random parents a forest (no cycles).
  const manager = (p: number) => {
    const up = org.parents[p]!;
    return up >= 0 && up < p ? up : -1;
  };
  const isAncestor = (a: number, b: number) => {
    for (let at = manager(b); at >= 0; at = manager(at)) if (at === a) return true;
    return false;
  };
  const index = (personId: string) => Number(personId.slice(1));
  const ctx: MatchingContext = {
    weights: org.weights,
    minLevelGap: org.minLevelGap,
    inReportingChain: (a, b) => isAncestor(index(a), index(b)) || isAncestor(index(b), index(a)),
    matchedPairs: new Set(org.matched.map(([a, b]) => pairKey(id(a), id(b)))),
    menteesWithOpenMatch: new Set(org.open.map(id)),
  };
  const mentees: MenteeInput[] = org.menteePeople.map((p) => {
    const x = org.profiles[p]!;
    return {
      personId: id(p),
      optedIn: x.optedIn,
      levelRank: x.levelRank,
      departmentId: x.departmentId,
      wants: x.wants,
      gapCompetencyIds: x.gaps,
      languages: x.languages,
      utcOffsetMinutes: x.utcOffsetMinutes,
      availability: x.availability,
      doNotMatch: x.doNotMatch.map(id),
      prefersCrossFunction: x.prefersCrossFunction,
    };
  });
  const mentors: MentorInput[] = org.mentorPeople.map((p) => {
    const x = org.profiles[p]!;
    return {
      personId: id(p),
      optedIn: x.optedIn,
      capacity: x.capacity,
      activeMentees: x.activeMentees,
      levelRank: x.levelRank,
      departmentId: x.departmentId,
      offers: x.offers,
      languages: x.languages,
      utcOffsetMinutes: x.utcOffsetMinutes,
      availability: x.availability,
      doNotMatch: x.doNotMatch.map(id),
    };
  });
  return { ctx, mentees, mentors };
}

/** Every feasible assignment enumerated: the best (most matched, then highest total score). */
function bruteForce(mentees: MenteeInput[], mentors: MentorInput[], ctx: MatchingContext) {
  const options = mentees.map((who) =>
    mentors.flatMap((by, j) =>
      hardRuleViolations(who, by, ctx).length === 0
        ? [{ j, score: scoreMatch(who, by, ctx.weights).score }]
        : [],
    ),
  );
  const free = mentors.map(remainingCapacity);
  let best = { matched: 0, total: 0 };
  const walk = (i: number, matched: number, total: number) => {
    if (i === mentees.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total))
        best = { matched, total };
      return;
    }
    walk(i + 1, matched, total);
    for (const { j, score } of options[i]!) {
      if (free[j]! <= 0) continue;
      free[j]!--;
      walk(i + 1, matched + 1, total + score);
      free[j]!++;
    }
  };
  walk(0, 0, 0);
  return best;
}

describe('assignPool and rankMentors on random organisations', () => {
  it('never break a hard rule or a capacity, and the pool is optimal (brute force)', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const { ctx, mentees, mentors } = build(org);
        const result = assignPool(mentees, mentors, ctx);
        const byId = new Map(mentors.map((m) => [m.personId, m]));
        const load = new Map<string, number>();
        for (const pair of result.pairs) {
          const who = mentees.find((m) => m.personId === pair.menteeId)!;
          const by = byId.get(pair.mentorId)!;
          expect(hardRuleViolations(who, by, ctx)).toEqual([]);
          expect(scoreMatch(who, by, ctx.weights)).toEqual({
            mentorId: by.personId,
            score: pair.score,
            breakdown: pair.breakdown,
          });
          load.set(by.personId, (load.get(by.personId) ?? 0) + 1);
        }
        for (const [personId, count] of load) {
          const by = byId.get(personId)!;
          expect(by.activeMentees + count).toBeLessThanOrEqual(by.capacity);
        }
        // Every mentee is reported exactly once.
        const reported = [...result.pairs.map((p) => p.menteeId), ...result.unmatched.map((u) => u.menteeId)];
        expect(reported.sort()).toEqual(mentees.map((m) => m.personId).sort());
        expect(result.totalScore).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));

        const best = bruteForce(mentees, mentors, ctx);
        expect(result.pairs.length).toBe(best.matched);
        expect(result.totalScore).toBe(best.total);

        for (const who of mentees) {
          const { ranked, featuredMentorId } = rankMentors(who, mentors, ctx);
          const eligible = mentors.filter((by) => hardRuleViolations(who, by, ctx).length === 0);
          expect(ranked.map((r) => r.mentorId).sort()).toEqual(eligible.map((m) => m.personId).sort());
          expect(featuredMentorId).toBe(ranked.length > 0 ? featuredMentorId : null);
          if (featuredMentorId !== null) expect(ranked.map((r) => r.mentorId)).toContain(featuredMentorId);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const { ctx, mentees, mentors } = build(org);
        expect(assignPool(mentees, mentors, ctx)).toEqual(assignPool(mentees, mentors, ctx));
      }),
      { numRuns: 50 },
    );
  });

  it('fills many places at once: more mentees than places, every place used by the best total', () => {
    // 12 mentees over 3 mentors with 2 places each; mentee k wants level (k % 5) + 1.
    const mentees = Array.from({ length: 12 }, (_, k) =>
      mentee(`e${k}`, { wants: [{ competencyId: 'c-lead', level: (k % 5) + 1 }] }),
    );
    const mentors = [
      mentor('m1', { offers: [{ competencyId: 'c-lead', level: 1 }] }),
      mentor('m2'),
      mentor('m3'),
    ];
    const ctx = context();
    const result = assignPool(mentees, mentors, ctx);
    expect(result.pairs).toHaveLength(6);
    expect(result.unmatched).toHaveLength(6);
    expect(result.totalScore).toBe(bruteForce(mentees, mentors, ctx).total);
  });
});

/** Reference: successive shortest paths with Bellman-Ford on an explicit graph; returns [flow, cost]. */
function referenceMinCostFlow(
  left: number[],
  right: number[],
  edges: Array<[number, number, number]>,
): [number, number] {
  const L = left.length;
  const n = L + right.length + 2;
  const source = n - 2;
  const sink = n - 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: n }, () => []);
  const add = (a: number, b: number, c: number, w: number) => {
    out[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
    out[b]!.push(to.length);
    to.push(a);
    cap.push(0);
    cost.push(-w);
  };
  for (const [l, c] of left.entries()) add(source, l, c, 0);
  for (const [r, c] of right.entries()) add(L + r, sink, c, 0);
  for (const [l, r, w] of edges) add(l, L + r, 1, w);
  let flow = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(n).fill(-1);
    dist[source] = 0;
    for (let pass = 0; pass < n; pass++) {
      let changed = false;
      for (let a = 0; a < n; a++) {
        if (dist[a] === Number.POSITIVE_INFINITY) continue;
        for (const e of out[a]!) {
          if (cap[e]! > 0 && dist[a]! + cost[e]! < dist[to[e]!]!) {
            dist[to[e]!] = dist[a]! + cost[e]!;
            via[to[e]!] = e;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (dist[sink] === Number.POSITIVE_INFINITY) return [flow, total];
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]!--;
      cap[via[v]! ^ 1]!++;
    }
    flow++;
    total += dist[sink]!;
  }
}

describe('maxFlowMinCost', () => {
  it('matches a plain Bellman-Ford min-cost flow on random medium graphs', () => {
    const graph = fc
      .record({ L: fc.integer({ min: 1, max: 25 }), R: fc.integer({ min: 1, max: 10 }) })
      .chain(({ L, R }) =>
        fc.record({
          left: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: L, maxLength: L }),
          right: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: R, maxLength: R }),
          // Per left node, a cost (or none) to each right node; few distinct costs make many ties.
          costs: fc.array(
            fc.array(
              fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(10, 20, 30)), { freq: 2 }),
              {
                minLength: R,
                maxLength: R,
              },
            ),
            { minLength: L, maxLength: L },
          ),
        }),
      );
    fc.assert(
      fc.property(graph, ({ left, right, costs }) => {
        const edges: Array<[number, number, number]> = [];
        costs.forEach((row, l) => {
          row.forEach((w, r) => {
            if (w !== null) edges.push([l, r, w]);
          });
        });
        const edgeStart = new Int32Array(left.length + 1);
        for (const [l] of edges) edgeStart[l + 1]!++;
        for (let l = 0; l < left.length; l++) edgeStart[l + 1]! += edgeStart[l]!;
        const flow = maxFlowMinCost({
          leftCount: left.length,
          rightCount: right.length,
          leftCapacity: Int32Array.from(left),
          rightCapacity: Int32Array.from(right),
          edgeStart,
          edgeRight: Int32Array.from(edges, (e) => e[1]),
          edgeCost: Int32Array.from(edges, (e) => e[2]),
        });
        const usedLeft = left.map(() => 0);
        const usedRight = right.map(() => 0);
        let units = 0;
        let total = 0;
        edges.forEach(([l, r, w], e) => {
          if (!flow[e]) return;
          usedLeft[l]!++;
          usedRight[r]!++;
          units++;
          total += w;
        });
        for (const [l, u] of usedLeft.entries()) expect(u).toBeLessThanOrEqual(left[l]!);
        for (const [r, u] of usedRight.entries()) expect(u).toBeLessThanOrEqual(right[r]!);
        expect([units, total]).toEqual(referenceMinCostFlow(left, right, edges));
      }),
      { numRuns: 300 },
    );
  });

  it('prefers more flow over a cheaper smaller flow, then the cheapest', () => {
    // Left 0 reaches right 0 (cost 0) and right 1 (cost 90); left 1 reaches only right 0 (cost 50).
    // Max flow 2 needs 0→1 and 1→0 (140), though 0→0 alone costs 0.
    const flow = maxFlowMinCost({
      leftCount: 2,
      rightCount: 2,
      leftCapacity: Int32Array.of(1, 1),
      rightCapacity: Int32Array.of(1, 1),
      edgeStart: Int32Array.of(0, 2, 3),
      edgeRight: Int32Array.of(0, 1, 0),
      edgeCost: Int32Array.of(0, 90, 50),
    });
    expect([...flow]).toEqual([0, 1, 1]);
  });
});
