import { describeMatrixShard } from './runShard';

/** A quarter of the authorization matrix's rows; see `runShard.ts` and `shards.ts`. */
describeMatrixShard(3);
