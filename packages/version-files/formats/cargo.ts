import type { FormatFindings, VersionOccurrence } from '../types.js'
import { parseTomlFile, scanTomlStrings, tomlTable, tomlVersionAt } from './toml-scanner.js'

/**
 * Cargo.toml: `[package] version` and `[workspace.package] version`; dependency versions
 * (`serde = { version = "1" }`, `[dependencies.foo] version`) sit at other key paths and are
 * never touched. `version.workspace = true` makes the file dynamic: the root manifest holds it.
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
  if (occurrences.length > 0 || !inherited) return { occurrences }
  return {
    occurrences,
    dynamic:
      '[package] version.workspace = true: the version is in the workspace root Cargo.toml ' +
      '([workspace.package] version)'
  }
}
