import { resultLine, table } from '../../../packages/action-kit/summary.js'
import type { BackMergeReport } from '../../../packages/release/back-merge.js'

const SAID = {
  merged: 'merged',
  unchanged: 'already merged',
  'pull-request': 'pull request',
  'dry-run': 'dry run'
} as const

const ANCESTRY = {
  yes: 'yes',
  pending: 'pending (once the pull request is merged with a merge commit)',
  no: '**no**'
} as const

export function backMergeSummary(report: BackMergeReport): string {
  let body = resultLine(
    'back-merge',
    report.result,
    `\`${report.source}\` (${report.version ?? 'no release tag'}, \`${report.sourceSha.slice(0, 12)}\`) into ` +
      `${report.targets.map((t) => `\`${t.target}\``).join(', ')}.`
  )
  body += table(
    [
      'Target',
      'Result',
      'Commit',
      'Pull request',
      'Conflicting files',
      `${report.source} is an ancestor`
    ],
    report.targets.map((t) => [
      t.target,
      t.result === 'dry-run' && t.reason
        ? `dry run: would need a pull request (${t.reason})`
        : SAID[t.result],
      t.result === 'pull-request' ? '' : t.sha.slice(0, 12),
      t.pullRequestUrl ? `[#${t.pullRequestNumber}](${t.pullRequestUrl})` : '',
      t.conflicts.map((f) => `\`${f}\``).join(', '),
      ANCESTRY[t.ancestry]
    ])
  )
  if (report.arrival?.kind === 'squash') {
    const resolved = report.targets.flatMap((t) => t.resolved ?? [])
    body +=
      `\n⚠️ ${report.version ?? 'The release'} reached \`${report.source}\` squashed or rebased ` +
      `(${report.arrival.branch ?? 'release branch'} head \`${report.arrival.head?.slice(0, 12) ?? '?'}\` is not in its history). ` +
      (resolved.length > 0
        ? `These files conflicted only because of it and were merged on the release branch's own base: ${resolved.map((f) => `\`${f}\``).join(', ')}.`
        : 'Merged with that knowledge: content the target already had from the release branch is not a conflict.') +
      ' Merge release pull requests with a merge commit.\n'
  }
  return body
}
