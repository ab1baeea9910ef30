/** Types of buildIfStale.mjs for the TypeScript that imports it (the e2e setup, via buildWeb.ts). */
export declare const root: string;
export declare function buildWebIfStale(log?: (message: string) => void): void;
export declare function buildServerIfStale(log?: (message: string) => void): void;
