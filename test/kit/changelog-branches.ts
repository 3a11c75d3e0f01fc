/**
 * Release branches that carry a given CHANGELOG.md, for update-changelog's shape tests (its
 * use-case in the Jest process, its runner contract through dist). Origin's default branch is
 * `base` (there is no main: main-branch left empty finds it); each branch is cut from it with the
 * file in the commit 1.2.0 was released from, and two commits after it. The release tag is put on
 * origin only for a run's time (`withReleaseTag`), so every case has the tag it needs.
 */
import { Sandbox } from './sandbox.js'

export interface ChangelogBranch {
  name: string
  /** The commit `<prefix>1.2.0` names while a run is on. */
  tagSha: string
  prefix: string
  version: string
}

export class ChangelogBranches {
  readonly sandbox = Sandbox.create()
  private readonly dev: string
  private counter = 0

  constructor() {
    const { sandbox } = this
    this.dev = sandbox.clone('dev')
    sandbox.git(this.dev, 'checkout', '--quiet', '-b', 'base')
    sandbox.commit(this.dev, 'Initial commit', { 'app.py': 'pass\n' })
    sandbox.push(this.dev, 'base')
    sandbox.git(sandbox.origin, 'symbolic-ref', 'HEAD', 'refs/heads/base')
  }

  /** A new release branch (`release-v<version>-<n>`) with `changelog` as CHANGELOG.md. */
  branch(changelog: string, options: { prefix?: string; version?: string } = {}): ChangelogBranch {
    const { sandbox, dev } = this
    const prefix = options.prefix ?? 'v'
    const version = options.version ?? '1.3.0'
    const name = `release-v${version}-${++this.counter}`
    sandbox.git(dev, 'checkout', '--quiet', '-b', name, 'base')
    const tagSha = sandbox.commit(dev, 'chore: changelog fixture', { 'CHANGELOG.md': changelog })
    sandbox.commit(dev, 'feat: export to CSV (APP-12)', { 'csv.py': 'pass\n' })
    sandbox.commit(dev, 'fix: crash on an empty file', { 'read.py': 'pass\n' })
    sandbox.push(dev, name)
    return { name, tagSha, prefix, version }
  }

  /** A fresh actions/checkout-style clone of the branch (one commit deep, no tags). */
  checkout(branch: ChangelogBranch): string {
    return this.sandbox.checkout(`ws-${++this.counter}`, branch.name)
  }

  /** `work` with the branch's `<prefix>1.2.0` on origin, and the tag gone again after. */
  async withReleaseTag<T>(branch: ChangelogBranch, work: () => Promise<T>): Promise<T> {
    const tag = `${branch.prefix}1.2.0`
    this.sandbox.git(this.sandbox.origin, 'tag', '-f', tag, branch.tagSha)
    try {
      return await work()
    } finally {
      this.sandbox.git(this.sandbox.origin, 'tag', '-d', tag)
    }
  }

  cleanup(): void {
    this.sandbox.cleanup()
  }
}

/**
 * A CHANGELOG with three problems in the part an update changes: a heading that is no release
 * (line 6), a date that is no ISO date (line 8), a second [Unreleased] (line 10).
 */
export const SEVERAL_PROBLEMS = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '- Pending',
  '',
  '## Upcoming',
  '',
  '## [1.2.0] - 2026-13-01',
  '',
  '## [Unreleased]',
  ''
].join('\n')
