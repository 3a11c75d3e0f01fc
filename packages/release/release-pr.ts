/**
 * Step 7 of the process: the body of the release pull request (release branch -> main). Pure:
 * the release notes, the ticket keys they mention (linked when an issue url is set) and a
 * checklist of the steps still ahead, keeping the boxes a human has ticked on a rerun.
 */
import { ticketKeys } from '../changelog/release-section.js'
import type { ReleaseKind } from '../versioning/index.js'

export const PULL_MARKER = '<!-- release-actions:open-release-pr -->'

export interface ReleasePullBody {
  version: string
  kind: ReleaseKind
  /** Markdown release notes, or undefined when there are none yet. */
  notes?: string
  /** Where the notes would come from, for the placeholder: `CHANGELOG.md`. */
  notesSource: string
  /** `https://jira.example.com/browse/{key}`; keys are plain text without it. */
  issueUrl?: string
  issuePattern?: RegExp
  base: string
  /** Where the release is merged back to, as shown: `` `develop` ``, and for a hotfix the release branch. */
  backMergeTargets: string[]
  tagPrefix: string
  /** The body of the pull request as it is now, whose ticked boxes are kept. */
  previousBody?: string
  /** The trial back-merge of the release branch into develop, when one was made. */
  forecast?: BackMergeForecast
}

/** What a trial merge of the release branch into develop found (git/merge.ts forecastMerge). */
export interface BackMergeForecast {
  source: string
  target: string
  sourceSha: string
  targetSha: string
  result: 'clean' | 'conflict' | 'unchanged'
  conflicts: string[]
}

/** The forecast as markdown: the files the back-merge (step 19) will meet as conflicts. */
export function forecastSection(forecast: BackMergeForecast): string[] {
  const at = (branch: string, sha: string) => `\`${branch}\` (${sha.slice(0, 7)})`
  const trial = `A trial merge of ${at(forecast.source, forecast.sourceSha)} into ${at(forecast.target, forecast.targetSha)}`
  const lines = ['### Back-merge forecast', '']
  if (forecast.result === 'conflict') {
    lines.push(
      `${trial} conflicts in ${forecast.conflicts.length} file${forecast.conflicts.length === 1 ? '' : 's'}; ` +
        `the back-merge into \`${forecast.target}\` (step 19) will meet ${forecast.conflicts.length === 1 ? 'it' : 'them'} ` +
        `unless they are resolved before (for example by merging \`${forecast.target}\` into this branch):`,
      '',
      ...forecast.conflicts.map((file) => `- \`${file}\``)
    )
  } else if (forecast.result === 'clean') {
    lines.push(`${trial} is clean: no conflict expected at the back-merge (step 19).`)
  } else {
    lines.push(
      `\`${forecast.source}\` is already in \`${forecast.target}\`: nothing to merge back.`
    )
  }
  lines.push('', '_Updated on every push to this branch._', '')
  return lines
}

/** The steps after step 7 (opening this pull request), as checklist items. */
export function remainingSteps(args: ReleasePullBody): string[] {
  const { version, base, tagPrefix } = args
  return [
    'Review the changes (step 8)',
    `CHANGELOG.md has the \`## [${version}]\` section (step 9)`,
    `Version files say ${version} (step 10)`,
    'Final testing passed (step 11)',
    `Merge into \`${base}\` (step 12); the tag \`${tagPrefix}${version}\`, staging, integration tests and production follow (steps 13-17)`,
    'Production monitored without regressions (step 18)',
    `\`${base}\` merged back into ${args.backMergeTargets.join(' and ')} (step 19)`,
    `Milestone and Jira version ${version} closed (step 20)`,
    'Release announced (step 21)'
  ]
}

/** The full pull request body. */
export function releasePullBody(args: ReleasePullBody): string {
  const ticked = tickedItems(args.previousBody ?? '')
  const notes =
    args.notes?.trim() ||
    `_${args.notesSource} has no \`## [${args.version}]\` section yet; update-changelog writes it (step 9)._`
  const keys = args.notes ? ticketKeys(args.notes, args.issuePattern) : []
  const parts = [
    PULL_MARKER,
    `## ${args.kind === 'hotfix' ? 'Hotfix' : 'Release'} ${args.version}`,
    '',
    notes,
    ''
  ]
  if (keys.length > 0) {
    parts.push('### Tickets', '', ...keys.map((key) => `- ${ticketLink(key, args.issueUrl)}`), '')
  }
  if (args.forecast) parts.push(...forecastSection(args.forecast))
  parts.push(
    '### Remaining steps',
    '',
    ...remainingSteps(args).map((step) => `- [${ticked.has(step) ? 'x' : ' '}] ${step}`),
    ''
  )
  return parts.join('\n')
}

/** `[JIRA-1234](https://jira.example.com/browse/JIRA-1234)`, or the bare key without a url. */
export function ticketLink(key: string, issueUrl?: string): string {
  return issueUrl ? `[${key}](${issueUrl.replaceAll('{key}', key)})` : key
}

/** The checklist items a body has ticked (`- [x] ...`). */
export function tickedItems(body: string): Set<string> {
  const ticked = new Set<string>()
  for (const line of body.split(/\r?\n/)) {
    const match = /^\s*[-*] \[[xX]\] (.+?)\s*$/.exec(line)
    if (match) ticked.add(match[1])
  }
  return ticked
}
