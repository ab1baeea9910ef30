/**
 * Mentoring pool matching benchmark (issue 13 item 3: "2,000 mentees over 800 mentors in < 5 s"):
 *   npx tsx bench/mentoringMatch.bench.ts [--mentees N] [--mentors N] [--people N] [--runs N] [--seed N] [--no-write]
 *
 * Pure CPU, no database: a deterministic synthetic organisation (a random reporting tree, departments
 * under the top manager's direct reports, level ranks by the size of the part of the organisation led, 30 competencies, languages, time
 * zones, weekday availability slots, a few do-not-match lists and earlier pairs), then `assignPool`
 * timed end to end — eligibility, scoring of every pair and the min-cost max-flow. Mentors have 2
 * free places each, so 800 mentors place 1,600 of 2,000 mentees. Each result is checked (hard rules,
 * capacity, every place used) before its time counts. Also times `rankMentors` for every mentee (the
 * self-service directory). Writes the `mentoring-match` section of docs/benchmarks.md.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  assignPool,
  defaultMatchingWeights,
  hardRuleViolations,
  type MatchingContext,
  type MenteeInput,
  type MentorInput,
  pairKey,
  rankMentors,
  type SkillLevel,
} from '../src/server/growth/mentoring/matching';
import { writeReportSection } from './sections';

const { values } = parseArgs({
  options: {
    mentees: { type: 'string', default: '2000' },
    mentors: { type: 'string', default: '800' },
    people: { type: 'string', default: '6000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20261207' },
    'no-write': { type: 'boolean', default: false },
  },
});
const menteeCount = Number(values.mentees);
const mentorCount = Number(values.mentors);
const peopleCount = Math.max(Number(values.people), menteeCount + mentorCount + 1);
const runs = Math.max(1, Number(values.runs));
const targetMs = 5000;
const log = (line: string) => console.log(line);

/** mulberry32: a small deterministic generator, so every run sees the same organisation. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    for (let k = copy.length - 1; k > 0; k--) {
      const other = Math.floor(next() * (k + 1));
      [copy[k], copy[other]] = [copy[other]!, copy[k]!];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, sample };
}

const rng = generator(Number(values.seed));
const competencies = Array.from({ length: 30 }, (_, k) => `competency-${k + 1}`);
const slots = ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((day) => [`${day}-am`, `${day}-pm`]);
/** Offices: UTC offset in minutes and the local language besides English. */
const offices = [
  { offset: 60, language: 'de', share: 0.35 },
  { offset: 0, language: 'en', share: 0.2 },
  { offset: 60, language: 'fr', share: 0.1 },
  { offset: -300, language: 'en', share: 0.15 },
  { offset: -480, language: 'es', share: 0.05 },
  { offset: 330, language: 'hi', share: 0.1 },
  { offset: 540, language: 'ja', share: 0.05 },
];

// Reporting tree: a random recursive tree (each person reports to a uniformly chosen earlier person),
// which gives a realistic depth of about ln(people) and uneven spans.
const parent = new Int32Array(peopleCount).fill(-1);
const depth = new Int32Array(peopleCount);
for (let p = 1; p < peopleCount; p++) {
  parent[p] = Math.floor(rng.next() * p);
  depth[p] = depth[parent[p]!]! + 1;
}
const department = new Int32Array(peopleCount).fill(-1);
for (let p = 1; p < peopleCount; p++) department[p] = depth[p] === 1 ? p : department[parent[p]!]!;
// Euler-tour intervals: a is an ancestor of b when b's interval lies inside a's.
const children: number[][] = Array.from({ length: peopleCount }, () => []);
for (let p = 1; p < peopleCount; p++) children[parent[p]!]!.push(p);
const enter = new Int32Array(peopleCount);
const leave = new Int32Array(peopleCount);
{
  let clock = 0;
  const stack: Array<[number, number]> = [[0, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, next] = top;
    if (next === 0) enter[node] = clock++;
    const kids = children[node]!;
    if (next < kids.length) {
      top[1] = next + 1;
      stack.push([kids[next]!, 0]);
    } else {
      leave[node] = clock++;
      stack.pop();
    }
  }
}
const personId = (p: number) => `person-${String(p).padStart(6, '0')}`;
const personIndex = new Map(Array.from({ length: peopleCount }, (_, p) => [personId(p), p]));
const maxDepth = Math.max(...depth);
// Level rank from the size of the part of the organisation a person leads: 1 for someone with no
// reports, one more for each doubling, at most 7 (the top manager).
const subtreeSize = new Int32Array(peopleCount).fill(1);
for (let p = peopleCount - 1; p > 0; p--) subtreeSize[parent[p]!]! += subtreeSize[p]!;
const levelRank = (p: number) => 1 + Math.min(6, Math.floor(Math.log2(subtreeSize[p]!)));

const inside = (outer: number, inner: number) =>
  enter[outer]! <= enter[inner]! && leave[inner]! <= leave[outer]!;
function inReportingChain(a: string, b: string): boolean {
  const x = personIndex.get(a);
  const y = personIndex.get(b);
  if (x === undefined || y === undefined || x === y) return false;
  return inside(x, y) || inside(y, x);
}

function officeOf() {
  let roll = rng.next();
  for (const office of offices) {
    roll -= office.share;
    if (roll < 0) return office;
  }
  return offices[0]!;
}

function languagesFor(office: (typeof offices)[number]): string[] {
  const spoken = new Set<string>([office.language]);
  if (office.language !== 'en' && rng.next() < 0.8) spoken.add('en');
  if (rng.next() < 0.1) spoken.add(rng.pick(['de', 'fr', 'es']));
  return [...spoken];
}

function availabilityFor(): string[] {
  if (rng.next() < 0.1) return []; // not filled in
  return rng.sample(slots, rng.int(2, 6));
}

const skills = (count: number, min: number, max: number): SkillLevel[] =>
  rng.sample(competencies, count).map((competencyId) => ({ competencyId, level: rng.int(min, max) }));

// Mentors: senior people (rank 3 or more); mentees: everyone else below the top, rank 5 or less.
const everyone = rng.sample(
  Array.from({ length: peopleCount - 1 }, (_, k) => k + 1),
  peopleCount - 1,
);
const mentorPeople = everyone.filter((p) => levelRank(p) >= 3).slice(0, mentorCount);
const mentorSet = new Set(mentorPeople);
const menteePeople = everyone.filter((p) => !mentorSet.has(p) && levelRank(p) <= 5).slice(0, menteeCount);
if (mentorPeople.length < mentorCount || menteePeople.length < menteeCount)
  throw new Error('organisation too small for the requested pool; raise --people');

const mentors: MentorInput[] = mentorPeople.map((p) => {
  const office = officeOf();
  return {
    personId: personId(p),
    optedIn: true,
    capacity: 2,
    activeMentees: 0,
    levelRank: levelRank(p),
    departmentId: `department-${department[p]}`,
    offers: skills(rng.int(3, 7), 2, 5),
    languages: languagesFor(office),
    utcOffsetMinutes: rng.next() < 0.05 ? null : office.offset,
    availability: availabilityFor(),
    doNotMatch: rng.next() < 0.02 ? [personId(rng.pick(menteePeople))] : [],
  };
});
const mentees: MenteeInput[] = menteePeople.map((p) => {
  const office = officeOf();
  const wants = skills(rng.int(1, 4), 2, 5);
  return {
    personId: personId(p),
    optedIn: true,
    levelRank: levelRank(p),
    departmentId: `department-${department[p]}`,
    wants,
    gapCompetencyIds: rng.next() < 0.3 ? [] : rng.sample(competencies, rng.int(1, 3)),
    languages: languagesFor(office),
    utcOffsetMinutes: rng.next() < 0.05 ? null : office.offset,
    availability: availabilityFor(),
    doNotMatch: rng.next() < 0.02 ? [personId(rng.pick(mentorPeople))] : [],
    prefersCrossFunction: rng.next() < 0.4,
  };
});
// A previous cohort: 300 earlier (closed) pairs that must not be proposed again.
const matchedPairs = new Set<string>();
for (let k = 0; k < 300; k++)
  matchedPairs.add(pairKey(rng.pick(mentees).personId, rng.pick(mentors).personId));

const ctx: MatchingContext = {
  weights: { ...defaultMatchingWeights },
  minLevelGap: 1,
  inReportingChain,
  matchedPairs,
  menteesWithOpenMatch: new Set(),
};

function check(result: ReturnType<typeof assignPool>): void {
  const menteeById = new Map(mentees.map((m) => [m.personId, m]));
  const mentorById = new Map(mentors.map((m) => [m.personId, m]));
  const load = new Map<string, number>();
  for (const pair of result.pairs) {
    const broken = hardRuleViolations(menteeById.get(pair.menteeId)!, mentorById.get(pair.mentorId)!, ctx);
    if (broken.length > 0)
      throw new Error(`pair ${pair.menteeId}:${pair.mentorId} breaks ${broken.join(', ')}`);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  }
  for (const [id, count] of load)
    if (count > mentorById.get(id)!.capacity) throw new Error(`${id} over capacity`);
  if (result.pairs.length + result.unmatched.length !== mentees.length) throw new Error('mentees lost');
}

/** Wall-clock ms, and this process's CPU ms (user + system): the CPU figure depends less on neighbours. */
const cpuTimes: number[] = [];
const timeMs = (work: () => void) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  work();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return wall;
};
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

const loadBefore = loadavg()[0]!;
let result: ReturnType<typeof assignPool> | undefined;
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  times.push(
    timeMs(() => {
      result = assignPool(mentees, mentors, ctx);
    }),
  );
  check(result!);
  log(
    `run ${run + 1}: ${times[run]!.toFixed(0)} ms (CPU ${cpuTimes[run]!.toFixed(0)} ms), ${result!.pairs.length} matched, total score ${result!.totalScore}`,
  );
}
const poolCpu = cpuTimes.slice();
const final = result!;
const rankTimes: number[] = [];
const rankRuns = 1;
for (let run = 0; run < rankRuns; run++) {
  rankTimes.push(
    timeMs(() => {
      for (const mentee of mentees) rankMentors(mentee, mentors, ctx);
    }),
  );
}
const loadAfter = loadavg()[0]!;

const eligibleMean = (() => {
  let edges = 0;
  for (const mentee of mentees.slice(0, 200)) edges += rankMentors(mentee, mentors, ctx).ranked.length;
  return edges / 200;
})();
const reasons = new Map<string, number>();
for (const u of final.unmatched) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
const firstMs = times[0]!;
const medianMs = median(times);
const summary = [
  `${mentees.length} mentees, ${mentors.length} mentors (2 places each), ${peopleCount} people, tree depth ${maxDepth}`,
  `eligible mentors per mentee: ${eligibleMean.toFixed(0)} on average (sample of 200)`,
  `matched ${final.pairs.length}, unmatched ${[...reasons].map(([r, c]) => `${c} ${r}`).join(', ')}`,
  `mean score ${(final.totalScore / Math.max(1, final.pairs.length)).toFixed(1)}`,
  `assignPool: first run ${firstMs.toFixed(0)} ms, median ${medianMs.toFixed(0)} ms (CPU ${median(poolCpu).toFixed(0)} ms) over ${runs} runs (target < ${targetMs} ms)`,
  `rankMentors for all ${mentees.length} mentees: median ${median(rankTimes).toFixed(0)} ms (${(median(rankTimes) / mentees.length).toFixed(2)} ms each)`,
  `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} cores`,
];
for (const line of summary) log(line);

if (!values['no-write']) {
  const markdown = [
    '## Mentoring pool matching (in memory)',
    '',
    `\`npx tsx bench/mentoringMatch.bench.ts\` — no database: a deterministic synthetic organisation of ${peopleCount.toLocaleString('en')} people (random reporting tree of depth ${maxDepth}, departments under the top manager's direct reports, level ranks by the size of the part of the organisation led, 30 competencies, seven offices with their time zones and languages, weekday half-day slots, 2 % do-not-match lists, 300 earlier pairs), minimum level gap 1, default weights. \`assignPool\` is timed end to end: the hard rules and the score of every pair, then the exact min-cost max-flow (most mentees matched, then highest total score). Every result is checked against the hard rules and capacities. \`rankMentors\` is the self-service directory, computed for every mentee one after another. One Node process on ${cpus().length} shared cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}. Target: the pool under ${targetMs / 1000} s.`,
    '',
    '| Mentees | Mentors (places) | Eligible mentors per mentee | Matched | Mean score | Pool first run ms | Pool median ms | Pool CPU median ms | Directory per mentee ms | Runs |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${mentees.length.toLocaleString('en')} | ${mentors.length} (${mentors.length * 2}) | ${eligibleMean.toFixed(0)} | ${final.pairs.length.toLocaleString('en')} | ${(final.totalScore / Math.max(1, final.pairs.length)).toFixed(1)} | ${firstMs.toFixed(0)} | ${medianMs.toFixed(0)} | ${median(poolCpu).toFixed(0)} | ${(median(rankTimes) / mentees.length).toFixed(2)} | ${runs} |`,
  ].join('\n');
  const path = await writeReportSection('mentoring-match', markdown);
  log(`wrote ${path}`);
}
