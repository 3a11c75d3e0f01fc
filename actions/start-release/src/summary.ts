import { resultLine } from '../../../packages/action-kit/summary.js'
import type { StartReleaseReport } from '../../../packages/release/start-release.js'

export function startSummary({ plan, result, milestone, waiting }: StartReleaseReport): string {
  const verb = result === 'dry-run' ? 'Would cut' : result === 'unchanged' ? 'Already cut:' : 'Cut'
  let body = resultLine(
    'start-release',
    result,
    `${verb} \`${plan.branch}\` (${plan.kind} **${plan.version}**, after ${plan.latest?.name ?? 'no release yet'}) ` +
      `from \`${plan.from}\` at \`${plan.sha.slice(0, 12)}\`.`
  )
  if (milestone) {
    body += `Milestone [${plan.version}](${milestone.url}) ${milestone.created ? 'created' : 'exists'}.\n\n`
  }
  if (waiting.length > 0) {
    body += `**Still open into the base branch** (not in this release):\n\n${waiting.map((w) => `- ${w}`).join('\n')}\n`
  }
  return body
}
