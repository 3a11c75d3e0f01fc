import { codeBlock, resultLine, table } from '../../../packages/action-kit/summary.js'
import { countEntries } from '../../../packages/changelog/index.js'
import type { ChangelogOutcome } from '../../../packages/release/update-changelog.js'

/** The job summary: what happened, the section as it reads, and the entries per group. */
export function changelogSummary(outcome: ChangelogOutcome, path: string, mode: string): string {
  const what =
    mode === 'rebuild'
      ? `rebuilt from the history (${outcome.commits} commits)`
      : `from ${outcome.commits} commit(s) in \`${outcome.range}\``
  const detail =
    outcome.result === 'unchanged'
      ? `\`${path}\` already has everything for **${outcome.version || 'this history'}**; no commit.`
      : `\`${path}\` ${outcome.created ? 'created' : outcome.rerun ? 'gained new entries' : 'updated'} for **${outcome.version}**, ${what}.` +
        (outcome.commitSha
          ? ` Commit \`${outcome.commitSha.slice(0, 12)}\`${outcome.pushed ? ' pushed' : ''}.`
          : '') +
        (outcome.replays > 0 ? ` Replayed on top of ${outcome.replays} concurrent push(es).` : '')
  let body = resultLine('update-changelog', outcome.result, detail)
  if (mode !== 'rebuild' && outcome.firstRelease)
    body += `**First release:** no release tag older than ${outcome.version} is reachable, so the section reads the whole history (${outcome.commits} commits).\n\n`
  if (outcome.notices.length > 0)
    body += `Older history kept as written (irregular lines, not read): ${outcome.notices.map((n) => `line ${n.line}`).join(', ')}.\n\n`
  const counts = countEntries(outcome.added)
  if (counts.length > 0)
    body += table(['Group', mode === 'rebuild' ? 'Entries' : 'Entries added'], counts) + '\n'
  if (outcome.notes) body += `#### ${outcome.version}\n\n${codeBlock(outcome.notes, 'markdown')}`
  return body
}
