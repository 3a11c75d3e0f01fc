/**
 * `npm run bench bump`: bump-version with its real commit and push on the seed's project (the
 * release branch release-v1.3.0 of test/kit's seed), as the runner runs it: the dist bundle as a
 * child process, in a fresh copy of origin and a fresh checkout each run (a depth-1 checkout,
 * actions/checkout's default, and a full clone), interleaved with `node -e 0`. Medians, and the
 * ratio to `node -e 0` (the goal: at most 3x). Beside them, the git floor of each kind: the
 * very git commands the action ran (read from git's own trace2 of one untimed run, so the floor
 * follows the action when it changes), replayed one after another by `sh` in the same state with
 * the bumped files already written. The floor is git's own share (for a local origin, its
 * receive-pack side too); what the action takes beyond `node -e 0` plus the floor is ours.
 * `BENCH_BUMP_COMPARE=<dir>/bump-version/index.js` adds a row for another build (e.g. an earlier
 * commit's dist, copied aside), depth-1 only.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { inputVariable, invokeAction } from '../../test/kit/invoker.js'
import { NO_AUTO_GC_ENV, Sandbox } from '../../test/kit/sandbox.js'
import { createSeedRepo } from '../../test/kit/seed-project.js'
import { median, mediansTable, writeSection } from '../readme.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 11)
const BRANCH = 'release-v1.3.0'
const main = join(import.meta.dirname, '..', '..', 'dist', 'bump-version', 'index.js')
const compare = process.env.BENCH_BUMP_COMPARE
const KINDS = { 'depth-1': 'depth-1 checkout', full: 'full clone' } as const
type Kind = keyof typeof KINDS

const template = createSeedRepo({ releaseBranch: BRANCH })
const scratch = mkdtempSync(join(tmpdir(), 'ra-bench-bump-'))
try {
  // One run through the test kit's invoker gives the runner's environment (inputs with their
  // action.yml defaults, GITHUB_* variables); each timed run gets its own files and checkout.
  const probe = Sandbox.copyOf(template.sandbox.root, template.sandbox.root)
  const probeWs = probe.checkout('ws', BRANCH)
  const first = await invokeAction({
    action: 'bump-version',
    workspace: probeWs,
    ref: `refs/heads/${BRANCH}`,
    sha: probe.git(probeWs, 'rev-parse', 'HEAD')
  })
  if (first.outputs.result !== 'updated') throw new Error(`bump-version: ${first.stdout}`)
  const oldTemp = dirname(first.env.GITHUB_OUTPUT)
  // The bump's files as the action wrote them: the floor starts from them, already written.
  const bumped = Object.fromEntries(
    probe
      .git(probeWs, 'diff', '--name-only', 'HEAD~1', 'HEAD')
      .split('\n')
      .map((path) => [path, probe.read(probeWs, path)])
  )
  probe.cleanup()

  /** A fresh origin, a checkout of the release branch, and the runner's files: not timed. */
  function prepare(kind: Kind, n: number) {
    const sandbox = Sandbox.copyOf(template.sandbox.root, template.sandbox.root)
    const ws = kind === 'full' ? sandbox.clone('ws', BRANCH) : sandbox.checkout('ws', BRANCH)
    const temp = join(scratch, `${kind}-${n}`)
    mkdirSync(join(temp, 'home'), { recursive: true })
    mkdirSync(join(temp, 'runner-temp'))
    for (const f of ['output', 'summary', 'env', 'state', 'path']) writeFileSync(join(temp, f), '')
    writeFileSync(join(temp, 'event.json'), '{}')
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(first.env))
      env[key] = value.replaceAll(oldTemp, temp).replaceAll(probeWs, ws)
    // As on a runner: the test kit's git config (no automatic gc) is not the action's to lean on.
    for (const key of Object.keys(NO_AUTO_GC_ENV)) delete env[key]
    env.GITHUB_SHA = sandbox.git(ws, 'rev-parse', 'HEAD')
    return { sandbox, ws, env }
  }

  /**
   * The git commands one run of the action makes, as git's trace2 records them: each top-level
   * process's argv (a child's session id names its parent's), in the order they started.
   */
  function gitCommands(kind: Kind): string[][] {
    const { sandbox, ws, env } = prepare(kind, runs + 1000)
    const trace = join(scratch, `trace-${kind}.json`)
    time([main], ws, { ...env, GIT_TRACE2_EVENT: trace })
    sandbox.cleanup()
    return readFileSync(trace, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { event: string; sid: string; argv?: string[] })
      .filter((e) => e.event === 'start' && !e.sid.includes('/'))
      .map((e) => ['git', ...(e.argv ?? []).slice(1)])
  }
  const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`
  /** Each kind's floor: the action's git commands as one `sh` script, and how many they are. */
  const floors = Object.fromEntries(
    (Object.keys(KINDS) as Kind[]).map((kind) => {
      const commands = gitCommands(kind)
      const script = join(scratch, `floor-${kind}.sh`)
      writeFileSync(script, commands.map((argv) => argv.map(quote).join(' ')).join('\n') + '\n')
      return [kind, { script, commands: commands.length }]
    })
  ) as Record<Kind, { script: string; commands: number }>
  // The commit's identity, which the action gives git through the environment: its inputs,
  // with action.yml's defaults as the invoker set them.
  const name = first.env[inputVariable('git-user-name')] ?? ''
  const email = first.env[inputVariable('git-user-email')] ?? ''
  const identity = {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email
  }

  function time(
    args: string[],
    cwd: string,
    env: Record<string, string>,
    command = process.execPath
  ): number {
    const start = process.hrtime.bigint()
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}${result.stdout}`)
    return ms
  }

  const samples: Record<string, number[]> = {
    'node -e 0': [],
    'bump-version, depth-1 checkout': [],
    'bump-version, full clone': [],
    'git floor, depth-1 checkout': [],
    'git floor, full clone': [],
    ...(compare ? { [`${compare}, depth-1 checkout`]: [] } : {})
  }
  for (let i = 0; i < runs; i++) {
    samples['node -e 0'].push(time(['-e', '0'], scratch, { PATH: process.env.PATH ?? '' }))
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const { sandbox, ws, env } = prepare(kind, i)
      samples[`bump-version, ${KINDS[kind]}`].push(time([main], ws, env))
      if (!sandbox.show(BRANCH, 'setup.py').includes('version="1.3.0"'))
        throw new Error('bump-version did not push the bump')
      sandbox.cleanup()
      const floor = prepare(kind, runs + 2000 + i)
      floor.sandbox.write(floor.ws, bumped)
      samples[`git floor, ${KINDS[kind]}`].push(
        time(['-e', floors[kind].script], floor.ws, { ...floor.env, ...identity }, 'sh')
      )
      if (!floor.sandbox.show(BRANCH, 'setup.py').includes('version="1.3.0"'))
        throw new Error('the git floor did not push the bump')
      floor.sandbox.cleanup()
    }
    if (compare) {
      const { sandbox, ws, env } = prepare('depth-1', runs + i)
      samples[`${compare}, depth-1 checkout`].push(time([compare], ws, env))
      sandbox.cleanup()
    }
  }
  const floor = median(samples['node -e 0'])
  const lines = [
    '## bump-version, commit and push (`npm run bench bump`)',
    '',
    "bump-version with its real commit and push on the seed's project (its release branch), the",
    'bundle run as the runner runs it, in a fresh origin and checkout each run; beside it the git',
    "floor: the very git commands the action ran (from git's trace2), replayed one after another",
    'by `sh` with the bumped files already written. origin is a local bare repository, so the',
    "floor includes origin's receiving side of the push, which GitHub does on its own side.",
    '',
    ...mediansTable(samples, runs),
    ''
  ]
  for (const [kind, label] of Object.entries(KINDS) as Array<[Kind, string]>) {
    const ours = median(samples[`bump-version, ${label}`])
    const git = median(samples[`git floor, ${label}`])
    lines.push(
      `- ${label}: bump-version / (node -e 0 + git floor) = ${(ours / (floor + git)).toFixed(2)}; ` +
        `beyond both: ${(ours - floor - git).toFixed(0)} ms; the floor replays ${floors[kind].commands} git commands.`
    )
  }
  console.log(lines.join('\n'))
  writeSection('bump', lines)
} finally {
  template.sandbox.cleanup()
  rmSync(scratch, { recursive: true, force: true })
}
