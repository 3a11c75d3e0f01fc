import type { FormatFindings, VersionOccurrence } from '../types.js'
import { parseTomlFile, scanTomlStrings, tomlTable, tomlVersionAt } from './toml-scanner.js'

/**
 * pyproject.toml: `[project] version` (PEP 621) and `[tool.poetry] version`. With
 * `dynamic = ["version"]` and neither written here, the file is dynamic: the build backend
 * reads the version from somewhere else, which the reason names when it can tell.
 */
export function readPyproject(text: string, file: string): FormatFindings {
  const data = parseTomlFile(text, file)
  const strings = scanTomlStrings(text)
  const project = tomlTable(data.project)
  const tool = tomlTable(data.tool)
  const poetry = tomlTable(tool?.poetry)
  const occurrences: VersionOccurrence[] = []
  if (project?.version !== undefined) {
    occurrences.push(
      tomlVersionAt(
        text,
        file,
        strings,
        ['project', 'version'],
        project.version,
        '[project] version'
      )
    )
  }
  if (poetry?.version !== undefined) {
    const path = ['tool', 'poetry', 'version']
    occurrences.push(
      tomlVersionAt(text, file, strings, path, poetry.version, '[tool.poetry] version')
    )
  }
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version')
  if (occurrences.length > 0 || !dynamic) return { occurrences }
  return { occurrences, dynamic: `[project] dynamic = ["version"]: ${dynamicSource(data)}` }
}

/** Where the build backend takes a dynamic version from, as far as the file says. */
function dynamicSource(data: Record<string, unknown>): string {
  const tool = tomlTable(data.tool)
  const setuptools = tomlTable(tomlTable(tomlTable(tool?.setuptools)?.dynamic)?.version)
  const hatch = tomlTable(tomlTable(tool?.hatch)?.version)
  const pdm = tomlTable(tomlTable(tool?.pdm)?.version)
  const attr = setuptools?.attr
  const file = setuptools?.file
  if (typeof attr === 'string') return `setuptools reads it from attr ${attr}`
  if (typeof file === 'string' || Array.isArray(file))
    return `setuptools reads it from ${String(file)}`
  if (typeof hatch?.path === 'string') return `hatch reads it from ${hatch.path}`
  if (typeof pdm?.path === 'string') return `pdm reads it from ${pdm.path}`
  if (hatch?.source === 'vcs' || pdm?.source === 'scm' || tool?.setuptools_scm !== undefined) {
    return 'the build backend takes it from git tags'
  }
  const backend = tomlTable(data['build-system'])?.['build-backend']
  if (typeof backend === 'string' && backend.startsWith('flit')) {
    return 'flit reads __version__ from the package module'
  }
  return 'the build backend computes it; bump the file it reads instead'
}
