/** Types of copied-defaults.mjs, for the tests that load it. */
export declare function copiedDefaults(
  source: string,
  defaults: Record<string, string>,
  options?: { anywhere?: boolean }
): Array<[string, string]>

export declare function inputTables(source: string): Map<string, string>

export declare function constantFallbacks(source: string): string[]

export declare function copiedLists(
  source: string,
  defaults: Record<string, string>
): Array<[string, string]>
