/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import type { ExecOptions, ExecOutput } from '@actions/exec'
import { tokenSource } from '../base/token-source.js'
import type { Logger } from '../base/logger.js'
import { silentLogger } from '../base/logger.js'
import { countOriginCall, type OriginCall } from '../base/round-trips.js'

export interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Who commits and tags: a name and an email, as git records them. */
export interface GitIdentity {
  name: string
  email: string
}

export interface GitOptions {
  log?: Logger
  identity?: GitIdentity
  /** Used as an HTTP auth header for network commands when the checkout did not persist one. */
  token?: string
  /** The only server the token is sent to; default `GITHUB_SERVER_URL`, else github.com. */
  serverUrl?: string
}

/** What origin answered to one `ls-remote`. */
export interface RemoteListing {
  /** Ref name -> commit (annotated tags peeled). */
  refs: Map<string, string>
  /** Ref name -> the object it names (an annotated tag's own object, unpeeled). */
  objects: Map<string, string>
  /** The branch origin's HEAD points at, when `HEAD` was asked for. */
  head?: string
}

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult
  ) {
    super(
      `git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`
    )
    this.name = 'GitCommandError'
  }
}

const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull'])
/**
 * Commands after which git starts `git maintenance run --auto` (or `gc --auto`): a process
 * more per call, and on a large history a repack, in a checkout the runner throws away.
 */
const AUTO_MAINTENANCE = new Set(['fetch', 'pull', 'commit', 'merge', 'rebase', 'am'])
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0']
const ORIGIN_CALL: Record<string, OriginCall> = {
  fetch: 'fetch',
  pull: 'fetch',
  push: 'push',
  'ls-remote': 'ls-remote'
}

/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command: string, args: string[], options: ExecOptions): Promise<ExecOutput> {
  const { getExecOutput } = await import(/* webpackChunkName: "actions-exec" */ '@actions/exec')
  return getExecOutput(command === 'git' ? gitExecutable() : command, args, options)
}

/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map<string, string>()
function gitExecutable(): string {
  if (process.platform === 'win32') return 'git'
  const path = process.env.PATH ?? ''
  let found = gitOnPath.get(path)
  if (found === undefined) {
    found =
      path
        .split(delimiter)
        .filter((dir) => isAbsolute(dir))
        .map((dir) => join(dir, 'git'))
        .find(isExecutableFile) ?? 'git'
    gitOnPath.set(path, found)
  }
  return found
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

export class Git {
  readonly cwd: string
  readonly log: Logger
  readonly identity: GitIdentity | undefined
  private readonly token: string | undefined
  private readonly serverUrl: string
  private checkoutAuth: Promise<boolean> | undefined
  /** The branch origin's HEAD named in this run's `ls-remote --symref ... HEAD`, once asked. */
  originHead: string | undefined

  constructor(cwd: string, options: GitOptions = {}) {
    this.cwd = cwd
    this.log = options.log ?? silentLogger
    this.identity = options.identity
    this.token = options.token
    this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  }

  /** The same git (log, identity, token, server) in another directory, e.g. a worktree. */
  at(cwd: string): Git {
    return new Git(cwd, {
      log: this.log,
      identity: this.identity,
      token: this.token,
      serverUrl: this.serverUrl
    })
  }

  /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure` (or `allowExit`). */
  async run(
    args: string[],
    options: {
      allowFailure?: boolean
      /** Exit codes besides 0 that are answers, not failures (show-ref's 1: no ref at all). */
      allowExit?: number[]
      input?: string
      env?: Record<string, string>
    } = {}
  ): Promise<GitResult> {
    const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : []
    this.log.debug(`git ${args.join(' ')}`)
    const call = ORIGIN_CALL[args[0] ?? '']
    if (call) countOriginCall(call)
    const quiet = AUTO_MAINTENANCE.has(args[0] ?? '') ? NO_AUTO_MAINTENANCE : []
    const result = await exec('git', [...auth, ...quiet, ...args], {
      cwd: this.cwd,
      silent: true,
      ignoreReturnCode: true,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      env: {
        ...stringEnv(process.env),
        ...this.identityEnv(),
        GIT_TERMINAL_PROMPT: '0',
        ...options.env
      }
    })
    if (
      result.exitCode !== 0 &&
      !options.allowFailure &&
      !options.allowExit?.includes(result.exitCode)
    )
      throw new GitCommandError(args, result)
    return result
  }

  /** Runs git and returns its trimmed standard output. */
  async output(args: string[]): Promise<string> {
    return (await this.run(args)).stdout.trim()
  }

  /**
   * Whether git takes the directory for a repository. One `git config` answers it (a repository
   * always has a local `core.repositoryformatversion`) and, in the same process, whether the
   * checkout left an auth header for network commands: one git process where two would do.
   */
  async isRepository(): Promise<boolean> {
    // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
    if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd)) return false
    const config = await this.run(
      [
        'config',
        '--show-scope',
        '--get-regexp',
        '^(http\\..*extraheader|core\\.repositoryformatversion)$'
      ],
      { allowFailure: true }
    )
    const lines = config.exitCode === 0 ? config.stdout.split('\n') : []
    if (lines.some((line) => /^local\tcore\.repositoryformatversion /.test(line))) {
      this.checkoutAuth ??= Promise.resolve(
        lines.some((line) => /^\w+\thttp\..*extraheader( |$)/.test(line))
      )
      return true
    }
    return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0
  }

  /**
   * Whether the clone is shallow: its `shallow` file read where git keeps it, no git process;
   * git asked only when the repository's directory cannot be told from the working directory.
   */
  async isShallow(): Promise<boolean> {
    const file = this.shallowFile()
    if (file !== undefined) return existsSync(file) && statSync(file).size > 0
    return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  /** `$GIT_COMMON_DIR/shallow`, as git finds it (GIT_DIR, a .git directory or gitfile, commondir). */
  shallowFile(): string | undefined {
    const common = this.commonDir()
    return common === undefined ? undefined : join(common, 'shallow')
  }

  /**
   * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
   * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
   */
  commonDir(): string | undefined {
    return commonDirOf(findGitDir(this.cwd), this.cwd)
  }

  /**
   * HEAD's commit read from the files git keeps it in, no git process: HEAD itself (detached),
   * or the loose ref of the branch it names, which git writes on every update of that branch.
   * Undefined where the files do not tell: an unborn branch, a ref only in packed-refs, a
   * reftable repository, a directory git cannot be found from.
   */
  headFromFiles(): string | undefined {
    const gitDir = findGitDir(this.cwd)
    const common = commonDirOf(gitDir, this.cwd)
    if (gitDir === undefined || common === undefined) return undefined
    try {
      let content = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim()
      const branch = /^ref: (refs\/heads\/[^\s]+)$/.exec(content)?.[1]
      if (branch !== undefined) {
        if (branch.split('/').includes('..')) return undefined
        content = readFileSync(join(common, branch), 'utf8').trim()
      }
      return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(content) ? content : undefined
    } catch {
      return undefined
    }
  }

  async headSha(): Promise<string> {
    return this.output(['rev-parse', 'HEAD'])
  }

  /** The commit a ref points at, or undefined when it does not exist. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      {
        allowFailure: true
      }
    )
    return result.exitCode === 0 ? result.stdout.trim() : undefined
  }

  /** The checked-out branch, or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
      allowFailure: true
    })
    return result.exitCode === 0 ? result.stdout.trim() : undefined
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
      allowFailure: true
    })
    return result.exitCode === 0
  }

  /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
  async remoteRefs(pattern: string, remote = 'origin'): Promise<Map<string, string>> {
    return (await this.listRemote([pattern], remote)).refs
  }

  /**
   * Everything a step needs to know of origin in one `ls-remote`: the refs matching any of
   * `patterns` (`HEAD` among them gives the default branch too, through `--symref`).
   */
  async listRemote(patterns: string[], remote = 'origin'): Promise<RemoteListing> {
    const out = await this.output(['ls-remote', '--symref', remote, ...patterns])
    const listing: RemoteListing = { refs: new Map(), objects: new Map() }
    for (const line of out.split('\n')) {
      const [sha, ref] = line.split('\t')
      if (!sha || !ref) continue
      if (sha.startsWith('ref: ')) {
        if (ref === 'HEAD') listing.head = sha.slice('ref: refs/heads/'.length)
      } else if (ref.endsWith('^{}')) {
        listing.refs.set(ref.slice(0, -3), sha)
      } else {
        listing.objects.set(ref, sha)
        if (!listing.refs.has(ref)) listing.refs.set(ref, sha)
      }
    }
    if (listing.head && remote === 'origin') this.originHead = listing.head
    // HEAD's line carries the default branch's commit: the branch is known without naming it.
    const head = listing.refs.get('HEAD')
    if (listing.head && head) {
      listing.refs.set(`refs/heads/${listing.head}`, head)
      listing.objects.set(`refs/heads/${listing.head}`, head)
    }
    return listing
  }

  /** Tag names matching a glob that are reachable from `ref`. */
  async tagsMergedInto(ref: string, glob: string): Promise<string[]> {
    const out = await this.output(['tag', '--merged', ref, '--list', glob])
    return out ? out.split('\n') : []
  }

  /**
   * The tags of `tagsMergedInto`, or undefined when `ref` names nothing: one git process where
   * `resolveCommit` and then `tagsMergedInto` would take two.
   */
  async tagsMergedIntoIfExists(ref: string, glob: string): Promise<string[] | undefined> {
    try {
      return await this.tagsMergedInto(ref, glob)
    } catch (error) {
      if (error instanceof GitCommandError && /malformed object name/.test(error.result.stderr))
        return undefined
      throw error
    }
  }

  /**
   * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
   * out); the new commit and its parent, or undefined when nothing changed. One git process when
   * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
   * paths are staged and committed again, and only then is it asked whether anything changed.
   * The new commit and its parent are HEAD after and before, read from git's files where they
   * tell it (`headFromFiles`); git is asked only where they do not.
   */
  async commit(
    paths: string[],
    message: string
  ): Promise<{ sha: string; parent: string } | undefined> {
    const before = this.headFromFiles()
    const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths]
    let made = await this.run(args, { allowFailure: true })
    if (made.exitCode !== 0) {
      await this.run(['add', '--', ...paths])
      made = await this.run(args, { allowFailure: true })
    }
    if (made.exitCode !== 0) {
      const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
        allowFailure: true
      })
      if (changed.exitCode === 0) return undefined
      throw new GitCommandError(args, made)
    }
    const after = this.headFromFiles()
    if (before !== undefined && after !== undefined && after !== before)
      return { sha: after, parent: before }
    const [sha = '', parent = ''] = (await this.output(['log', '-1', '--format=%H%n%P', 'HEAD']))
      .split('\n')
      .map((line) => line.split(' ')[0] ?? '')
    return { sha, parent }
  }

  /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
  async blobBytes(revision: string): Promise<Buffer> {
    const { execFile } = await import('node:child_process')
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['cat-file', 'blob', revision],
        { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 },
        (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout))
      )
    })
  }

  private identityEnv(): Record<string, string> {
    if (!this.identity) return {}
    return {
      GIT_AUTHOR_NAME: this.identity.name,
      GIT_AUTHOR_EMAIL: this.identity.email,
      GIT_COMMITTER_NAME: this.identity.name,
      GIT_COMMITTER_EMAIL: this.identity.email
    }
  }

  /**
   * actions/checkout leaves an `http.<server>.extraheader` with the token unless
   * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
   * An App installation token lives an hour: each network command asks the run's token source
   * for a token valid a while yet (minted again near its end), never the first one kept.
   */
  private async networkAuthArgs(): Promise<string[]> {
    if (!this.token) return []
    this.checkoutAuth ??= exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
      cwd: this.cwd,
      silent: true,
      ignoreReturnCode: true
    }).then((existing) => existing.exitCode === 0 && existing.stdout.trim() !== '')
    if (await this.checkoutAuth) return []
    const app = tokenSource()
    const token = app?.minted(this.token) ? await app.fresh() : this.token
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
    // Scoped to the GitHub server: an origin naming another host never receives the token.
    return ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`]
  }
}

/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
export function authHeaderKey(serverUrl: string): string {
  const url = new URL(serverUrl)
  return `http.${url.protocol}//${url.host}/.extraheader`
}

/** The repository directory git would use for `cwd`, or undefined when it cannot be told here. */
function findGitDir(cwd: string): string | undefined {
  if (process.env.GIT_DIR) return resolve(cwd, process.env.GIT_DIR)
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const entry = join(dir, '.git')
    if (existsSync(entry)) {
      if (statSync(entry).isDirectory()) return entry
      const line = /^gitdir: (.+)$/m.exec(readFileSync(entry, 'utf8'))
      return line ? resolve(dir, line[1].trim()) : undefined
    }
    if (dirname(dir) === dir) return undefined
  }
}

/** The common dir of `gitDir` (see `Git.commonDir`); `cwd` resolves a relative GIT_COMMON_DIR. */
function commonDirOf(gitDir: string | undefined, cwd: string): string | undefined {
  if (!gitDir) return undefined
  let common = gitDir
  if (process.env.GIT_COMMON_DIR) common = resolve(cwd, process.env.GIT_COMMON_DIR)
  else if (existsSync(join(gitDir, 'commondir')))
    common = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim())
  return existsSync(join(common, 'objects')) ? common : undefined
}

function hasGitEntryAbove(cwd: string): boolean {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true
    if (dirname(dir) === dir) return false
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
