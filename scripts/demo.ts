/**
 * The README's first command: a release rehearsal on a generated copy of the seed's Python
 * project. Every action runs the way the runner runs it (test/kit/invoker.ts) against a bare
 * origin in a temp dir; the sample repository stays on disk for inspection.
 */
import { invokeAction } from '../test/kit/invoker.js'
import { createSeedRepo } from '../test/kit/seed-project.js'

async function main(): Promise<void> {
  const { sandbox } = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  console.log(`Sample repository: ${sandbox.root} (origin: ${sandbox.origin})`)
  const workspace = sandbox.checkout('job-bump', 'release-v1.3.0')
  const started = Date.now()
  const run = await invokeAction({
    action: 'bump-version',
    workspace,
    ref: 'refs/heads/release-v1.3.0'
  })
  console.log(`\nbump-version: ${run.outputs.result ?? 'failed'} in ${Date.now() - started} ms`)
  if (run.exitCode !== 0) {
    console.error(run.errors || run.stderr)
    process.exit(1)
  }
  console.log(
    `  ${run.outputs['previous-version']} -> ${run.outputs.version}, files: ${run.outputs['changed-files']}`
  )
  console.log(`  commit ${run.outputs['commit-sha']} on origin/release-v1.3.0:`)
  console.log(
    sandbox
      .git(sandbox.origin, 'show', '--stat', '--format=    %s (%an)', 'release-v1.3.0')
      .replace(/^/gm, '  ')
  )
  console.log(
    sandbox.git(sandbox.origin, 'diff', 'release-v1.3.0~1', 'release-v1.3.0').replace(/^/gm, '    ')
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
