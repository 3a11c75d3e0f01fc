// No import cycles among our own modules (STYLE: "no import cycles"). A small walk over the
// relative imports of every TypeScript file; type-only imports do not count.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = join(import.meta.dirname, '..')
const folders = ['src', 'actions', 'packages', 'test', 'scripts', 'bench']

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

const graph = new Map()
for (const file of folders.flatMap((f) => files(join(root, f)))) {
  const text = readFileSync(file, 'utf8')
  const deps = [
    ...text.matchAll(
      /^import (?!type )[^'"]*?from '(\.{1,2}\/[^']+)'|^export [^'"]*? from '(\.{1,2}\/[^']+)'/gm
    )
  ].map((m) => resolve(dirname(file), (m[1] ?? m[2]).replace(/\.js$/, '.ts')))
  graph.set(file, deps)
}

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

if (cycles.length > 0) {
  for (const cycle of cycles)
    console.error(`Import cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`)
  process.exit(1)
}
console.log(`No import cycles among ${graph.size} modules.`)
