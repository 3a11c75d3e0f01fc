import { resultLine, table } from '../../../packages/action-kit/summary.js'
import type { BackMergeReport } from '../../../packages/release/back-merge.js'

const SAID = {
  merged: 'merged',
  unchanged: 'already merged',
  'pull-request': 'pull request',
  'dry-run': 'dry run'
} as const

export function backMergeSummary(report: BackMergeReport): string {
  let body = resultLine(
    'back-merge',
    report.result,
    `\`${report.source}\` (${report.version ?? 'no release tag'}, \`${report.sourceSha.slice(0, 12)}\`) into ` +
      `${report.targets.map((t) => `\`${t.target}\``).join(', ')}.`
  )
  body += table(
    ['Target', 'Result', 'Commit', 'Pull request', 'Conflicting files'],
    report.targets.map((t) => [
      t.target,
      t.result === 'dry-run' && t.reason
        ? `dry run: would need a pull request (${t.reason})`
        : SAID[t.result],
      t.result === 'pull-request' ? '' : t.sha.slice(0, 12),
      t.pullRequestUrl ? `[#${t.pullRequestNumber}](${t.pullRequestUrl})` : '',
      t.conflicts.map((f) => `\`${f}\``).join(', ')
    ])
  )
  return body
}
