/** Types for bench/generateCsv.mjs, so TypeScript tests can use the same generator. */
export declare const ACLED_HEADER: string;
export declare function writeAcledCsv(file: string, size: number, seed?: number): Promise<string>;
export declare function ensureAcledCsv(dir: string, size: number, seed?: number): Promise<string>;
