/**
 * Scoring tables: every profile turned once into typed arrays (competencies, languages, slots and
 * departments interned to small integers), so that scoring one pair is a few array reads. The whole
 * pool (2,000 × 800 pairs) is scored through here; `scoreMatch` builds the same tables for a single
 * pair, so a suggestion on screen and a pool assignment can never disagree about a score.
 */
import { defaultMatchingWeights, type MatchingWeights, type MenteeInput, type MentorInput } from './types';

/** Part order in every Int32Array of tenths below. */
export const partNames = ['skills', 'gaps', 'crossFunction', 'languageTimeZone', 'availability'] as const;
export const partCount = partNames.length;

/** Weights rescaled to sum to 100, and the most tenths each part may earn. */
export interface NormalisedWeights {
  readonly points: Float64Array;
  readonly maxTenths: Int32Array;
}

/**
 * Negative or non-finite weights count as 0; weights that do not sum to 100 are scaled so they do,
 * keeping their proportions (a programme that says 5/2/1/1/1 means the same as 50/20/10/10/10).
 * All zero means "no preference" and falls back to the defaults rather than scoring everyone 0.
 */
export function normaliseWeights(weights: MatchingWeights): NormalisedWeights {
  const raw = partNames.map((name) => {
    const value = weights[name];
    return Number.isFinite(value) && value > 0 ? value : 0;
  });
  let sum = raw.reduce((total, value) => total + value, 0);
  const source = sum > 0 ? raw : partNames.map((name) => defaultMatchingWeights[name]);
  if (sum <= 0) sum = 100;
  const points = new Float64Array(partCount);
  const maxTenths = new Int32Array(partCount);
  for (let k = 0; k < partCount; k++) {
    points[k] = ((source[k] ?? 0) * 100) / sum;
    // Floor, so a rounded part never shows more than its weight and the parts never exceed 100.
    maxTenths[k] = Math.floor(points[k]! * 10 + 1e-9);
  }
  return { points, maxTenths };
}

class Interner {
  readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** Levels are 1..5 integers; anything else is clamped (and rounded) into that range. */
function clampLevel(level: number, min: number): number {
  if (!Number.isFinite(level)) return min;
  return Math.min(5, Math.max(min, Math.round(level)));
}

const norm = (code: string) => code.trim().toLowerCase();

/** Fixed-width bitsets, one row per person, for languages and availability slots. */
class BitRows {
  readonly words: number;
  readonly bits: Uint32Array;
  readonly counts: Int32Array;
  constructor(rows: string[][], interner: Interner) {
    const ids = rows.map((codes) =>
      [...new Set(codes.map(norm).filter((code) => code !== ''))].map((c) => interner.id(c)),
    );
    this.words = Math.max(1, Math.ceil(interner.ids.size / 32));
    this.bits = new Uint32Array(rows.length * this.words);
    this.counts = new Int32Array(rows.length);
    ids.forEach((list, row) => {
      for (const id of list) this.bits[row * this.words + (id >>> 5)]! |= 1 << (id & 31);
      this.counts[row] = list.length;
    });
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function sharedBits(a: BitRows, rowA: number, b: BitRows, rowB: number): number {
  let shared = 0;
  const words = a.words; // both built with the same interner, hence the same width
  for (let w = 0; w < words; w++) shared += popcount(a.bits[rowA * words + w]! & b.bits[rowB * words + w]!);
  return shared;
}

export interface ScoringTables {
  readonly competencyCount: number;
  /** mentorLevels[mentor * competencyCount + competency] = offered level 0..5 (0 = not offered). */
  readonly mentorLevels: Uint8Array;
  /** CSR lists per mentee: wanted competency and target level (deduplicated, highest target kept). */
  readonly wantStart: Int32Array;
  readonly wantCompetency: Int32Array;
  readonly wantTarget: Uint8Array;
  /** CSR lists per mentee: distinct gap competencies. */
  readonly gapStart: Int32Array;
  readonly gapCompetency: Int32Array;
  readonly menteeDepartment: Int32Array;
  readonly mentorDepartment: Int32Array;
  readonly menteeOffset: Float64Array;
  readonly mentorOffset: Float64Array;
  readonly menteePrefersCross: Uint8Array;
  readonly menteeLanguages: BitRows;
  readonly mentorLanguages: BitRows;
  readonly menteeSlots: BitRows;
  readonly mentorSlots: BitRows;
}

export function buildScoringTables(
  mentees: readonly MenteeInput[],
  mentors: readonly MentorInput[],
): ScoringTables {
  const competencies = new Interner();
  for (const mentor of mentors) for (const offer of mentor.offers) competencies.id(offer.competencyId);
  // Only competencies some mentor offers can earn points; the rest all map to "not offered".
  const offeredCount = competencies.ids.size;
  const competencyOf = (id: string) => competencies.ids.get(id) ?? -1;

  const mentorLevels = new Uint8Array(Math.max(1, mentors.length * offeredCount));
  mentors.forEach((mentor, j) => {
    for (const offer of mentor.offers) {
      const at = j * offeredCount + competencyOf(offer.competencyId);
      mentorLevels[at] = Math.max(mentorLevels[at]!, clampLevel(offer.level, 0));
    }
  });

  const wantStart = new Int32Array(mentees.length + 1);
  const gapStart = new Int32Array(mentees.length + 1);
  const wantCompetency: number[] = [];
  const wantTarget: number[] = [];
  const gapCompetency: number[] = [];
  mentees.forEach((mentee, i) => {
    const targets = new Map<string, number>();
    for (const want of mentee.wants) {
      targets.set(
        want.competencyId,
        Math.max(targets.get(want.competencyId) ?? 1, clampLevel(want.level, 1)),
      );
    }
    for (const [id, target] of targets) {
      wantCompetency.push(competencyOf(id));
      wantTarget.push(target);
    }
    wantStart[i + 1] = wantCompetency.length;
    for (const id of new Set(mentee.gapCompetencyIds)) gapCompetency.push(competencyOf(id));
    gapStart[i + 1] = gapCompetency.length;
  });

  const departments = new Interner();
  const department = (id: string | null) => (id === null || id === '' ? -1 : departments.id(id));
  const offset = (minutes: number | null) =>
    minutes !== null && Number.isFinite(minutes) ? minutes : Number.NaN;
  const languages = new Interner();
  const slots = new Interner();
  // Intern both sides before building rows, so all four bitsets share one width.
  for (const person of [...mentees, ...mentors]) {
    for (const code of person.languages) if (norm(code) !== '') languages.id(norm(code));
    for (const code of person.availability) if (norm(code) !== '') slots.id(norm(code));
  }
  return {
    competencyCount: offeredCount,
    mentorLevels,
    wantStart,
    wantCompetency: Int32Array.from(wantCompetency),
    wantTarget: Uint8Array.from(wantTarget),
    gapStart,
    gapCompetency: Int32Array.from(gapCompetency),
    menteeDepartment: Int32Array.from(mentees, (m) => department(m.departmentId)),
    mentorDepartment: Int32Array.from(mentors, (m) => department(m.departmentId)),
    menteeOffset: Float64Array.from(mentees, (m) => offset(m.utcOffsetMinutes)),
    mentorOffset: Float64Array.from(mentors, (m) => offset(m.utcOffsetMinutes)),
    menteePrefersCross: Uint8Array.from(mentees, (m) => (m.prefersCrossFunction ? 1 : 0)),
    menteeLanguages: new BitRows(
      mentees.map((m) => m.languages),
      languages,
    ),
    mentorLanguages: new BitRows(
      mentors.map((m) => m.languages),
      languages,
    ),
    menteeSlots: new BitRows(
      mentees.map((m) => m.availability),
      slots,
    ),
    mentorSlots: new BitRows(
      mentors.map((m) => m.availability),
      slots,
    ),
  };
}

/** Time zones further apart than this earn no time-zone points (little shared working day is left). */
const fullDistanceMinutes = 6 * 60;
/** What a part earns when one side has not said (no wants, no shared gaps, no languages, …). */
const unknownShare = 0.5;

/**
 * Scores mentee `i` against mentor `j`: writes the tenths of a point each part earns into `tenths`
 * and returns the integer score, the half-up rounding of the sum of the shown one-decimal parts (so
 * the number on screen is always the rounded sum of the breakdown on screen).
 */
export function scorePair(
  t: ScoringTables,
  i: number,
  j: number,
  weights: NormalisedWeights,
  tenths: Int32Array,
): number {
  const shares = scratchShares;

  // Skills: mean over wanted skills of min(offered, target) / target.
  const wantFrom = t.wantStart[i]!;
  const wantTo = t.wantStart[i + 1]!;
  if (wantTo === wantFrom) shares[0] = unknownShare;
  else {
    let sum = 0;
    const row = j * t.competencyCount;
    for (let k = wantFrom; k < wantTo; k++) {
      const competency = t.wantCompetency[k]!;
      const target = t.wantTarget[k]!;
      const offered = competency < 0 ? 0 : t.mentorLevels[row + competency]!;
      sum += Math.min(offered, target) / target;
    }
    shares[0] = sum / (wantTo - wantFrom);
  }

  // Gaps: share of the mentee's development gaps the mentor offers at any level.
  const gapFrom = t.gapStart[i]!;
  const gapTo = t.gapStart[i + 1]!;
  if (gapTo === gapFrom) shares[1] = unknownShare;
  else {
    let covered = 0;
    const row = j * t.competencyCount;
    for (let k = gapFrom; k < gapTo; k++) {
      const competency = t.gapCompetency[k]!;
      if (competency >= 0 && t.mentorLevels[row + competency]! > 0) covered++;
    }
    shares[1] = covered / (gapTo - gapFrom);
  }

  // Cross-function: only a stated preference can cost points.
  if (!t.menteePrefersCross[i]) shares[2] = 1;
  else {
    const a = t.menteeDepartment[i]!;
    const b = t.mentorDepartment[j]!;
    shares[2] = a < 0 || b < 0 ? unknownShare : a !== b ? 1 : 0;
  }

  // Language and time zone: half each.
  const languagesA = t.menteeLanguages.counts[i]!;
  const languagesB = t.mentorLanguages.counts[j]!;
  const language =
    languagesA === 0 || languagesB === 0
      ? unknownShare
      : sharedBits(t.menteeLanguages, i, t.mentorLanguages, j) > 0
        ? 1
        : 0;
  const offsetA = t.menteeOffset[i]!;
  const offsetB = t.mentorOffset[j]!;
  let zone = unknownShare;
  if (!Number.isNaN(offsetA) && !Number.isNaN(offsetB)) {
    // Distance on the 24-hour clock: UTC+14 and UTC−10 keep the same working hours.
    let distance = Math.abs(offsetA - offsetB) % 1440;
    if (distance > 720) distance = 1440 - distance;
    zone = distance >= fullDistanceMinutes ? 0 : 1 - distance / fullDistanceMinutes;
  }
  shares[3] = (language + zone) / 2;

  // Availability: common slots out of the slots of whichever side listed fewer.
  const slotsA = t.menteeSlots.counts[i]!;
  const slotsB = t.mentorSlots.counts[j]!;
  shares[4] =
    slotsA === 0 || slotsB === 0
      ? unknownShare
      : sharedBits(t.menteeSlots, i, t.mentorSlots, j) / Math.min(slotsA, slotsB);

  let total = 0;
  for (let k = 0; k < partCount; k++) {
    const earned = Math.round(weights.points[k]! * shares[k]! * 10 + 1e-9);
    const capped = Math.min(earned, weights.maxTenths[k]!);
    tenths[k] = capped;
    total += capped;
  }
  return Math.floor((total + 5) / 10);
}

const scratchShares = new Float64Array(partCount);
