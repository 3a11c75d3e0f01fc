/**
 * The rehearsal measured: total time of a minor release and of a hotfix through every stage,
 * the GitHub API requests each stage makes (what a release costs in rate limit) and its round
 * trips to origin, by command (ls-remote, fetch, push), as each step printed them.
 */
import { rehearseRelease, setUpRehearsal, type ReleaseRun } from '../../test/kit/rehearsal/index.js'

const CALLS = ['ls-remote', 'fetch', 'push'] as const

function table(run: ReleaseRun): void {
  const total = run.stages.reduce((sum, s) => sum + s.ms, 0)
  const requests = run.stages.reduce((sum, s) => sum + s.apiRequests, 0)
  const trips = run.stages.reduce((sum, s) => sum + s.originTrips, 0)
  const byCall = CALLS.map(
    (c) => `${run.stages.reduce((sum, s) => sum + s.originCalls[c], 0)} ${c}`
  ).join(', ')
  console.log(
    `\nRehearsal ${run.version}: ${(total / 1000).toFixed(1)} s over ${run.stages.length} stages, ${requests} GitHub API requests, ${trips} round trips to origin (${byCall})`
  )
  console.log(
    '| stage | result | ms | API requests | origin round trips | ls-remote | fetch | push |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const s of run.stages)
    console.log(
      `| ${s.stage} | ${s.result} | ${s.ms} | ${s.apiRequests} | ${s.originTrips} | ${CALLS.map((c) => s.originCalls[c]).join(' | ')} |`
    )
}

const r = await setUpRehearsal()
try {
  table(await rehearseRelease(r, 'release'))
  table(await rehearseRelease(r, 'hotfix'))
} finally {
  await r.stop()
  r.sandbox.cleanup()
}
