// Generates a benchmark repository with `git fast-import`: a linear `main` of N commits with
// subjects in the seed's style and Conventional Commits, an annotated release tag every 200
// commits (v1.0.0, v1.1.0, ...; the last 100 commits are unreleased), as a bare `origin.git`
// and a full clone `ws` of it. Reused when it already exists.
//
// origin's refs are packed (`git pack-refs --all`), as a served repository's are once git's
// maintenance has run: fast-import leaves one loose file per tag, and answering an ls-remote
// from 500 loose tags (each opened and its tag object peeled) took 34 ms at 100k commits against
// 14 ms packed, a cost of this fixture that no real origin has.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export const TAG_EVERY = 200

const SUBJECTS = [
  (i) => `Feature: New feature ${i} (JIRA-${i})`,
  (i) => `feat(api): add endpoint ${i}`,
  (i) => `Fix: Bug in feature ${i} (JIRA-${i})`,
  (i) => `fix: crash when input ${i} is empty (#${i})`,
  (i) => `Improved performance of module ${i}`,
  (i) => `chore: update dependency ${i}`,
  (i) => `docs: describe option ${i}`,
  (i) => `refactor(core): simplify step ${i}`,
  (i) => `perf: cache lookup ${i}`,
  (i) => `Remove legacy flag ${i}`,
  (i) => `test: cover case ${i}`,
  (i) => `Security: Escape field ${i}`
]

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`
}

/** The fast-import stream, written in chunks to the process's stdin. */
function* stream(count) {
  const start = 1_600_000_000
  let tags = 0
  for (let i = 1; i <= count; i++) {
    const when = `${start + i * 60} +0000`
    const subject = SUBJECTS[i % SUBJECTS.length](i)
    const body = i % 3 === 0 ? `\n\nWhy: reason number ${i}.\nRefs: JIRA-${i}\n` : '\n'
    let out = `commit refs/heads/main\nmark :${i}\ncommitter Dev <dev@example.com> ${when}\n${data(subject + body)}`
    if (i > 1) out += `from :${i - 1}\n`
    out += `M 100644 inline src/file${i % 64}.txt\n${data(`line ${i}\n`)}`
    if (i % TAG_EVERY === TAG_EVERY / 2) {
      out += `tag v1.${tags}.0\nfrom :${i}\ntagger Dev <dev@example.com> ${when}\n${data(`Release 1.${tags}.0`)}`
      tags++
    }
    yield out
  }
}

export function releaseCount(count) {
  return Math.floor((count + TAG_EVERY / 2) / TAG_EVERY)
}

/** Creates (or reuses) `<dir>/origin.git` and `<dir>/ws` with `count` commits. */
export function generate(dir, count) {
  const origin = join(dir, 'origin.git')
  const ws = join(dir, 'ws')
  if (existsSync(join(ws, '.git'))) {
    // Data generated before origin's refs were packed.
    if (!existsSync(join(origin, 'packed-refs')))
      execFileSync('git', ['pack-refs', '--all'], { cwd: origin })
    return { origin, ws }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', origin])
  const chunks = []
  for (const part of stream(count)) chunks.push(part)
  const result = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: origin,
    input: chunks.join('') + 'done\n',
    maxBuffer: 1 << 30
  })
  if (result.status !== 0) throw new Error(`fast-import failed: ${result.stderr}`)
  execFileSync('git', ['pack-refs', '--all'], { cwd: origin })
  execFileSync('git', ['clone', '--quiet', origin, ws])
  return { origin, ws }
}
