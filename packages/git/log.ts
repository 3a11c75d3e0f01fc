/**
 * Reading commits with one `git log` call, streamed: records are parsed as they arrive and
 * handed on one by one, so memory stays flat however long the range is. `GIT_FLUSH=0`: git would
 * otherwise flush the pipe after every commit, one write (and one wake-up of ours) per commit.
 */
import { StringDecoder } from 'node:string_decoder'
import { GitCommandError, type Git } from './git.js'

export interface LoggedCommit {
  sha: string
  parents: string[]
  subject: string
  body: string
}

/** A record as git prints it: `parents` is the `%P` field, shas separated by spaces. */
export interface LogRecord {
  sha: string
  parents: string
  subject: string
  body: string
}

/** Chunks smaller than this are followed by a pause (the pipe holds 64 KiB). */
const PACE_BELOW = 16 * 1024

/** Fields split by US (0x1f), records by NUL (`-z`): neither can occur in a subject line. */
export const LOG_FORMAT = '%H%x1f%P%x1f%s%x1f%b'

/** Parses one `LOG_FORMAT` record. */
export function parseLogRecord(record: string): LoggedCommit | undefined {
  const fields = readLogRecord(record, 0, record.length)
  return fields && { ...fields, parents: fields.parents === '' ? [] : fields.parents.split(' ') }
}

/** Reads the `LOG_FORMAT` record at `text[start, end)`, without copying the record first. */
export function readLogRecord(text: string, start: number, end: number): LogRecord | undefined {
  const a = text.indexOf('\x1f', start)
  const b = a === -1 || a >= end ? -1 : text.indexOf('\x1f', a + 1)
  const c = b === -1 || b >= end ? -1 : text.indexOf('\x1f', b + 1)
  if (c === -1 || c >= end) return undefined
  return {
    sha: text.slice(start, a),
    parents: text.slice(a + 1, b),
    subject: text.slice(b + 1, c),
    body: text.slice(c + 1, end)
  }
}

/**
 * Runs `git log -z --format=LOG_FORMAT <revisions>` and calls `onCommit` for each commit, newest
 * first (git's default order). Resolves with the number of commits read.
 */
export async function streamCommits(
  git: Git,
  revisions: string[],
  onCommit: (commit: LoggedCommit) => void
): Promise<number> {
  return streamLogRecords(git, revisions, (record) =>
    onCommit({ ...record, parents: record.parents === '' ? [] : record.parents.split(' ') })
  )
}

/** `streamCommits` with each commit's parents as git printed them, for a caller that parses them itself. */
export async function streamLogRecords(
  git: Git,
  revisions: string[],
  onRecord: (record: LogRecord) => void
): Promise<number> {
  const args = ['log', '-z', `--format=${LOG_FORMAT}`, ...revisions, '--']
  git.log.debug(`git ${args.join(' ')}`)
  const { spawn } = await import('node:child_process')
  return new Promise<number>((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: git.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_FLUSH: '0' }
    })
    const decoder = new StringDecoder('utf8')
    let pending = ''
    let stderr = ''
    let count = 0
    let failure: unknown
    const take = (chunk: string): void => {
      pending += chunk
      let start = 0
      for (let end = pending.indexOf('\0', start); end !== -1; end = pending.indexOf('\0', start)) {
        const record = readLogRecord(pending, start, end)
        start = end + 1
        if (!record) continue
        count++
        try {
          onRecord(record)
        } catch (error) {
          failure ??= error
        }
      }
      pending = pending.slice(start)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      take(decoder.write(chunk))
      // git writes 4 KiB at a time; read as it writes, a long log costs thousands of wake-ups.
      // A small chunk means we are ahead: pause a millisecond and let the pipe fill.
      if (chunk.length < PACE_BELOW) {
        child.stdout.pause()
        setTimeout(() => child.stdout.resume(), 1)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      take(decoder.end())
      if (pending !== '') take('\0')
      if (failure instanceof Error) reject(failure)
      else if (failure !== undefined) reject(new Error('a commit could not be read'))
      else if (code !== 0)
        reject(new GitCommandError(args, { exitCode: code ?? 1, stdout: '', stderr }))
      else resolve(count)
    })
  })
}
