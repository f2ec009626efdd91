/** Types for bench/generate.mjs, so TypeScript tests can use the same generator. */
export declare const DEFAULT_SEED: number;
export declare function mulberry32(seed: number): () => number;
export declare function parseSize(text: string): number;
export declare function documentChunks(size: number, seed?: number, chunkEvents?: number): Generator<string>;
export declare function generateDocumentText(size: number, seed?: number): string;
export declare function writeDataset(file: string, size: number, seed?: number): Promise<string>;
export declare function ensureDataset(dir: string, size: number, seed?: number): Promise<string>;
