import { describe, expect, it } from 'vitest';
import { shuffle, visibleComments } from './comments';
import { segmentsComparable } from './overlap';
import type { CommentRecord, ResponseRecord } from './types';

const rules = { threshold: 5, commentThreshold: 10 };

function round(sizes: Record<string, number>) {
  const responses: ResponseRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const [department, size] of Object.entries(sizes)) {
    for (let i = 0; i < size; i += 1) {
      responses.push({ buckets: { department }, scores: {}, enps: null });
      comments.push({ buckets: { department }, questionId: 'q1', text: `${department} ${i}` });
    }
  }
  return { responses, comments, respondentCount: responses.length, rules, seed: 1 };
}

describe('visibleComments', () => {
  it('shows the round comments only from the comment threshold, with question and text alone', () => {
    expect(visibleComments(round({ A: 9 }))).toEqual({ state: 'below_threshold' });
    const view = visibleComments(round({ A: 10 }));
    expect(view.state).toBe('shown');
    if (view.state !== 'shown') return;
    expect(view.comments).toHaveLength(10);
    for (const comment of view.comments) expect(Object.keys(comment).sort()).toEqual(['questionId', 'text']);
  });

  it('refuses a group whose comments would be matched to a small remainder', () => {
    // Everyone (25) and A (22) both visible would pin three comments on B's three people.
    const request = round({ A: 22, B: 3 });
    expect(visibleComments({ ...request, filter: { department: 'A' } })).toEqual({ state: 'complementary' });
    expect(visibleComments({ ...request, filter: { department: 'B' } })).toEqual({
      state: 'below_threshold',
    });
    const split = round({ A: 12, B: 14 });
    const a = visibleComments({ ...split, filter: { department: 'A' } });
    expect(a.state === 'shown' && a.comments.every((comment) => comment.text.startsWith('A'))).toBe(true);
  });

  it('refuses finer filters, and filters it cannot size', () => {
    const request = round({ A: 30 });
    expect(visibleComments({ ...request, filter: { department: 'A', location: 'x' } })).toEqual({
      state: 'refused',
    });
    expect(visibleComments({ ...request, responses: undefined, filter: { department: 'A' } })).toEqual({
      state: 'refused',
    });
    expect(visibleComments({ ...request, filter: { department: 'Z' } })).toEqual({ state: 'no_data' });
  });

  it('orders comments by the seed alone', () => {
    const request = round({ A: 20 });
    const texts = (seed: number) => {
      const view = visibleComments({ ...request, seed });
      return view.state === 'shown' ? view.comments.map((comment) => comment.text) : [];
    };
    expect(texts(42)).toEqual(texts(42));
    expect(texts(42)).not.toEqual(texts(43));
    expect([...texts(42)].sort()).toEqual([...texts(43)].sort());
  });

  it('shuffles every position (no element stays first for every seed)', () => {
    const firsts = new Set(Array.from({ length: 50 }, (_, seed) => shuffle([1, 2, 3, 4], seed)[0]));
    expect(firsts.size).toBe(4);
  });
});

describe('segmentsComparable', () => {
  it('refuses two segments whose symmetric difference holds 1 to threshold − 1 respondents', () => {
    const people = Array.from({ length: 30 }, (_, index) => index);
    expect(segmentsComparable(people.slice(0, 20), people.slice(0, 22), rules)).toBe(false);
    expect(segmentsComparable(people.slice(0, 20), people.slice(2, 22), rules)).toBe(false);
    expect(segmentsComparable(people.slice(0, 20), people.slice(0, 25), rules)).toBe(true);
    expect(segmentsComparable(people.slice(0, 20), people.slice(0, 20), rules)).toBe(true);
  });
});
