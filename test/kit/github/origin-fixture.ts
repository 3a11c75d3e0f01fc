import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** A bare origin with a small released history, and the work clone that pushed it. */
export interface OriginFixture {
  dir: string
  bare: string
  work: string
  /** main: initial <- feature (tagged v1.2.0, annotated) ; v1.1.0 (lightweight) on initial. */
  initial: string
  feature: string
  /** develop: feature <- next (one commit ahead of main). */
  next: string
  /** The sha of the annotated tag object v1.2.0 (not the commit). */
  tagObject: string
  git(args: string[], cwd?: string): Promise<string>
  cleanup(): void
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Dev One',
  GIT_AUTHOR_EMAIL: 'dev.one@example.com',
  GIT_COMMITTER_NAME: 'Dev One',
  GIT_COMMITTER_EMAIL: 'dev.one@example.com'
}

/**
 * Creates the fixture in a fresh temp dir with fixed identities and dates, so shas are
 * stable within a run and nothing depends on the machine's git config.
 */
export async function createOriginFixture(): Promise<OriginFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'ra-'))
  const bare = join(dir, 'origin.git')
  const work = join(dir, 'work')
  let clock = 1_700_000_000
  const git = async (args: string[], cwd = work): Promise<string> => {
    clock += 60
    const date = `${clock} +0000`
    const env = { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    const flags = ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false']
    const { stdout } = await execFileAsync('git', [...flags, ...args], { cwd, env })
    return stdout.trim()
  }
  const commit = async (file: string, message: string): Promise<string> => {
    writeFileSync(join(work, file), `${message}\n`)
    await git(['add', file])
    await git(['commit', '-q', '-m', message])
    return git(['rev-parse', 'HEAD'])
  }
  await git(['init', '-q', '--bare', '--initial-branch=main', bare], dir)
  await git(['clone', '-q', bare, work], dir)
  await git(['checkout', '-q', '-B', 'main'])
  const initial = await commit('README.md', 'Initial commit')
  await git(['tag', 'v1.1.0'])
  const feature = await commit('login.txt', 'Feature: login page (JIRA-1234)')
  await git(['tag', '-a', 'v1.2.0', '-m', 'Release 1.2.0'])
  await git(['checkout', '-q', '-b', 'develop'])
  const next = await commit('search.txt', 'Feature: search (JIRA-1300)')
  await git(['push', '-q', 'origin', 'main', 'develop', '--tags'])
  const tagObject = await git(['rev-parse', 'v1.2.0'])
  const cleanup = () => rmSync(dir, { recursive: true, force: true })
  return { dir, bare, work, initial, feature, next, tagObject, git, cleanup }
}
