import type { FormatFindings, VersionOccurrence } from '../types.js'
import { pinnedDependency } from './dependency-pins.js'
import {
  ARRAY_ITEM,
  parseTomlFile,
  scanTomlStrings,
  tomlTable,
  tomlVersionAt,
  type TomlString
} from './toml-scanner.js'

const DEPENDENCY_TABLES = new Set(['dependencies', 'dev-dependencies', 'build-dependencies'])

/**
 * Cargo.toml: `[package] version` and `[workspace.package] version`. `version.workspace = true`
 * makes the file dynamic: the root manifest holds it. The version requirements of the project's
 * own crates (path dependencies, in `[workspace.dependencies]` too, and pins of crates bumped in
 * the same run, like `serde_derive = "=1.0.193"`) are dependency occurrences: they move with the
 * version when they pin the current one, or a 0.x workspace would no longer resolve.
 */
export function readCargoToml(text: string, file: string): FormatFindings {
  const data = parseTomlFile(text, file)
  const strings = scanTomlStrings(text)
  const pkg = tomlTable(data.package)
  const workspacePackage = tomlTable(tomlTable(data.workspace)?.package)
  const occurrences: VersionOccurrence[] = []
  const inherited = tomlTable(pkg?.version)?.workspace === true
  if (pkg?.version !== undefined && !inherited) {
    occurrences.push(
      tomlVersionAt(text, file, strings, ['package', 'version'], pkg.version, '[package] version')
    )
  }
  if (workspacePackage?.version !== undefined) {
    const path = ['workspace', 'package', 'version']
    const field = '[workspace.package] version'
    occurrences.push(tomlVersionAt(text, file, strings, path, workspacePackage.version, field))
  }
  const pins = dependencyPins(text, file, data, strings)
  const found: FormatFindings = { occurrences, ...(pins.length > 0 ? { pins } : {}) }
  if (typeof pkg?.name === 'string') found.packageName = pkg.name
  if (occurrences.length > 0 || !inherited) return found
  return {
    ...found,
    dynamic:
      '[package] version.workspace = true: the version is in the workspace root Cargo.toml ' +
      '([workspace.package] version); list that file instead'
  }
}

/** Every dependency requirement that pins one version, with the crate it names. */
function dependencyPins(
  text: string,
  file: string,
  data: Record<string, unknown>,
  strings: TomlString[]
): VersionOccurrence[] {
  const pins: VersionOccurrence[] = []
  for (const found of strings) {
    const at = dependencyAt(found.path)
    if (!at) continue
    const entry = tomlTable(lookup(data, at.table)?.[at.key])
    const plain = at.inTable === false
    if (!plain && (!entry || typeof entry.version !== 'string')) continue
    const crate = typeof entry?.package === 'string' ? entry.package : at.key
    const field = `[${at.table.join('.')}] ${at.key}`
    const pin = pinnedDependency(
      text,
      file,
      found.start,
      found.end,
      crate,
      field,
      typeof entry?.path === 'string'
    )
    if (pin) pins.push(pin)
  }
  return pins
}

/**
 * Whether a string's key path is a dependency's version: `[dependencies] x = "1"`,
 * `x = { version = "1" }`, `[dependencies.x] version`, `[target.'cfg'.dependencies]`,
 * `[workspace.dependencies]`.
 */
function dependencyAt(
  path: string[]
): { table: string[]; key: string; inTable: boolean } | undefined {
  if (path.includes(ARRAY_ITEM)) return undefined
  const tableEnd = path.findIndex(
    (k, i) =>
      DEPENDENCY_TABLES.has(k) &&
      (i === 0 ||
        (i === 1 && path[0] === 'workspace' && k === 'dependencies') ||
        (i === 2 && path[0] === 'target'))
  )
  if (tableEnd === -1) return undefined
  const table = path.slice(0, tableEnd + 1)
  const rest = path.slice(tableEnd + 1)
  if (rest.length === 1) return { table, key: rest[0], inTable: false }
  if (rest.length === 2 && rest[1] === 'version') return { table, key: rest[0], inTable: true }
  return undefined
}

function lookup(
  data: Record<string, unknown>,
  path: string[]
): Record<string, unknown> | undefined {
  let table: Record<string, unknown> | undefined = data
  for (const key of path) table = tomlTable(table?.[key])
  return table
}
