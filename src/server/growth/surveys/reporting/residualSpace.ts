/**
 * Incremental Gaussian elimination over 0/1 vectors on atoms, kept as residuals: for every tracked
 * vector, what is left of it after subtracting everything already accepted into the span. A vector
 * is derivable from the accepted ones exactly when its residual is zero, and accepting one more
 * vector makes a tracked vector derivable exactly when their residuals are proportional. The plan
 * asks both questions thousands of times, so the residuals are kept sparse with a column index.
 *
 * Arithmetic is modulo a prime below 2^26 (products of two residues stay exact in a double); the
 * test-side checker repeats the audit with exact rationals (README.md).
 */
const PRIME = 67_108_859;

export class ResidualSpace {
  private readonly rows: (Map<number, number> | null)[];
  private readonly columns = new Map<number, Set<number>>();

  /** `vectors[id]` lists the atoms with coefficient 1. */
  constructor(vectors: readonly (readonly number[])[]) {
    this.rows = vectors.map((atoms, id) => {
      const row = new Map<number, number>();
      for (const atom of atoms) {
        row.set(atom, 1);
        this.column(atom).add(id);
      }
      return row;
    });
  }

  /** True when the vector already follows from the accepted ones. */
  isDerivable(id: number): boolean {
    return this.row(id).size === 0;
  }

  /** The other tracked vectors that accepting `id` would make derivable. */
  wouldReveal(id: number): number[] {
    const row = this.row(id);
    if (row.size === 0) return [];
    const atom = this.sparsestAtom(row);
    const scale = inverse(row.get(atom)!);
    const revealed: number[] = [];
    for (const other of this.columns.get(atom) ?? []) {
      if (other === id) continue;
      const candidate = this.rows[other]!;
      if (candidate.size !== row.size) continue;
      const factor = mul(candidate.get(atom)!, scale);
      let proportional = true;
      for (const [key, value] of row) {
        if (candidate.get(key) !== mul(value, factor)) {
          proportional = false;
          break;
        }
      }
      if (proportional) revealed.push(other);
    }
    return revealed;
  }

  /** Adds the vector to the span and stops tracking it. */
  accept(id: number): void {
    const row = this.row(id);
    if (row.size > 0) {
      const pivot = this.sparsestAtom(row);
      const scale = inverse(row.get(pivot)!);
      for (const [key, value] of row) row.set(key, mul(value, scale));
      for (const other of [...this.columns.get(pivot)!]) {
        if (other !== id) this.subtract(other, row, this.rows[other]!.get(pivot)!);
      }
    }
    for (const atom of row.keys()) this.columns.get(atom)!.delete(id);
    this.rows[id] = null;
  }

  private subtract(target: number, row: ReadonlyMap<number, number>, factor: number): void {
    const residual = this.rows[target]!;
    for (const [key, value] of row) {
      const next = ((((residual.get(key) ?? 0) - mul(value, factor)) % PRIME) + PRIME) % PRIME;
      if (next === 0) {
        residual.delete(key);
        this.columns.get(key)!.delete(target);
      } else {
        residual.set(key, next);
        this.column(key).add(target);
      }
    }
  }

  /** The atom of a residual shared with the fewest other residuals: least fill-in as pivot. */
  private sparsestAtom(row: ReadonlyMap<number, number>): number {
    let best = -1;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const atom of row.keys()) {
      const size = this.columns.get(atom)!.size;
      if (size < bestSize) {
        best = atom;
        bestSize = size;
      }
    }
    return best;
  }

  private row(id: number): Map<number, number> {
    const row = this.rows[id];
    if (!row) throw new Error(`vector ${id} is no longer tracked`);
    return row;
  }

  private column(atom: number): Set<number> {
    let column = this.columns.get(atom);
    if (!column) {
      column = new Set();
      this.columns.set(atom, column);
    }
    return column;
  }
}

function mul(a: number, b: number): number {
  return (a * b) % PRIME;
}

/** Modular inverse by the extended Euclidean algorithm. */
function inverse(value: number): number {
  let [oldR, r] = [value, PRIME];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const quotient = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - quotient * r];
    [oldS, s] = [s, oldS - quotient * s];
  }
  return ((oldS % PRIME) + PRIME) % PRIME;
}
