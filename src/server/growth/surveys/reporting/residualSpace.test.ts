import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSpan } from './exactSpan.testing';
import { ResidualSpace } from './residualSpace';

const WIDTH = 8;
const subsets = fc.array(fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), {
  minLength: 2,
  maxLength: 14,
});

function dense(atoms: readonly number[]): number[] {
  return Array.from({ length: WIDTH }, (_, index) => (atoms.includes(index) ? 1 : 0));
}

describe('ResidualSpace (modular) against exact rational elimination', () => {
  it('answers "derivable?" and "would accepting this reveal that?" as exact arithmetic does', () => {
    fc.assert(
      fc.property(subsets, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (vectors, accepts) => {
        const space = new ResidualSpace(vectors);
        const exact = new ExactSpan(WIDTH);
        const tracked = new Set(vectors.keys());
        vectors.forEach((vector, id) => {
          if (!tracked.has(id)) return;
          expect(space.isDerivable(id)).toBe(exact.contains(dense(vector)));
          if (!accepts[id]) return;
          const revealed = space.wouldReveal(id);
          const after = new ExactSpan(WIDTH);
          for (const [other, v] of vectors.entries())
            if (!tracked.has(other) || other === id) after.add(dense(v));
          for (const other of tracked) {
            if (other === id || exact.contains(dense(vectors[other]!))) continue;
            expect(revealed.includes(other)).toBe(after.contains(dense(vectors[other]!)));
          }
          space.accept(id);
          exact.add(dense(vector));
          tracked.delete(id);
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
