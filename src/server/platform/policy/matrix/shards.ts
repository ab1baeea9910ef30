import { createHash } from 'node:crypto';
import type { MatrixRow } from './types';

/**
 * The authorization matrix runs as this many test files (`authorizationMatrix.shardN.test.ts`), so
 * vitest can spread its thousands of requests over workers. A file per shard, not one file with
 * `describe.concurrent`: a worker runs one file at a time, and each shard needs its own harness.
 */
export const MATRIX_SHARDS = 4;

/**
 * The shard (1-based) a row runs in: a hash of its route key, so the split never depends on the
 * order of the rows files, and a row added anywhere moves no other row to another shard.
 */
export function shardOf(route: string, shards = MATRIX_SHARDS): number {
  return (createHash('sha256').update(route).digest().readUInt32BE(0) % shards) + 1;
}

/** The rows of one shard, in the matrix's own order. */
export function rowsOfShard(rows: readonly MatrixRow[], shard: number, shards = MATRIX_SHARDS): MatrixRow[] {
  return rows.filter((row) => shardOf(row.route, shards) === shard);
}
