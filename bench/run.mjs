// `npm run bench [bundle|notify|bump|push|changelog|rehearsal] [args]`: the suite's benchmarks in one run, each
// printing its own table of medians and ratios against the floor or the peers it is compared
// with in that same run. The changelog benchmark takes sizes (default 1000 10000 100000), the
// push benchmark too (default 1000 100000).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const here = import.meta.dirname
const [only, ...args] = process.argv.slice(2)
const benches = {
  bundle: [process.execPath, [join(here, 'bundle.mjs')]],
  notify: [process.execPath, [join(here, 'notify.mjs')]],
  bump: [process.execPath, ['--import', 'tsx', join(here, 'bump', 'run.ts')]],
  push: [process.execPath, [join(here, 'push.mjs'), ...args]],
  changelog: [process.execPath, [join(here, 'changelog', 'run.mjs'), ...args]],
  rehearsal: [process.execPath, ['--import', 'tsx', join(here, 'rehearsal', 'run.ts')]]
}
let failed = false
for (const [name, [command, argv]] of Object.entries(benches)) {
  if (only && only !== name) continue
  console.log(`\n=== ${name}`)
  const result = spawnSync(command, argv, { stdio: 'inherit' })
  failed ||= result.status !== 0
}
process.exit(failed ? 1 : 0)
