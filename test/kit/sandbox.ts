/**
 * Real git sandboxes for tests and the rehearsal: a bare `origin` and clones under a temp dir,
 * clones made the way actions/checkout makes them (one commit deep, no tags), and helpers to
 * add commits, tags and server-side hooks.
 */
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { keptCheckout } from './checkouts.js'

export const TEST_IDENTITY = { name: 'Dev Eloper', email: 'dev@example.com' }

/**
 * No automatic housekeeping in the tests' repositories: git would otherwise start `maintenance
 * run --auto` after commits and fetches, and `gc --auto` after pushes in origin, processes that
 * only cost time in repositories of a few dozen objects (and may linger in the background).
 */
export const NO_AUTO_GC_ENV: Record<string, string> = {
  GIT_CONFIG_COUNT: '2',
  GIT_CONFIG_KEY_0: 'gc.auto',
  GIT_CONFIG_VALUE_0: '0',
  GIT_CONFIG_KEY_1: 'maintenance.auto',
  GIT_CONFIG_VALUE_1: 'false'
}

/** Environment for git calls made by the kit: no global or system config, a fixed identity. */
export function kitGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: TEST_IDENTITY.name,
    GIT_AUTHOR_EMAIL: TEST_IDENTITY.email,
    GIT_COMMITTER_NAME: TEST_IDENTITY.name,
    GIT_COMMITTER_EMAIL: TEST_IDENTITY.email,
    GIT_TERMINAL_PROMPT: '0',
    ...NO_AUTO_GC_ENV
  }
}

export class Sandbox {
  readonly root: string
  readonly origin: string
  readonly home: string

  private constructor(root: string) {
    this.root = root
    this.origin = join(root, 'origin.git')
    this.home = join(root, 'home')
  }

  /** A temp dir holding an empty bare `origin` whose default branch is `main`. */
  static create(prefix = 'ra-'): Sandbox {
    const sandbox = new Sandbox(mkdtempSync(join(tmpdir(), prefix)))
    mkdirSync(sandbox.home)
    sandbox.git(sandbox.root, 'init', '--quiet', '--bare', '--initial-branch=main', sandbox.origin)
    // A push runs in origin with none of the pusher's configuration: its `gc --auto` is off here.
    appendFileSync(join(sandbox.origin, 'config'), '[receive]\n\tautogc = false\n')
    return sandbox
  }

  /**
   * A private copy of a sandbox directory made by another Sandbox (a template: templates.ts),
   * with no git process: the directories are copied as they are, and the clones' remotes, which
   * name the template's root, are pointed at the copy's own origin.
   */
  static copyOf(templateDir: string, templateRoot: string, prefix = 'ra-'): Sandbox {
    const sandbox = new Sandbox(mkdtempSync(join(tmpdir(), prefix)))
    cpSync(templateDir, sandbox.root, { recursive: true, preserveTimestamps: true })
    for (const entry of readdirSync(sandbox.root)) {
      const config = join(sandbox.root, entry, '.git', 'config')
      if (!existsSync(config)) continue
      writeFileSync(config, readFileSync(config, 'utf8').replaceAll(templateRoot, sandbox.root))
    }
    return sandbox
  }

  /** `file://` so that shallow fetches behave as they do against GitHub. */
  get originUrl(): string {
    return `file://${this.origin}`
  }

  git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
      cwd,
      env: kitGitEnv(this.home),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  }

  /**
   * Several git commands in a row, each its own git process as before, started by one shell
   * rather than one by one by the test process: stops at the first that fails (which throws, as
   * `git` does) and returns the last one's output.
   */
  gitSequence(cwd: string, commands: string[][]): string {
    const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`
    const script = commands
      .map((args, i) => {
        const line = ['git', ...args].map(quote).join(' ')
        return i < commands.length - 1 ? `${line} >/dev/null` : line
      })
      .join(' && ')
    return execFileSync('sh', ['-c', script], {
      cwd,
      env: kitGitEnv(this.home),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  }

  /** A full clone (a developer's machine), on `branch` when given. */
  clone(name: string, branch?: string): string {
    const dir = join(this.root, name)
    this.git(this.root, 'clone', '--quiet', this.originUrl, dir)
    if (branch) this.git(dir, 'checkout', '--quiet', branch)
    return dir
  }

  /** A clone as actions/checkout makes it: `fetch-depth: 1`, no tags, the branch checked out. */
  checkout(name: string, branch: string, options: { depth?: number } = {}): string {
    return this.checkoutInto(join(this.root, name), branch, options)
  }

  /**
   * The same clone made in `dir` (a job's workspace, which may hold other files already).
   *
   * actions/checkout runs `git init`, `git remote add`, `git fetch` and `git checkout`. Where
   * `dir` is empty and the clone is shallow, one `git clone` does the same work in one process
   * instead of four (69 ms against 121 ms on CI's machine), and the files are then made what
   * actions/checkout leaves: the remote's fetch refspec for every branch and no tag option, the
   * remote-tracking ref loose and no `refs/remotes/origin/HEAD` (which actions/checkout does
   * not write, and which the actions read for the default branch), FETCH_HEAD naming the
   * fetched branch. A checkout of an origin state made before in the run is a copy of that one
   * (checkouts.ts).
   */
  checkoutInto(dir: string, branch: string, options: { depth?: number } = {}): string {
    mkdirSync(dir, { recursive: true })
    const depth = options.depth ?? 1
    if (depth > 0 && readdirSync(dir).length === 0) {
      const origin = { path: this.origin, url: this.originUrl }
      keptCheckout(origin, branch, depth, dir, () => {
        this.git(
          this.root,
          'clone',
          '--quiet',
          `--depth=${depth}`,
          '--no-tags',
          '--single-branch',
          '--branch',
          branch,
          this.originUrl,
          dir
        )
        this.asCheckoutLeavesIt(dir, branch)
      })
      return dir
    }
    const depthArgs = depth > 0 ? [`--depth=${depth}`] : ['--tags']
    this.gitSequence(dir, [
      ['init', '--quiet'],
      ['remote', 'add', 'origin', this.originUrl],
      [
        'fetch',
        '--quiet',
        '--no-tags',
        ...depthArgs,
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`
      ],
      ['checkout', '--quiet', '-B', branch, `refs/remotes/origin/${branch}`]
    ])
    return dir
  }

  /** A `git clone --single-branch` of `branch` in `dir`, turned into what checkoutInto's init and fetch leave. */
  private asCheckoutLeavesIt(dir: string, branch: string): void {
    const git = join(dir, '.git')
    const config = join(git, 'config')
    const text = readFileSync(config, 'utf8')
    const fetchLine = `\tfetch = +refs/heads/${branch}:refs/remotes/origin/${branch}\n`
    const upstream = `[branch "${branch}"]\n\tremote = origin\n\tmerge = refs/heads/${branch}\n`
    if (!text.includes(fetchLine) || !text.endsWith(upstream))
      throw new Error(`sandbox: git clone wrote another config than expected:\n${text}`)
    writeFileSync(
      config,
      text
        .replace('\ttagOpt = --no-tags\n', '')
        .replace(fetchLine, '\tfetch = +refs/heads/*:refs/remotes/origin/*\n')
    )
    const tracking = `refs/remotes/origin/${branch}`
    const packed = join(git, 'packed-refs')
    const line = readFileSync(packed, 'utf8')
      .split('\n')
      .find((entry) => entry.endsWith(` ${tracking}`))
    if (!line) throw new Error(`sandbox: git clone did not write ${tracking}`)
    const sha = line.slice(0, line.indexOf(' '))
    mkdirSync(dirname(join(git, tracking)), { recursive: true })
    writeFileSync(join(git, tracking), `${sha}\n`)
    rmSync(packed)
    rmSync(join(git, 'refs', 'remotes', 'origin', 'HEAD'), { force: true })
    rmSync(join(git, 'logs', 'refs', 'remotes', 'origin', 'HEAD'), { force: true })
    // git names the remote in FETCH_HEAD without its `.git`.
    const remote = this.originUrl.replace(/\.git$/, '')
    writeFileSync(join(git, 'FETCH_HEAD'), `${sha}\t\tbranch '${branch}' of ${remote}\n`)
  }

  /** Writes files (relative path -> content, text or bytes) into a clone. */
  write(dir: string, files: Record<string, string | Uint8Array>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
  }

  read(dir: string, path: string): string {
    return readFileSync(join(dir, path), 'utf8')
  }

  /** Writes the files (if any), commits everything, returns the new sha. */
  commit(dir: string, message: string, files: Record<string, string | Uint8Array> = {}): string {
    this.write(dir, files)
    return this.gitSequence(dir, [
      ['add', '--all'],
      ['commit', '--quiet', '--allow-empty', '-m', message],
      ['rev-parse', 'HEAD']
    ])
  }

  /** An annotated tag, as releases are tagged. */
  tag(
    dir: string,
    name: string,
    ref = 'HEAD',
    message = `Release ${name.replace(/^v/, '')}`
  ): void {
    this.git(dir, 'tag', '-a', name, '-m', message, ref)
  }

  push(dir: string, ...refs: string[]): void {
    this.git(dir, 'push', '--quiet', 'origin', ...refs)
  }

  /** Installs a server-side hook in origin, e.g. a `pre-receive` that plays a protected branch. */
  hook(name: string, script: string): void {
    const path = join(this.origin, 'hooks', name)
    writeFileSync(path, `#!/bin/sh\n${script}\n`)
    chmodSync(path, 0o755)
  }

  /** Refuses pushes to the given branches the way GitHub refuses a protected branch. */
  protectBranches(...branches: string[]): void {
    const cases = branches.map(
      (b) =>
        `    refs/heads/${b}) echo "remote: error: GH006: Protected branch update failed for refs/heads/${b}." >&2; exit 1;;`
    )
    this.hook(
      'pre-receive',
      `while read old new ref; do\n  case "$ref" in\n${cases.join('\n')}\n  esac\ndone\nexit 0`
    )
  }

  /** The commit a ref points at on origin, or undefined. */
  remoteSha(ref: string): string | undefined {
    try {
      return this.git(this.origin, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
    } catch {
      return undefined
    }
  }

  remoteTags(): string[] {
    const out = this.git(this.origin, 'tag', '--list')
    return out ? out.split('\n') : []
  }

  remoteBranches(): string[] {
    const out = this.git(this.origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')
    return out ? out.split('\n') : []
  }

  /** A file's content at a ref of origin. */
  show(ref: string, path: string): string {
    return execFileSync('git', ['show', `${ref}:${path}`], {
      cwd: this.origin,
      env: kitGitEnv(this.home),
      encoding: 'utf8'
    })
  }

  /** A file's bytes at a ref of origin. */
  showBytes(ref: string, path: string): Buffer {
    return execFileSync('git', ['show', `${ref}:${path}`], {
      cwd: this.origin,
      env: kitGitEnv(this.home)
    })
  }

  /** Subjects of the commits on a ref of origin, newest first. */
  log(ref: string, count = 20): string[] {
    return this.git(this.origin, 'log', `-${count}`, '--format=%s', ref).split('\n')
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}
