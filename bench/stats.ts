/** Latency figures over repeated runs, after a few warm-up runs that are not counted. */
export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

export async function measure(fn: () => Promise<unknown>, runs = 50, warmUp = 5): Promise<Latency> {
  for (let i = 0; i < warmUp; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
