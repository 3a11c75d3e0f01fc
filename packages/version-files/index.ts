export type {
  LoadedVersionFile,
  VersionFileFormat,
  VersionFileReport,
  VersionFileSpec,
  VersionOccurrence
} from './types.js'
export { FILES_INPUT, formatOf, parseFileSpecs } from './specs.js'
export { EXPECTED_FIELD, readVersionFile, replaceVersions } from './read.js'
export {
  ROOT_VERSION_FILES,
  detectVersionFiles,
  inspectVersionFiles,
  loadVersionFiles,
  throwAll
} from './load.js'
export type { VersionFileSet } from './load.js'
export { currentVersion, planVersionBump, versionSource } from './current.js'
export type { CurrentVersion, PlannedVersionChange } from './current.js'
