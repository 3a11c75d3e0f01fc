/** Types of readme.mjs, for the TypeScript benchmarks. */
export declare const README: string
export declare function runLine(): string
export declare function writeSection(name: string, lines: string[], file?: string): void
export declare function mediansTable(samples: Record<string, number[]>, runs: number): string[]
export declare function median(values: number[]): number
