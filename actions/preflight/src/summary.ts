import { codeBlock, heading, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { CheckStatus } from '../../../packages/preflight/checks.js'
import type { PreflightReport } from '../../../packages/preflight/preflight.js'
import type { Stage } from '../../../packages/preflight/stages.js'

const STATUS: Record<CheckStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' }
const HELD = { held: '✅ held', missing: '❌ missing', unverified: '➖ not refuted' }

/** The one job summary of preflight: every check, the permissions, the branches. */
export function preflightSummary(report: PreflightReport, stages: Stage[]): string {
  const count = (status: CheckStatus) => report.checks.filter((c) => c.status === status).length
  const triggers =
    report.token.triggersWorkflows === undefined
      ? 'unknown'
      : report.token.triggersWorkflows
        ? 'yes'
        : 'no'
  let body = resultLine(
    'preflight',
    report.result,
    `${count('pass')} passed, ${count('warn')} warning(s), ${count('fail')} failed. ` +
      `Token: **${report.token.label}** (its pushes and PRs start workflows: ${triggers}). ` +
      `Stages: ${stages.join(', ')}.`
  )
  body += table(
    ['Check', 'Status', 'Detail'],
    report.checks.map((c) => [c.check, STATUS[c.status], c.detail])
  )
  if (report.permissions.length > 0) {
    body += `\n${heading('Permissions the stages need', 4)}\n`
    body += table(
      ['Permission', 'Stages', 'This token', 'Why'],
      report.permissions.map((p) => [
        `${p.permission}: write`,
        p.stages.join(', '),
        HELD[p.status],
        p.reason
      ])
    )
  }
  if (report.branches.length > 0) {
    body += `\n${heading('Branches', 4)}\n`
    body += table(
      ['Branch', 'Protected', 'Classic protection', 'Ruleset rules'],
      report.branches.map((b) => [
        b.branch,
        !b.exists ? 'missing' : b.protected ? 'yes' : 'no',
        b.classic.state === 'read'
          ? b.classic.blockers.map((x) => x.reason).join('; ') || 'none that stops a push'
          : b.classic.state === 'unreadable'
            ? 'cannot read protection with this token'
            : 'none',
        b.rules ? b.rules.join(', ') || 'none' : (b.rulesError ?? '')
      ])
    )
  }
  if (report.permissionsBlock) {
    body += `\nWith the GITHUB_TOKEN, the job running these stages needs:\n\n`
    body += codeBlock(report.permissionsBlock, 'yaml')
  }
  return body
}
