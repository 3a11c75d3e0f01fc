/**
 * From commits to changelog entries: a plain commit by its subject, a pull request's merge
 * commit by the PR title git put in its body, other merges not at all.
 */
import { classifyCommit, pullRequestMergeNumber, type ClassifyOptions } from './classify.js'
import type { ReleaseEntry } from './merge.js'

export interface CommitMessage {
  parents: string[]
  subject: string
  body: string
}

/** The entry a commit contributes, or undefined when it is left out. */
export function entryForCommit(
  commit: CommitMessage,
  options: ClassifyOptions
): ReleaseEntry | undefined {
  if (commit.parents.length > 1) {
    const number = pullRequestMergeNumber(commit.subject)
    if (number === undefined) return undefined
    const [title = '', ...rest] = commit.body.trim().split('\n')
    if (title.trim() === '') return undefined
    const classified = classifyCommit(title.trim(), rest.join('\n'), options)
    if (!classified) return undefined
    const text = new RegExp(`#${number}\\b`).test(classified.text)
      ? classified.text
      : `${classified.text} (#${number})`
    return { group: classified.group, text }
  }
  const classified = classifyCommit(commit.subject, commit.body, options)
  return classified && { group: classified.group, text: classified.text }
}

/** Counts what a range held, for the log and the summary. */
export interface RangeTally {
  commits: number
  entries: number
}
