// Generates from each actions/<name>/action.yml: the inputs/outputs tables of its README
// (between markers), the root action.yml (the whole suite behind `step:`), and
// src/step-defaults.ts (the defaults the root action applies for the chosen step), each
// actions/<name>/src/defaults.ts (the defaults its inputs parser falls back to) and
// packages/base/input-defaults.ts (the defaults of the shared inputs the action kit reads, in the
// base package so that every layer may read them: versioning's branch patterns do).
// `--check` writes nothing and fails when any of them is out of date.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { parse, stringify } from 'yaml'
import { constantFallbacks, copiedDefaults, copiedLists, inputTables } from './copied-defaults.mjs'

const root = join(import.meta.dirname, '..')
const check = process.argv.includes('--check')
const stale = []

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort()

function emit(path, content) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
  if (current === content) return
  if (check) stale.push(path.slice(root.length + 1))
  else writeFileSync(path, content)
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
const shown = (value) => (value === undefined || value === '' ? '' : `\`${cell(value)}\``)

function tables(meta) {
  const inputs = Object.entries(meta.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description)} | ${shown(spec.default)} | ${spec.required ? 'yes' : 'no'} |`
  )
  const outputs = Object.entries(meta.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
  return {
    inputs: [
      '| Input | Description | Default | Required |',
      '| --- | --- | --- | --- |',
      ...inputs
    ].join('\n'),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n')
  }
}

function replaceBetween(text, marker, content) {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < 0) throw new Error(`README is missing the ${start} / ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`
}

const metas = {}
for (const name of actions) {
  const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))
  metas[name] = meta
  const readmePath = join(root, 'actions', name, 'README.md')
  const readme = existsSync(readmePath)
    ? readFileSync(readmePath, 'utf8')
    : `# ${name}\n\n${meta.description}\n\n## Inputs\n\n<!-- inputs:start -->\n<!-- inputs:end -->\n\n## Outputs\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n`
  const t = tables(meta)
  emit(readmePath, replaceBetween(replaceBetween(readme, 'inputs', t.inputs), 'outputs', t.outputs))
}

// The root action: every input of every action; a default only where all actions agree on it
// (the common inputs), the rest filled per step from src/step-defaults.ts at run time.
const union = new Map()
for (const name of actions) {
  for (const [input, spec] of Object.entries(metas[name].inputs ?? {})) {
    const entry = union.get(input) ?? {
      users: [],
      defaults: new Set(),
      descriptions: new Map()
    }
    entry.users.push(name)
    entry.defaults.add(spec.default === undefined ? undefined : String(spec.default))
    entry.descriptions.set(name, spec.description)
    union.set(input, entry)
  }
}
const rootAction = {
  name: 'release-actions',
  description:
    'The whole git-flow release suite behind one entry: choose the action with step, pass its inputs.',
  author: 'release-actions',
  branding: { icon: 'package', color: 'blue' },
  inputs: { step: { description: `The action to run: ${actions.join(', ')}.`, required: true } },
  outputs: {},
  runs: { using: 'node24', main: 'dist/suite/index.js' }
}
// Inputs whose empty value means something (`tag-prefix: ''` is bare tags): the root declares
// their default too, so the runner passes it when the input is left out and an empty value
// reaches the step as given (src/main.ts leaves it alone).
const EMPTY_IS_A_VALUE = ['tag-prefix']
// An expression default (`${{ github.token }}`) can only be given by the runner, so it goes on
// the root input whenever every action that has the input agrees on it: preflight's
// github-token then reaches `step: preflight` as it reaches preflight itself.
for (const [input, entry] of [...union].sort(([a], [b]) => a.localeCompare(b))) {
  const [only] = entry.defaults
  const agreed = entry.defaults.size === 1 ? only : undefined
  const shared =
    agreed !== undefined &&
    (entry.users.length === actions.length ||
      EMPTY_IS_A_VALUE.includes(input) ||
      agreed.includes('${{'))
      ? agreed
      : undefined
  // One input name may mean different things to different actions: say what it means to each.
  const meanings = new Set(entry.descriptions.values())
  const description =
    meanings.size === 1
      ? `${[...meanings][0]} (${entry.users.join(', ')})`
      : [...entry.descriptions].map(([name, text]) => `${name}: ${text}`).join(' ')
  rootAction.inputs[input] = { description, required: false }
  if (shared !== undefined) rootAction.inputs[input].default = shared
}
const outputNames = new Set(actions.flatMap((name) => Object.keys(metas[name].outputs ?? {})))
for (const o of [...outputNames].sort())
  rootAction.outputs[o] = { description: `The chosen step's '${o}' output (see its README).` }
emit(
  join(root, 'action.yml'),
  `# Generated by scripts/docs.mjs from actions/*/action.yml; do not edit.\n${stringify(rootAction, { lineWidth: 0 })}`
)

const defaults = {}
for (const name of actions) {
  defaults[name] = {}
  for (const [input, spec] of Object.entries(metas[name].inputs ?? {})) {
    if (spec.default === undefined || String(spec.default).includes('${{')) continue
    defaults[name][input] = String(spec.default)
  }
}
// The root's table is each action's own generated DEFAULTS (below), not a second copy of them.
const camel = (name) => name.replace(/-(\w)/g, (_m, c) => c.toUpperCase())
emit(
  join(root, 'src', 'step-defaults.ts'),
  [
    '// Generated by scripts/docs.mjs from actions/*/action.yml; do not edit.',
    ...actions.map(
      (name) => `import { DEFAULTS as ${camel(name)} } from '../actions/${name}/src/defaults.js'`
    ),
    '',
    'export const STEP_DEFAULTS: Record<string, Record<string, string>> = {',
    ...actions.map((name, i) => `  '${name}': ${camel(name)}${i < actions.length - 1 ? ',' : ''}`),
    '}',
    '/** Inputs the root declares a default for: an empty value was given, not left out. */',
    `export const EMPTY_IS_A_VALUE: readonly string[] = ${JSON.stringify(EMPTY_IS_A_VALUE)}`,
    ''
  ].join('\n')
)

// Each action's own defaults, for its inputs parser: `getOptionalInput(Input.x) ?? DEFAULTS[Input.x]`
// reads action.yml's value, so no default is written twice (and each bundle carries only its own).
const copied = []
for (const name of actions) {
  emit(
    join(root, 'actions', name, 'src', 'defaults.ts'),
    `// Generated by scripts/docs.mjs from actions/${name}/action.yml; do not edit.\n/** The defaults action.yml declares (runner expressions left out: the runner fills those). */\nexport const DEFAULTS = ${JSON.stringify(defaults[name], null, 2)} as const\n`
  )
  const parser = join(root, 'actions', name, 'src', 'inputs.ts')
  if (!existsSync(parser)) continue
  const source = readFileSync(parser, 'utf8')
  for (const [input, value] of copiedDefaults(source, defaults[name]))
    copied.push(`actions/${name}/src/inputs.ts: '${value}' (the default of ${input}; use DEFAULTS)`)
  for (const constant of constantFallbacks(source))
    copied.push(`actions/${name}/src/inputs.ts: falls back to ${constant} (use DEFAULTS)`)
}

// The shared inputs the action kit reads (the names in its `...Input` tables): their default as
// every action.yml that declares one gives it; actions that disagree are an error, since one
// parser serves them all.
const kit = join(root, 'packages', 'action-kit')
const kitSources = readdirSync(kit)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()
  .map((file) => ({ file, source: readFileSync(join(kit, file), 'utf8') }))
const sharedNames = [
  ...new Set(kitSources.flatMap(({ source }) => [...inputTables(source).values()]))
].sort()
const shared = {}
for (const input of sharedNames) {
  const given = new Map()
  for (const name of actions) {
    const value = defaults[name][input]
    if (value !== undefined) given.set(value, [...(given.get(value) ?? []), name])
  }
  if (given.size > 1) {
    const each = [...given].map(
      ([value, names]) => `${JSON.stringify(value)} (${names.join(', ')})`
    )
    copied.push(
      `shared input ${input}: the actions' action.yml give different defaults: ${each.join(', ')}`
    )
  }
  if (given.size === 1) shared[input] = [...given.keys()][0]
}
const sharedDefaultsFile = join(root, 'packages', 'base', 'input-defaults.ts')
emit(
  sharedDefaultsFile,
  `// Generated by scripts/docs.mjs from actions/*/action.yml; do not edit.\n/** The defaults of the shared inputs packages/action-kit reads (its \`...Input\` tables), as each action.yml declaring one gives it. */\nexport const SHARED_DEFAULTS = ${JSON.stringify(shared, null, 2)} as const\n`
)
for (const { file, source } of kitSources) {
  for (const [input, value] of copiedDefaults(source, shared, { anywhere: true }))
    copied.push(
      `packages/action-kit/${file}: '${value}' (the default of ${input}; use SHARED_DEFAULTS)`
    )
  for (const constant of constantFallbacks(source))
    copied.push(`packages/action-kit/${file}: falls back to ${constant} (use SHARED_DEFAULTS)`)
}
// Below the kit, a package that needs a shared default with no input to read (versioning's
// branch patterns, a tag prefix no caller gave) must not keep its own copy either: a fallback
// literal of a default (`?? 'v'`, `prefix = 'v'`) is one, and so is a list of the values of a
// default written as an array literal.
const packagesDir = join(root, 'packages')
for (const file of readdirSync(packagesDir, { recursive: true, encoding: 'utf8' }).sort()) {
  const path = join(packagesDir, file)
  if (!file.endsWith('.ts') || file.endsWith('.test.ts') || path === sharedDefaultsFile) continue
  const source = readFileSync(path, 'utf8')
  if (!file.startsWith(`action-kit${sep}`))
    for (const [input, value] of copiedDefaults(source, shared))
      copied.push(`packages/${file}: '${value}' (the default of ${input}; use SHARED_DEFAULTS)`)
  for (const [input, value] of copiedLists(source, shared))
    copied.push(
      `packages/${file}: ${JSON.stringify(value.split('\n'))} (the default of ${input}; use SHARED_DEFAULTS)`
    )
}

if (copied.length > 0) {
  console.error(`Defaults hand-copied from action.yml:\n  ${copied.join('\n  ')}`)
  process.exit(1)
}

if (stale.length > 0) {
  console.error(`Out of date (run npm run docs):\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
