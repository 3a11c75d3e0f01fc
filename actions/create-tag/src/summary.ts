import { codeBlock, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { ReleaseArrival } from '../../../packages/release/arrival.js'
import type { CreateTagResult } from '../../../packages/release/create-tag.js'

function arrivalText(arrival: ReleaseArrival): string {
  const head = arrival.head
    ? ` (${arrival.branch ?? 'release branch'} head ${arrival.head.slice(0, 12)}, from ${arrival.from ?? '?'})`
    : ''
  return {
    merge: `a merge${head}`,
    squash: `a squash or rebase${head}: ⚠️ not in the history of the tagged commit (allow-squash)`,
    unknown: 'unknown: no release branch head to compare with'
  }[arrival.kind]
}

/** The job summary: the tag, the commit, the release link and the notes. */
export function tagSummary(
  outcome: CreateTagResult,
  serverUrl: string,
  repository: { owner: string; repo: string }
): string {
  const { plan, release } = outcome
  const { target, sha } = plan
  const repoUrl = `${serverUrl}/${repository.owner}/${repository.repo}`
  const tagState = {
    created: 'created and pushed',
    unchanged: 'already there (a rerun)',
    'dry-run': 'would be created'
  }[outcome.tag]
  const releaseState = release
    ? `[${outcome.releaseName}](${release.url}) ${release.result}${release.draft ? ' (draft)' : ''}`
    : outcome.result === 'dry-run'
      ? `${outcome.releaseName} would be created or updated`
      : 'not asked for (create-release: false)'
  const detail =
    `**${target.tag}** (${outcome.message}) on [\`${sha.slice(0, 12)}\`](${repoUrl}/commit/${sha}); ` +
    `version ${target.version} from ${plan.origin}` +
    (plan.evidence.length > 1
      ? `, confirmed by ${plan.evidence
          .slice(1)
          .map((e) => e.source)
          .join(' and ')}.`
      : '.')
  const rows: Array<[string, string]> = [
    [
      'Tag',
      `[${target.tag}](${repoUrl}/releases/tag/${encodeURIComponent(target.tag)}): ${tagState}`
    ],
    ['Commit', sha],
    ...(plan.arrival
      ? [['Arrived on main by', arrivalText(plan.arrival)] as [string, string]]
      : []),
    ['Release', releaseState + (outcome.prerelease ? ' (pre-release)' : '')],
    ['Latest release', outcome.makeLatest ?? '(not set: draft or pre-release)'],
    ['Previous release', target.latest?.name ?? '(none)'],
    ...outcome.floating.map((f): [string, string] => [
      `Floating tag ${f.name}`,
      f.result + (f.reason ? ` (${f.reason})` : '')
    ])
  ]
  let body = resultLine('create-tag', outcome.result, detail)
  body += table(['', ''], rows)
  const notesFrom = {
    input: "the 'release-notes' input",
    changelog: "the version's changelog section",
    none: 'nowhere: empty'
  }[plan.notes.from]
  body += `\n**Release notes** (from ${notesFrom}):\n\n${codeBlock(plan.notes.text || '(empty)', 'markdown')}`
  return body
}
