/** Types of buildServer.mjs for the TypeScript that imports it (its test). */
import type { Metafile } from 'esbuild';

export declare const serverOut: string;
export declare function undeclaredPackages(
  metafile: Metafile,
  dependencies: Record<string, string>,
): Map<string, string>;
export declare function buildServer(): Promise<void>;
