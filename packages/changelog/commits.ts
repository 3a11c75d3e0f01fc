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
  return entryForMessage(commit.subject, commit.body, commit.parents.length > 1, options)
}

/** `entryForCommit` for a caller that knows whether the commit is a merge but holds no parent list. */
export function entryForMessage(
  subject: string,
  body: string,
  merge: boolean,
  options: ClassifyOptions
): ReleaseEntry | undefined {
  if (merge) {
    const number = pullRequestMergeNumber(subject)
    if (number === undefined) return undefined
    const [title = '', ...rest] = body.trim().split('\n')
    if (title.trim() === '') return undefined
    const classified = classifyCommit(title.trim(), rest.join('\n'), options)
    if (!classified) return undefined
    const text = new RegExp(`#${number}\\b`).test(classified.text)
      ? classified.text
      : `${classified.text} (#${number})`
    return { group: classified.group, text }
  }
  const classified = classifyCommit(subject, body, options)
  return classified && { group: classified.group, text: classified.text }
}

/** Counts what a range held, for the log and the summary. */
export interface RangeTally {
  commits: number
  entries: number
}
