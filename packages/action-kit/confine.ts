/**
 * The checkout is the only place an action reads or writes: a path that leads outside the
 * workspace (`/etc`, `../..`, or a committed symbolic link) is refused before it is opened, so
 * a pull request cannot make an action overwrite or publish a file of the runner.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError } from '../base/errors.js'
import { getOptionalInput } from './inputs.js'
import { shown } from '../base/shown.js'

/** True when `path` is `root` or below it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The real path of the longest existing ancestor of `path`, with the rest appended. */
function realPathOf(path: string): string {
  let existing = path
  const rest: string[] = []
  for (;;) {
    try {
      return resolve(realpathSync(existing), ...rest.reverse())
    } catch {
      if (dirname(existing) === existing) return path
      rest.push(relative(dirname(existing), existing))
      existing = dirname(existing)
    }
  }
}

/** The workspace the job checked out (`GITHUB_WORKSPACE`), real path; undefined outside a runner. */
function workspace(): string | undefined {
  const ws = process.env.GITHUB_WORKSPACE
  return ws ? realPathOf(resolve(ws)) : undefined
}

/**
 * The root a file of `dir` must stay in: the workspace when `dir` is inside it, else `dir`
 * itself (a caller outside a runner's workspace, such as the CLI).
 */
function rootFor(dir: string): string {
  const ws = workspace()
  const real = realPathOf(resolve(dir))
  return ws && isInside(ws, real) ? ws : real
}

/** `working-directory`, resolved and required to be inside the workspace. */
export function confineDirectory(dir: string, input: string): string {
  const ws = workspace()
  if (!ws) return dir
  const real = realPathOf(dir)
  if (isInside(ws, real)) return dir
  throw new ConfigurationError(
    `Input '${input}' leads to ${shown(real)}, outside the workspace ${ws}; the actions read ` +
      'and write only inside the checkout. Give a directory of the repository.',
    { input }
  )
}

/**
 * The full path of `path` (relative to `dir`) after checking it stays in the checkout: it may
 * not lead outside the workspace, and when it exists it may not be a symbolic link. `input`
 * names the input the path came from, for the error.
 */
export function confinedFile(dir: string, path: string, input?: string): string {
  const full = resolve(dir, path)
  const root = rootFor(dir)
  const where = input ? `Input '${input}' names ${shown(path)}, which` : `${path}`
  let link: string | undefined
  try {
    if (lstatSync(full).isSymbolicLink()) link = readlinkSync(full)
  } catch {
    // Not there yet: a file the action will create.
  }
  if (link !== undefined) {
    throw new ConfigurationError(
      `${where} is a symbolic link (to ${shown(link)}); the actions never read or write ` +
        'through a link, so a checkout cannot point them at a file elsewhere. Commit the file itself.',
      { input, locations: [{ file: path }] }
    )
  }
  const real = realPathOf(full)
  if (!isInside(root, real)) {
    throw new ConfigurationError(
      `${where} leads to ${shown(real)}, outside the workspace ${root}; the actions read and ` +
        'write only inside the checkout.',
      { input, locations: input ? [] : [{ file: path }] }
    )
  }
  return full
}

/**
 * A file-path input (blank: `defaultPath`), relative to `workingDirectory`, checked with
 * {@link confinedFile}; returns the path as given.
 */
export function getFileInput(name: string, defaultPath: string, workingDirectory: string): string {
  const path = getOptionalInput(name) ?? defaultPath
  const problem = filePathProblem(path)
  if (problem !== undefined) {
    throw new ConfigurationError(
      `Input '${name}' is ${shown(path)}, which cannot be a file of the checkout: ${problem}.`,
      { input: name }
    )
  }
  confinedFile(workingDirectory, path, name)
  return path
}

/** A path part longer than this is no file name the runner's file systems can hold. */
const MAX_FILE_NAME = 255

/** Why no file of a checkout could have this path: a control character, an overlong name. */
function filePathProblem(path: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(path)) return 'it holds a line break or another control character'
  const long = path.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_FILE_NAME)
  if (long !== undefined) {
    return `a part of it is longer than the ${MAX_FILE_NAME} bytes a file name may have`
  }
  return undefined
}
