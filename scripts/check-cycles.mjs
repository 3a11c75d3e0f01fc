// The import rules of README "Architecture", checked over every relative import of every
// TypeScript file: static imports, `export ... from`, type-only imports and `import()` alike
// (a lazy or type-only import is still a dependency: it cannot go where a static one may not).
//
// 1. No import cycles among modules (type-only imports aside: they vanish at run time).
// 2. No cycles among packages (packages/<name>, actions/<name>, src).
// 3. Layers, bottom to top: an import goes to its own package, or to a package of its own layer
//    or a lower one; never up. Test files (`*.test.ts`) and test/, scripts/, bench/ may import
//    anything but are imported by nothing above them.
// `ALLOWED` lists the upward imports that are known and not fixed yet, each with its reason: a
// new one fails, and one that is gone must be taken off the list (so the list only shrinks).
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta.url, not import.meta.dirname: the tests load this module under Jest too.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folders = ['src', 'actions', 'packages', 'test', 'scripts', 'bench']

/** Bottom to top. A package not named here fails the check until it is given its layer. */
export const LAYERS = [
  {
    name: 'base',
    packages: ['base'],
    says: 'errors, the Logger interface, value checks, round-trip counts, the token source'
  },
  {
    name: 'outside world',
    packages: ['git', 'github', 'http', 'shell', 'jira'],
    says: 'git, the GitHub and Jira APIs, HTTP, commands'
  },
  {
    name: 'capabilities',
    packages: [
      'versioning',
      'changelog',
      'version-files',
      'tagging',
      'notify',
      'integration',
      'deploy',
      'monitor'
    ],
    says: 'versions, changelogs, version files, tags, announcements, test reports, deployments and their rollback, health watches'
  },
  {
    name: 'use-cases',
    packages: ['release', 'preflight'],
    says: 'what one action does, from plain values and injected git, GitHub and logger'
  },
  { name: 'runner', packages: ['action-kit'], says: 'inputs, outputs, summary, the run wrapper' },
  { name: 'entries', packages: ['actions', 'src'], says: 'inputs -> use-case -> outputs' }
]

/** Known upward imports, `from-package -> to-package: module`, to remove, not to add to. */
const ALLOWED = new Map([
  ['github -> action-kit: packages/action-kit/context.ts', 'the Repository type lives in context'],
  ['notify -> action-kit: packages/action-kit/context.ts', 'the Repository type lives in context'],
  ['tagging -> action-kit: packages/action-kit/context.ts', 'the Repository type lives in context'],
  ['release -> action-kit: packages/action-kit/context.ts', 'the Repository type lives in context'],
  ['shell -> action-kit: packages/action-kit/core.ts', "a command's output is a log group"],
  ['release -> action-kit: packages/action-kit/confine.ts', 'confinedFile reads its input'],
  ['preflight -> action-kit: packages/action-kit/confine.ts', 'confinedFile reads its input'],
  ['version-files -> action-kit: packages/action-kit/confine.ts', 'confinedFile reads its input'],
  ['release -> action-kit: packages/action-kit/common.ts', 'use-cases take the common inputs']
])

function files(dir) {
  let out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out = out.concat(files(path))
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out
}

const IMPORT =
  /^import (type )?[^'"]*?from '(\.{1,2}\/[^']+)'|^export (type )?[^'"]*? from '(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/gm

/** Every relative import of every file: { from, to, typeOnly, dynamic }; `to` undefined: the file itself. */
export function readImports() {
  const edges = []
  for (const file of folders.flatMap((f) => files(join(root, f)))) {
    edges.push({ from: file, to: undefined })
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2] ?? m[4] ?? m[5]
      const to = resolve(dirname(file), spec.replace(/\.js$/, '.ts'))
      edges.push({ from: file, to, typeOnly: !!(m[1] ?? m[3]), dynamic: m[5] !== undefined })
    }
  }
  return edges
}

/** `packages/git/git.ts` -> `git`, `actions/deploy/src/index.ts` -> `actions`, test code -> undefined. */
function packageOf(file) {
  const path = relative(root, file)
  if (path.endsWith('.test.ts')) return undefined
  const [top, name] = path.split('/')
  if (top === 'packages') return name
  if (top === 'actions' || top === 'src') return top
  return undefined
}

/** Cycles in a graph given as Map<node, Set<node>>, each as a list of nodes. */
function cyclesOf(graph) {
  const state = new Map()
  const cycles = []
  function visit(node, stack) {
    state.set(node, 'open')
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep])
      else if (!state.has(dep) && graph.has(dep)) visit(dep, [...stack, dep])
    }
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node, [node])
  return cycles
}

export function checkImports(edges = readImports()) {
  const problems = []
  const rel = (f) => relative(root, f)

  const modules = new Map()
  for (const { from, to, typeOnly } of edges) {
    if (!modules.has(from)) modules.set(from, new Set())
    if (to !== undefined && !typeOnly) modules.get(from).add(to)
  }
  for (const cycle of cyclesOf(modules))
    problems.push(`Import cycle: ${cycle.map(rel).join(' -> ')}`)

  const layerOf = new Map(LAYERS.flatMap((l, i) => l.packages.map((p) => [p, i])))
  const packages = new Map()
  const via = new Map()
  const allowedSeen = new Set()
  for (const { from, to, dynamic } of edges) {
    if (to === undefined) continue
    const [a, b] = [packageOf(from), packageOf(to)]
    if (a === undefined) continue
    if (b === undefined) {
      problems.push(`${rel(from)} imports test or tool code: ${rel(to)}`)
      continue
    }
    for (const p of [a, b])
      if (!layerOf.has(p)) problems.push(`Package '${p}' has no layer in scripts/check-cycles.mjs`)
    if (a === b) continue
    if (!packages.has(a)) packages.set(a, new Set())
    packages.get(a).add(b)
    via.set(`${a} -> ${b}`, `${rel(from)} -> ${rel(to)}`)
    if (layerOf.get(b) > layerOf.get(a)) {
      const key = `${a} -> ${b}: ${rel(to)}`
      if (ALLOWED.has(key)) allowedSeen.add(key)
      else
        problems.push(
          `Upward ${dynamic ? 'import()' : 'import'}: ${rel(from)} (${LAYERS[layerOf.get(a)].name}) -> ${rel(to)} (${LAYERS[layerOf.get(b)].name})`
        )
    }
  }
  for (const cycle of cyclesOf(packages)) {
    const steps = cycle.slice(1).map((p, i) => via.get(`${cycle[i]} -> ${p}`))
    problems.push(`Package cycle: ${cycle.join(' -> ')} (${steps.join('; ')})`)
  }
  for (const key of ALLOWED.keys())
    if (!allowedSeen.has(key)) problems.push(`Fixed, take it off ALLOWED: ${key}`)
  return { problems, modules: modules.size }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, modules } = checkImports()
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem)
    process.exit(1)
  }
  console.log(
    `No import cycles among ${modules} modules; no package cycles; no upward imports beyond the ${ALLOWED.size} known.`
  )
}
