import { describe, expect, it } from 'vitest';
import { hasWeights, isAnswered, overallScore, requiredProgress } from './reviewScore';

const q = (id: string, kind: string, weight: number | null = null, required = false) => ({
  id,
  kind,
  weight,
  required,
});

const questions = [
  q('delivery', 'rating', 60, true),
  q('craft', 'competency', 40, true),
  q('unweighted', 'rating', null),
  q('summary', 'text', null, true),
  q('proposed_rating', 'proposed_rating', null, true),
];

describe('overallScore', () => {
  it('is the weighted mean of the rated answers, the proposal and unweighted ratings left out', () => {
    const answers = [
      { questionId: 'delivery', rating: 4 },
      { questionId: 'craft', rating: 3 },
      { questionId: 'unweighted', rating: 1 },
      { questionId: 'proposed_rating', rating: 5 },
    ];
    expect(overallScore(questions, answers)).toBe(3.6);
  });

  it('leaves an unrated weighted question out rather than counting it as zero', () => {
    expect(overallScore(questions, [{ questionId: 'craft', rating: 3 }])).toBe(3);
  });

  it('follows each rating as it changes (what the form shows live equals what submit stores)', () => {
    // The demo's defect: 3.00 on the form (craft only, when the page loaded), 3.40 once delivery was rated.
    const before = overallScore(questions, [{ questionId: 'craft', rating: 3 }]);
    const after = overallScore(questions, [
      { questionId: 'craft', rating: 3 },
      { questionId: 'delivery', rating: 4 },
    ]);
    expect([before, after]).toEqual([3, 3.6]);
  });

  it('is null without weights or without any weighted rating, and rounds to three decimals', () => {
    expect(overallScore([q('a', 'rating')], [{ questionId: 'a', rating: 4 }])).toBeNull();
    expect(overallScore(questions, [])).toBeNull();
    expect(
      overallScore(
        [q('a', 'rating', 1), q('b', 'rating', 2)],
        [
          { questionId: 'a', rating: 1 },
          { questionId: 'b', rating: 2 },
        ],
      ),
    ).toBe(1.667);
  });

  it('knows whether a form has weights at all', () => {
    expect(hasWeights(questions)).toBe(true);
    expect(hasWeights([q('a', 'rating'), q('p', 'proposed_rating', 10)])).toBe(false);
  });
});

describe('required answers', () => {
  it('counts a rating question once rated and a text question once not blank', () => {
    expect(isAnswered({ kind: 'rating' }, { rating: null, text: 'a comment' })).toBe(false);
    expect(isAnswered({ kind: 'rating' }, { rating: 2 })).toBe(true);
    expect(isAnswered({ kind: 'text' }, { rating: null, text: '   ' })).toBe(false);
    expect(isAnswered({ kind: 'goals' }, { rating: null, text: 'Shipped' })).toBe(true);
    expect(isAnswered({ kind: 'text' }, undefined)).toBe(false);
  });

  it('names the unanswered required questions in form order', () => {
    const progress = requiredProgress(questions, [
      { questionId: 'craft', rating: 3 },
      { questionId: 'summary', rating: null, text: 'Good year' },
    ]);
    expect(progress).toEqual({ required: 4, answered: 2, missing: ['delivery', 'proposed_rating'] });
  });
});
