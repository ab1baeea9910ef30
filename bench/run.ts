// `npm run bench [-- --people N]`: the benchmarks in this folder, one after another.
import { main as seedBenchmark } from './seed.bench';

await seedBenchmark();
