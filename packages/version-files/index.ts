export type {
  LoadedVersionFile,
  VersionFileFormat,
  VersionFileReport,
  VersionFileSpec,
  VersionOccurrence
} from './types.js'
export { FILES_INPUT, formatOf, parseFileSpecs } from './specs.js'
export { EXPECTED_FIELD, readVersionFile, replaceVersions } from './read.js'
export { ROOT_VERSION_FILES, detectVersionFiles, loadVersionFiles } from './load.js'
export { currentVersion, planVersionBump } from './current.js'
export type { CurrentVersion, PlannedVersionChange } from './current.js'
