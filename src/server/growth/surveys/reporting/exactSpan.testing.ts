/**
 * Test-side: the row space of integer vectors with exact arithmetic (BigInt, fraction-free
 * elimination), to decide whether a vector is a rational combination of the ones added — i.e.
 * whether a group's count and sums can be worked out from the shown ones. No floats, no modulus.
 */
export class ExactSpan {
  private readonly rows: { pivot: number; values: bigint[] }[] = [];

  constructor(private readonly width: number) {}

  get rank(): number {
    return this.rows.length;
  }

  add(vector: readonly number[]): void {
    const reduced = this.reduce(vector);
    const pivot = reduced.findIndex((value) => value !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, values: reduced });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((value) => value === 0n);
  }

  /**
   * Subtracts the rows in the order they were added: each row is zero on the pivots of the rows
   * before it, so a pivot cleared stays cleared.
   */
  private reduce(vector: readonly number[]): bigint[] {
    if (vector.length !== this.width) throw new Error('vector of the wrong width');
    let values = vector.map((value) => BigInt(value));
    for (const row of this.rows) {
      const coefficient = values[row.pivot]!;
      if (coefficient === 0n) continue;
      const scale = row.values[row.pivot]!;
      values = values.map((value, index) => value * scale - row.values[index]! * coefficient);
      values = withoutCommonFactor(values);
    }
    return values;
  }
}

function withoutCommonFactor(values: bigint[]): bigint[] {
  let divisor = 0n;
  for (const value of values) divisor = gcd(divisor, value < 0n ? -value : value);
  return divisor > 1n ? values.map((value) => value / divisor) : values;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
