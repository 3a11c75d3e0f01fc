/** Types of copied-defaults.mjs, for the tests that load it. */
export declare function copiedDefaults(
  source: string,
  defaults: Record<string, string>
): Array<[string, string]>
