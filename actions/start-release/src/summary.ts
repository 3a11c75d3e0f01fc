import { resultLine } from '../../../packages/action-kit/summary.js'
import type { StartPlan } from '../../../packages/release/start-release.js'

export interface MilestoneReport {
  number: number
  url: string
  created: boolean
}

export function startSummary(
  plan: StartPlan,
  outcome: string,
  milestone: MilestoneReport | undefined,
  waiting: string[]
): string {
  const verb =
    outcome === 'dry-run' ? 'Would cut' : outcome === 'unchanged' ? 'Already cut:' : 'Cut'
  let body = resultLine(
    'start-release',
    outcome,
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
