import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { promisify } from 'node:util'
import type { GitIdentity } from './objects.js'
import { isoSeconds } from './objects.js'

const execFileAsync = promisify(execFile)

export type GitObjectType = 'commit' | 'tag' | 'tree' | 'blob'

/** A ref of the bare repository: full name, the object it names, and the commit it peels to. */
export interface RefEntry {
  ref: string
  sha: string
  type: GitObjectType
  /** For an annotated tag, the object the tag points at; otherwise undefined. */
  peeled?: string
}

export interface ParsedCommit {
  sha: string
  tree: string
  parents: string[]
  author: GitIdentity
  committer: GitIdentity
  message: string
}

export interface ParsedTag {
  sha: string
  object: string
  type: GitObjectType
  tag: string
  tagger: GitIdentity
  message: string
}

/** Thrown when a ref update lost a race or met a ref in another state than expected. */
export class RefConflict extends Error {}

const SHA = /^[0-9a-f]{40}$/
const NO_OBJECT = '0'.repeat(40)

/** Converts a git identity line ('Name <mail> 1700000000 +0100') to the API's form. */
function parseIdentity(line: string): GitIdentity {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line)
  if (!match) return { name: line, email: '', date: isoSeconds(new Date(0)) }
  return { name: match[1], email: match[2], date: isoSeconds(new Date(Number(match[3]) * 1000)) }
}

/** Splits a raw commit or tag object into its headers (continuation lines joined) and message. */
function parseObject(raw: string): { headers: Map<string, string[]>; message: string } {
  const split = raw.indexOf('\n\n')
  const head = split < 0 ? raw : raw.slice(0, split)
  const message = split < 0 ? '' : raw.slice(split + 2)
  const headers = new Map<string, string[]>()
  let last: string[] | undefined
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && last) {
      last[last.length - 1] += `\n${line.slice(1)}`
      continue
    }
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    last = headers.get(key) ?? []
    last.push(line.slice(space + 1))
    headers.set(key, last)
  }
  return { headers, message }
}

/** The git identity line of an API tagger, whose date is ISO 8601. */
function identityLine(identity: GitIdentity): string {
  const seconds = Math.floor(new Date(identity.date).getTime() / 1000)
  return `${identity.name} <${identity.email}> ${seconds} +0000`
}

/** An object as `git cat-file --batch` gives it. */
interface BatchObject {
  sha: string
  type: GitObjectType
  content: Buffer
}

/**
 * One `git cat-file --batch` answering object names (a sha, or a revision such as
 * `main^{commit}`) in the order asked: a process for every object read would cost 10-30 ms
 * each on CI's machine, and the API's routes read thousands in a run. git looks refs and
 * objects up afresh for every name, so pushes that land meanwhile are seen.
 */
class ObjectReader {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>
  private pending: Buffer = Buffer.alloc(0)
  private readonly waiting: Array<{
    resolve: (object: BatchObject | undefined) => void
    reject: (error: Error) => void
  }> = []
  ended = false

  constructor(path: string) {
    this.child = spawn('git', ['-C', path, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'ignore']
    })
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
      this.answer()
    })
    const end = (error: Error) => {
      this.ended = true
      for (const waiter of this.waiting.splice(0)) waiter.reject(error)
    }
    this.child.on('error', end)
    this.child.on('close', (code) => end(new Error(`git cat-file --batch ended (${code})`)))
    this.child.stdin.on('error', () => undefined)
    // Neither the process nor its pipes keep a test's process alive: close() ends it, and so
    // does the end of its stdin when the test process exits.
    this.child.unref()
    for (const stream of [this.child.stdin, this.child.stdout])
      (stream as unknown as { unref?: () => void }).unref?.()
  }

  read(name: string): Promise<BatchObject | undefined> {
    if (this.ended) return Promise.reject(new Error('git cat-file --batch has ended'))
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.child.stdin.write(`${name}\n`)
    })
  }

  close(): void {
    this.ended = true
    this.child.stdin.end()
  }

  private answer(): void {
    while (this.waiting.length > 0) {
      const eol = this.pending.indexOf(10)
      if (eol < 0) return
      const header = /^([0-9a-f]{40,64}) (commit|tag|tree|blob) (\d+)$/.exec(
        this.pending.toString('utf8', 0, eol)
      )
      if (!header) {
        // `<name> missing` or `<name> ambiguous`.
        this.pending = this.pending.subarray(eol + 1)
        this.waiting.shift()!.resolve(undefined)
        continue
      }
      const size = Number(header[3])
      if (this.pending.length < eol + 1 + size + 1) return
      const content = this.pending.subarray(eol + 1, eol + 1 + size)
      this.pending = this.pending.subarray(eol + 1 + size + 1)
      this.waiting.shift()!.resolve({
        sha: header[1],
        type: header[2] as GitObjectType,
        content: Buffer.from(content)
      })
    }
  }
}

/**
 * The real bare origin behind the git-backed routes, read and written with the `git` CLI,
 * so what the API shows and what `git fetch` sees are the same objects.
 */
export class BareRepository {
  private reader?: ObjectReader

  constructor(readonly path: string) {}

  /** Ends the object reader, if one was started (FakeGitHub.stop). */
  close(): void {
    this.reader?.close()
    this.reader = undefined
  }

  /** An object by sha or revision, read by the one `git cat-file --batch`; undefined if none. */
  private async object(name: string): Promise<BatchObject | undefined> {
    if (!name || /[\n\0]/.test(name)) return undefined
    if (!this.reader || this.reader.ended) this.reader = new ObjectReader(this.path)
    return this.reader.read(name)
  }

  private async git(args: string[], input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
    const options = { encoding: 'utf8' as const, env: env && { ...process.env, ...env } }
    const running = execFileAsync('git', ['-C', this.path, ...args], options)
    if (input !== undefined) running.child.stdin?.end(input)
    const { stdout } = await running
    return stdout
  }

  /** Every ref (or those under `prefix`, e.g. 'refs/tags'), newest version tag first. */
  async listRefs(prefix = 'refs'): Promise<RefEntry[]> {
    const format = '%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)'
    const out = await this.git([
      'for-each-ref',
      '--sort=-version:refname',
      `--format=${format}`,
      prefix
    ])
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type, peeled] = line.split('\0') as [string, string, GitObjectType, string]
        return { ref, sha, type, peeled: peeled || undefined }
      })
  }

  /** The ref with exactly this full name ('refs/tags/v1.3.0'), if it exists. */
  async readRef(ref: string): Promise<RefEntry | undefined> {
    return (await this.listRefs(ref)).find((entry) => entry.ref === ref)
  }

  /** The type of an object, or undefined when the repository has no such object. */
  async objectType(sha: string): Promise<GitObjectType | undefined> {
    return (await this.objectBySha(sha))?.type
  }

  /** The object a full sha names; undefined for anything else, or when there is none. */
  private async objectBySha(sha: string): Promise<BatchObject | undefined> {
    return SHA.test(sha) ? this.object(sha) : undefined
  }

  /** The commit a revision (sha, branch, tag, 'heads/main') names, or undefined. */
  async resolveCommit(revision: string): Promise<string | undefined> {
    if (revision.startsWith('-') || revision.includes('..')) return undefined
    return (await this.object(`${revision}^{commit}`))?.sha
  }

  async readCommit(sha: string): Promise<ParsedCommit | undefined> {
    const object = await this.objectBySha(sha)
    if (object?.type !== 'commit') return undefined
    const { headers, message } = parseObject(object.content.toString('utf8'))
    return {
      sha,
      tree: headers.get('tree')![0],
      parents: headers.get('parent') ?? [],
      author: parseIdentity(headers.get('author')![0]),
      committer: parseIdentity(headers.get('committer')![0]),
      message
    }
  }

  async readTag(sha: string): Promise<ParsedTag | undefined> {
    const object = await this.objectBySha(sha)
    if (object?.type !== 'tag') return undefined
    const { headers, message } = parseObject(object.content.toString('utf8'))
    const tagger = headers.get('tagger')?.[0]
    return {
      sha,
      object: headers.get('object')![0],
      type: headers.get('type')![0] as GitObjectType,
      tag: headers.get('tag')![0],
      tagger: tagger
        ? parseIdentity(tagger)
        : { name: '', email: '', date: isoSeconds(new Date(0)) },
      message
    }
  }

  /** Writes an annotated tag object (no ref) with `git mktag`; returns its sha. */
  async makeTag(tag: Omit<ParsedTag, 'sha'>): Promise<string> {
    const content =
      `object ${tag.object}\ntype ${tag.type}\ntag ${tag.tag}\n` +
      `tagger ${identityLine(tag.tagger)}\n\n${tag.message}`
    return (await this.git(['mktag'], content)).trim()
  }

  /** True when `ref` is a valid full ref name ('refs/heads/x'). */
  async isValidRefName(ref: string): Promise<boolean> {
    try {
      await this.git(['check-ref-format', ref])
      return true
    } catch {
      return false
    }
  }

  /** True when commit `ancestor` is reachable from commit `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.git(['merge-base', '--is-ancestor', ancestor, descendant])
      return true
    } catch {
      return false
    }
  }

  /** Points `ref` at `sha` only if the ref still holds `expected` (undefined: must not exist). */
  async writeRef(ref: string, sha: string, expected: string | undefined): Promise<void> {
    try {
      await this.git(['update-ref', ref, sha, expected ?? NO_OBJECT])
    } catch (error) {
      throw new RefConflict(`cannot update ${ref}: ${String(error)}`)
    }
  }

  /** Deletes `ref` only if it still holds `expected`. */
  async deleteRef(ref: string, expected: string): Promise<void> {
    try {
      await this.git(['update-ref', '-d', ref, expected])
    } catch (error) {
      throw new RefConflict(`cannot delete ${ref}: ${String(error)}`)
    }
  }

  /** Commits reachable from `head` but not from `base` (`git rev-list base..head`), newest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    return (await this.git(['rev-list', `${base}..${head}`])).split('\n').filter(Boolean)
  }

  /** Subjects of the commits in `base..head`, oldest first. */
  async subjectsBetween(base: string, head: string): Promise<string[]> {
    const out = await this.git(['log', '--reverse', '--format=%s', `${base}..${head}`])
    return out.split('\n').filter(Boolean)
  }

  /** Lines added and deleted and files changed by `head` since its merge base with `base`. */
  async diffStat(base: string, head: string) {
    const out = await this.git(['diff', '--numstat', `${base}...${head}`])
    const rows = out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
    const sum = (column: number) => rows.reduce((n, row) => n + (Number(row[column]) || 0), 0)
    return { additions: sum(0), deletions: sum(1), changed_files: rows.length }
  }

  /**
   * The tree of merging commit `theirs` into commit `ours` (`git merge-tree --write-tree`,
   * no work tree needed); undefined when the merge conflicts.
   */
  async mergeTree(ours: string, theirs: string): Promise<string | undefined> {
    try {
      return (await this.git(['merge-tree', '--write-tree', ours, theirs])).split('\n')[0]
    } catch (error) {
      if ((error as { code?: unknown }).code === 1) return undefined
      throw error
    }
  }

  /** Writes a commit object for `tree` with these parents, identities and message. */
  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: GitIdentity,
    committer: GitIdentity
  ): Promise<string> {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])]
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: identityLine(author).split('> ')[1],
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: identityLine(committer).split('> ')[1]
    }
    return (await this.git(args, message, env)).trim()
  }

  /**
   * The tree of commit `base` with files added or replaced (bytes) and deleted, built in a
   * scratch index as GitHub builds the tree of `createCommitOnBranch`: a replaced file keeps
   * its mode, a new one is a plain file. Throws `MissingPath` for a deletion of no file.
   */
  async treeWithChanges(
    base: string,
    additions: Array<{ path: string; contents: Buffer }>,
    deletions: string[]
  ): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'fake-github-index-'))
    const env = { GIT_INDEX_FILE: join(dir, 'index') }
    try {
      await this.git(['read-tree', base], undefined, env)
      for (const path of deletions) {
        if (!(await this.git(['ls-files', '--', path], undefined, env)).trim()) {
          throw new MissingPath(path)
        }
        await this.git(['update-index', '--force-remove', '--', path], undefined, env)
      }
      for (const { path, contents } of additions) {
        const blob = await this.writeBlob(contents)
        const listed = await this.git(['ls-files', '--stage', '--', path], undefined, env)
        const mode = /^(\d+) /.exec(listed)?.[1] ?? '100644'
        await this.git(
          ['update-index', '--add', '--cacheinfo', `${mode},${blob},${path}`],
          undefined,
          env
        )
      }
      return (await this.git(['write-tree'], undefined, env)).trim()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  /** Writes bytes as a blob; returns its sha. */
  private async writeBlob(contents: Buffer): Promise<string> {
    const running = execFileAsync('git', ['-C', this.path, 'hash-object', '-w', '--stdin'], {
      encoding: 'utf8'
    })
    running.child.stdin?.end(contents)
    return (await running).stdout.trim()
  }
}

/** A file deletion named a path the base commit does not have. */
export class MissingPath extends Error {
  constructor(readonly path: string) {
    super(`no file at ${path}`)
  }
}
