import type { ResponseRecord } from './types';

/** The bucket value of a response that lacks the attribute: reported as a group of its own. */
export const UNSPECIFIED = '';

/**
 * The finest partition of a round's responses: one atom per combination of bucket values that
 * somebody answered with. Every figure the engine shows is a sum over atoms, so aggregating once
 * (O(responses)) lets every later step work on a few thousand atoms instead of 50,000 rows.
 */
export interface Atom {
  /** Bucket value per attribute, in `AtomTable.attributes` order. */
  values: string[];
  n: number;
  /** Likert sum and answer count per question, indexed as `AtomTable.questionIds`. */
  scoreSums: number[];
  scoreCounts: number[];
  enpsAnswers: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface AtomTable {
  /** Reporting attributes, sorted. */
  attributes: string[];
  /** Distinct values seen per attribute, sorted. */
  values: Map<string, string[]>;
  atoms: Atom[];
  /** Every question id answered in the round; the index of a question in the atoms' score arrays. */
  questionIds: string[];
  respondents: number;
}

export function aggregateAtoms(responses: readonly ResponseRecord[]): AtomTable {
  const attributeSet = new Set<string>();
  for (const response of responses) for (const key of Object.keys(response.buckets)) attributeSet.add(key);
  const attributes = [...attributeSet].sort();
  const byKey = new Map<string, Atom>();
  const questionIndex = new Map<string, number>();
  for (const response of responses) {
    // One string per response and no array: this loop runs 50,000 times on a large round.
    let key = '';
    for (const attribute of attributes) key += `${response.buckets[attribute] ?? UNSPECIFIED}\u0000`;
    let atom = byKey.get(key);
    if (!atom) {
      atom = emptyAtom(attributes.map((attribute) => response.buckets[attribute] ?? UNSPECIFIED));
      byKey.set(key, atom);
    }
    addResponse(atom, response, questionIndex);
  }
  const atoms = [...byKey.values()];
  const values = new Map(
    attributes.map((attribute, index) => [
      attribute,
      [...new Set(atoms.map((atom) => atom.values[index]!))].sort(),
    ]),
  );
  return { attributes, values, atoms, questionIds: [...questionIndex.keys()], respondents: responses.length };
}

function emptyAtom(values: string[]): Atom {
  return {
    values,
    n: 0,
    scoreSums: [],
    scoreCounts: [],
    enpsAnswers: 0,
    promoters: 0,
    passives: 0,
    detractors: 0,
  };
}

function addResponse(atom: Atom, response: ResponseRecord, questionIndex: Map<string, number>): void {
  atom.n += 1;
  for (const questionId in response.scores) {
    const score = response.scores[questionId]!;
    if (!Number.isFinite(score)) continue;
    let index = questionIndex.get(questionId);
    if (index === undefined) {
      index = questionIndex.size;
      questionIndex.set(questionId, index);
    }
    atom.scoreSums[index] = (atom.scoreSums[index] ?? 0) + score;
    atom.scoreCounts[index] = (atom.scoreCounts[index] ?? 0) + 1;
  }
  if (response.enps === null || !Number.isFinite(response.enps)) return;
  atom.enpsAnswers += 1;
  if (response.enps >= 9) atom.promoters += 1;
  else if (response.enps >= 7) atom.passives += 1;
  else atom.detractors += 1;
}
