/**
 * The README's first command: a full release rehearsal of the seed process on a generated copy
 * of its Python project (test/kit/rehearsal), driven through the workflow files a user copies
 * (examples/workflows/ci-cd.yml calling release.yml, run as GitHub runs them). `--hotfix`
 * follows the release with a hotfix through the same workflow files (dispatch start-hotfix, the
 * fix pushed to the hotfix branch, its pull request merged into main). `--rollback` follows it
 * with a next release, through the same workflow files, whose production falls over after its
 * deploy (monitor rolls it back with the repository's ROLLBACK_COMMAND), and prints every book
 * put right. `--signed`: every branch requires signed commits; the repository variable
 * COMMIT_VIA=auto gives the committing stages commit-via: auto, and every commit the suite
 * makes must be Verified. The sample repository stays on disk.
 */
import {
  setUpRehearsal,
  unverifiedCommits,
  type Rehearsal,
  type ReleaseRun
} from '../test/kit/rehearsal/index.js'
import { rehearseThroughWorkflow } from '../test/kit/rehearsal/workflow.js'

function report(r: Rehearsal, run: ReleaseRun): void {
  const { sandbox, github } = r
  const tag = `v${run.version}`
  const total = run.stages.reduce((sum, s) => sum + s.ms, 0)
  const requests = run.stages.reduce((sum, s) => sum + s.apiRequests, 0)
  console.log(
    `\n${run.version}: ${run.stages.length} stages in ${(total / 1000).toFixed(1)} s, ${requests} GitHub API requests`
  )
  const changelog = sandbox.show('main', 'CHANGELOG.md')
  const start = changelog.indexOf(`## [${run.version}]`)
  const end = changelog.indexOf('\n## [', start + 1)
  console.log(
    `\nCHANGELOG.md on main:\n${changelog.slice(start, end < 0 ? undefined : end).trimEnd()}`
  )
  console.log(
    `\nTag ${tag}: ${sandbox.git(sandbox.origin, 'for-each-ref', '--format=%(objecttype) %(*objectname:short) "%(contents:subject)" by %(taggername)', `refs/tags/${tag}`)}`
  )
  const release = github.state.releases.find((rel) => rel.tag_name === tag)
  console.log(
    `GitHub Release: ${release?.name ?? '(none)'} ${release?.html_url ?? ''}${github.state.latestReleaseId === release?.id ? ' (latest)' : ''}`
  )
  for (const d of github.state.deployments) {
    const statuses = github.state.deploymentStatuses.get(d.id) ?? []
    console.log(
      `Deployment #${d.id} ${d.environment} @ ${d.ref}: ${statuses.map((s) => s.state).join(' -> ')} (serving ${r.app.version(d.environment) ?? '-'})`
    )
  }
  console.log(`develop: ${sandbox.log('refs/heads/develop', 1)[0] ?? ''}`)
  const milestone = github.state.milestones.find((m) => m.title === run.version)
  console.log(
    `Milestone ${run.version}: ${milestone?.state ?? '(none)'}; Jira version ${run.version}: ${r.jira.state.versions.find((v) => v.name === run.version)?.released ? 'released' : 'not released'}`
  )
  console.log(`Announcements posted: ${r.webhooks.posts.length}`)
}

/** The books of a release rolled back in production. */
function rollbackReport(r: Rehearsal, run: ReleaseRun): void {
  const { sandbox, github } = r
  const tag = `v${run.version}`
  console.log(`\n${run.version} rolled back:`)
  console.log(
    `Tag ${tag}: ${sandbox.remoteSha(`refs/tags/${tag}`) ? 'kept (a release tag is never moved or deleted)' : '(none)'}`
  )
  const release = github.state.releases.find((rel) => rel.tag_name === tag)
  const note = (release?.body ?? '').split('\n').find((line) => line.startsWith('> **'))
  console.log(`GitHub Release ${tag}: ${note ?? '(no note)'}`)
  const latest = github.state.releases.find((rel) => rel.id === github.state.latestReleaseId)
  console.log(`Latest release: ${latest?.tag_name ?? '(by date)'}`)
  const develop = sandbox.show('develop', 'CHANGELOG.md')
  const heading = develop.split('\n').find((line) => line.startsWith(`## [${run.version}]`))
  const yankPull = github.state.pulls.find((p) => p.head.ref === `yank/${run.version}`)
  console.log(
    `CHANGELOG.md on develop: ${heading ?? '(no section)'}${yankPull ? ` (via ${yankPull.html_url}, ${yankPull.state})` : ''}`
  )
  for (const d of github.state.deployments.filter((d) => d.environment === 'production')) {
    const statuses = github.state.deploymentStatuses.get(d.id) ?? []
    console.log(
      `Deployment #${d.id} production @ ${d.ref}: ${statuses.map((s) => s.state).join(' -> ')}`
    )
  }
  console.log(`Production serves: ${r.app.version('production') ?? '-'}`)
  const milestone = github.state.milestones.find((m) => m.title === run.version)
  const jiraVersion = r.jira.state.versions.find((v) => v.name === run.version)
  console.log(
    `Milestone ${run.version}: ${milestone?.state ?? '(none)'}; Jira version ${run.version}: ${jiraVersion ? (jiraVersion.released ? 'released' : 'not released') : 'not created'}`
  )
  const last = r.webhooks.posts.at(-1)
  const title = (last?.json as { blocks?: Array<{ text?: { text?: string } }> } | undefined)
    ?.blocks?.[0]?.text?.text
  console.log(`Announcements posted: ${r.webhooks.posts.length}; the last: ${title ?? '(none)'}`)
}

async function main(): Promise<void> {
  const hotfix = process.argv.includes('--hotfix')
  const rollback = process.argv.includes('--rollback')
  const signed = process.argv.includes('--signed')
  const log = (line: string) => console.log(line)
  const r = await setUpRehearsal({ log, signed })
  console.log(`Sample repository: ${r.sandbox.root} (origin: ${r.sandbox.origin})`)
  try {
    report(r, await rehearseThroughWorkflow(r, log))
    if (hotfix) report(r, await rehearseThroughWorkflow(r, log, 'hotfix'))
    if (rollback) {
      log('\nThe next release falls over in production during monitor:')
      rollbackReport(
        r,
        await rehearseThroughWorkflow(r, log, 'release', { failInProduction: true })
      )
    }
    if (signed) {
      const { made, unverified } = unverifiedCommits(r)
      console.log(
        `\nEvery branch requires signed commits: ${made.length} commits made, ${made.length - unverified.length} Verified.`
      )
      if (unverified.length > 0) throw new Error(`Unverified commits: ${unverified.join(', ')}`)
    }
  } finally {
    await r.stop()
  }
  console.log(
    `\nThe sample repository stays at ${r.sandbox.root}; clone ${r.sandbox.origin} to look around.`
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
