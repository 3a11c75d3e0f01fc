/** Types of check-cycles.mjs, for the tests that load it. */
export interface ImportEdge {
  from: string
  /** Undefined: the file itself, with or without imports. */
  to?: string
  typeOnly?: boolean
  dynamic?: boolean
}
export declare const LAYERS: Array<{ name: string; packages: string[]; says: string }>
export declare function readImports(): ImportEdge[]
export declare function checkImports(edges?: ImportEdge[]): { problems: string[]; modules: number }
