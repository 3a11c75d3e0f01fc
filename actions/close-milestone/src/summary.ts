import { cell, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { MilestoneResult } from '../../../packages/github/milestone.js'
import type { JiraReleaseResult } from '../../../packages/jira/release-tickets.js'

export function closeMilestoneSummary(args: {
  result: string
  version: string
  milestoneTitle: string
  carryOver?: string
  milestone: MilestoneResult
  jira?: JiraReleaseResult
}): string {
  const { result, milestone, jira } = args
  const would = result === 'dry-run'
  const github =
    milestone.before === 'missing'
      ? `No GitHub milestone '${args.milestoneTitle}'.`
      : milestone.before === 'closed' && milestone.carried.length === 0
        ? `GitHub milestone [${args.milestoneTitle}](${milestone.url}) was already closed.`
        : `GitHub milestone [${args.milestoneTitle}](${milestone.url}) ${would ? 'would be' : ''} closed` +
          (milestone.carried.length > 0
            ? `, ${milestone.carried.length} open issue(s) ${would ? 'would move' : 'moved'} to '${args.carryOver ?? ''}'.`
            : '.')
  let body = resultLine('close-milestone', result, github.replace(/\s+/g, ' '))
  if (milestone.leftOpen.length > 0) {
    body += `Still open in the milestone (no \`carry-over\` named): ${milestone.leftOpen.map((n) => `#${n}`).join(', ')}\n\n`
  }
  if (!jira) return body + 'Jira: not configured (`jira-url`).\n'
  const version = jira.versionCreated
    ? would
      ? 'would be created and released'
      : 'created and released'
    : jira.versionReleased
      ? would
        ? 'would be released'
        : 'released'
      : 'already released'
  body += `Jira version **${jira.version}** in ${cell(jira.project.key)}: ${version}.\n\n`
  const rows = [
    ...jira.tickets.map((t) => [
      t.key,
      t.status,
      t.transition ? `→ ${t.transition.to.name}` : 'already there',
      t.addFixVersion ? (would ? 'would add' : 'added') : 'had it'
    ]),
    ...jira.skipped.map((s) => [s.key, '', `skipped: ${s.reason}`, ''])
  ]
  if (rows.length > 0) body += table(['Ticket', 'Status', 'Transition', 'Fix version'], rows)
  if (jira.leftOpen.length > 0) {
    body += `\nPlanned for ${jira.version} but not done and not released: ${jira.leftOpen.join(', ')}\n`
  }
  return body
}
