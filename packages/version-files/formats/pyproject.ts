import type { FollowedFile, FormatFindings, VersionOccurrence } from '../types.js'
import { followAttr, followPath } from './follow.js'
import { parseTomlFile, scanTomlStrings, tomlTable, tomlVersionAt } from './toml-scanner.js'

/** Build tools that derive the version from the git tag when they are in `build-system.requires`. */
const TAG_BACKENDS =
  /^(setuptools[-_]scm|hatch-vcs|versioneer|poetry-dynamic-versioning|dunamai)\b/i

/**
 * pyproject.toml: `[project] version` (PEP 621), `[tool.poetry] version`, and the release tools'
 * copies kept in step (`[tool.commitizen] version`, `[tool.bumpversion] current_version`). With
 * `dynamic = ["version"]` the file names where the build backend reads it: a file it points at
 * is followed (`[tool.hatch.version] path`, `[tool.setuptools.dynamic] version = {attr|file}`),
 * a VCS source (hatch-vcs, setuptools-scm, pdm scm) derives it from the git tag.
 */
export function readPyproject(text: string, file: string): FormatFindings {
  const data = parseTomlFile(text, file)
  const strings = scanTomlStrings(text)
  const project = tomlTable(data.project)
  const tool = tomlTable(data.tool)
  const poetry = tomlTable(tool?.poetry)
  const occurrences: VersionOccurrence[] = []
  const at = (path: string[], value: unknown, field: string) => {
    if (value !== undefined)
      occurrences.push(tomlVersionAt(text, file, strings, path, value, field))
  }
  at(['project', 'version'], project?.version, '[project] version')
  // poetry-dynamic-versioning keeps a placeholder ("0.0.0") in [tool.poetry] version.
  const poetryDynamic = tomlTable(tool?.['poetry-dynamic-versioning'])?.enable === true
  if (!poetryDynamic) at(['tool', 'poetry', 'version'], poetry?.version, '[tool.poetry] version')
  const written = occurrences.length > 0
  const commitizen = tomlTable(tool?.commitizen)
  at(['tool', 'commitizen', 'version'], commitizen?.version, '[tool.commitizen] version')
  const bumpversion = tomlTable(tool?.bumpversion)
  at(
    ['tool', 'bumpversion', 'current_version'],
    bumpversion?.current_version,
    '[tool.bumpversion] current_version'
  )
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version')
  const name = typeof project?.name === 'string' ? project.name : undefined
  if (poetryDynamic) {
    return {
      occurrences,
      dynamic: '[tool.poetry-dynamic-versioning] enable = true: the version comes from git tags',
      fromTag: true
    }
  }
  if (!dynamic || written) return { occurrences, ...(name ? { packageName: name } : {}) }
  const source = dynamicSource(data, file)
  return {
    occurrences,
    dynamic: `[project] dynamic = ["version"]: ${source.reason}`,
    ...(source.fromTag ? { fromTag: true } : {}),
    ...(source.follows ? { follows: source.follows } : {})
  }
}

interface DynamicSource {
  reason: string
  fromTag?: boolean
  follows?: FollowedFile[]
}

/** Where the build backend takes a dynamic version from, as far as the file says. */
function dynamicSource(data: Record<string, unknown>, file: string): DynamicSource {
  const tool = tomlTable(data.tool)
  const setuptools = tomlTable(tomlTable(tomlTable(tool?.setuptools)?.dynamic)?.version)
  const hatch = tomlTable(tomlTable(tool?.hatch)?.version)
  const pdm = tomlTable(tomlTable(tool?.pdm)?.version)
  const attr = setuptools?.attr
  const versionFile = setuptools?.file
  const pathOf = (path: string, namedBy: string) =>
    followPath(path, /\.py$/.test(path) ? 'python-module' : 'VERSION', `${file} ${namedBy}`)
  if (typeof attr === 'string') {
    const follow = followAttr(attr, `${file} [tool.setuptools.dynamic] version`)
    return {
      reason: `setuptools reads it from attr ${attr}`,
      ...(follow ? { follows: [follow] } : {})
    }
  }
  if (typeof versionFile === 'string') {
    return {
      reason: `setuptools reads it from ${versionFile}`,
      follows: [pathOf(versionFile, '[tool.setuptools.dynamic] version')]
    }
  }
  if (hatch?.source === 'vcs' || pdm?.source === 'scm' || tool?.setuptools_scm !== undefined) {
    return { reason: 'the build backend takes it from git tags', fromTag: true }
  }
  if (typeof hatch?.path === 'string') {
    return {
      reason: `hatch reads it from ${hatch.path}`,
      follows: [pathOf(hatch.path, '[tool.hatch.version] path')]
    }
  }
  if (typeof pdm?.path === 'string') {
    return {
      reason: `pdm reads it from ${pdm.path}`,
      follows: [pathOf(pdm.path, '[tool.pdm.version] path')]
    }
  }
  const buildSystem = tomlTable(data['build-system'])
  const requires: unknown[] = Array.isArray(buildSystem?.requires) ? buildSystem.requires : []
  const tagTool = requires.find((r) => typeof r === 'string' && TAG_BACKENDS.test(r))
  if (typeof tagTool === 'string') {
    return { reason: `${tagTool.split(/[<>=!~;\s[]/)[0]} takes it from git tags`, fromTag: true }
  }
  const backend = buildSystem?.['build-backend']
  const project = tomlTable(data.project)
  if (typeof backend === 'string' && backend.startsWith('flit')) {
    const flitModule = tomlTable(tomlTable(tool?.flit)?.module)?.name
    const module = typeof flitModule === 'string' ? flitModule : project?.name
    const follow =
      typeof module === 'string'
        ? followAttr(`${module.replace(/-/g, '_')}.__version__`, `${file} (flit)`)
        : undefined
    return {
      reason: 'flit reads __version__ from the package module',
      ...(follow ? { follows: [follow] } : {})
    }
  }
  return { reason: 'the build backend computes it; bump the file it reads instead' }
}
