/**
 * The rehearsal measured: total time of a minor release and of a hotfix through every stage,
 * and the GitHub API requests each stage makes (what a release costs in rate limit).
 */
import { rehearseRelease, setUpRehearsal, type ReleaseRun } from '../../test/kit/rehearsal/index.js'

function table(run: ReleaseRun): void {
  const total = run.stages.reduce((sum, s) => sum + s.ms, 0)
  const requests = run.stages.reduce((sum, s) => sum + s.apiRequests, 0)
  const trips = run.stages.reduce((sum, s) => sum + s.originTrips, 0)
  console.log(
    `\nRehearsal ${run.version}: ${(total / 1000).toFixed(1)} s over ${run.stages.length} stages, ${requests} GitHub API requests, ${trips} round trips to origin`
  )
  console.log('| stage | result | ms | API requests | origin round trips |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const s of run.stages)
    console.log(`| ${s.stage} | ${s.result} | ${s.ms} | ${s.apiRequests} | ${s.originTrips} |`)
}

const r = await setUpRehearsal()
try {
  table(await rehearseRelease(r, 'release'))
  table(await rehearseRelease(r, 'hotfix'))
} finally {
  await r.stop()
  r.sandbox.cleanup()
}
