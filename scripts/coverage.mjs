// `npm run coverage [-- <jest arguments, e.g. test files>]`: line coverage of packages/ by the
// tests, counting both what runs in Jest's process (the unit tests, V8 coverage through Jest)
// and what runs in the bundles the child-process tests start: the invoker hands each child
// NODE_V8_COVERAGE, and the bundle's V8 coverage is mapped back to packages/**/*.ts through
// dist/'s source maps (v8-to-istanbul). Prints the table and the total; the goal is 85% of lines.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import libCoverage from 'istanbul-lib-coverage'
import libReport from 'istanbul-lib-report'
import reports from 'istanbul-reports'
import v8toIstanbul from 'v8-to-istanbul'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const GOAL = 85
const work = mkdtempSync(join(tmpdir(), 'ra-coverage-'))
const children = join(work, 'children')
const inProcess = join(work, 'jest')
mkdirSync(children)

try {
  // Jest's command as npm installs it (its package exports no bin file to resolve).
  const jest = join(root, 'node_modules', '.bin', 'jest')
  const run = spawnSync(
    jest,
    [
      '--coverage',
      '--coverageProvider=v8',
      '--collectCoverageFrom=packages/**/*.ts',
      '--collectCoverageFrom=!packages/**/*.test.ts',
      '--coverageReporters=json',
      `--coverageDirectory=${inProcess}`,
      ...process.argv.slice(2)
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_OPTIONS: '--experimental-vm-modules',
        RELEASE_ACTIONS_CHILD_COVERAGE: children
      }
    }
  )
  const map = libCoverage.createCoverageMap({})
  const jestJson = join(inProcess, 'coverage-final.json')
  if (existsSync(jestJson)) map.merge(JSON.parse(readFileSync(jestJson, 'utf8')))
  map.merge(await childCoverage(children))
  map.filter((file) => isPackageSource(file))
  report(map)
  const lines = map.getCoverageSummary().lines.pct
  console.log(
    `\nLines of packages/ covered: ${lines}% (goal ${GOAL}%), in-process and in the bundles' child processes.`
  )
  process.exitCode = run.status ?? 1
} finally {
  rmSync(work, { recursive: true, force: true })
}

function isPackageSource(file) {
  return file.startsWith(join(root, 'packages') + '/') && !file.endsWith('.test.ts')
}

/** The children's V8 coverage of dist/shared/*.js, as istanbul coverage of the .ts files. */
async function childCoverage(dir) {
  const map = libCoverage.createCoverageMap({})
  const bundle = pathToFileURL(join(root, 'dist', 'shared')).href + '/'
  const sources = new Map()
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { result } = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    for (const script of result ?? []) {
      if (!script.url.startsWith(bundle)) continue
      const path = fileURLToPath(script.url)
      if (!sources.has(path)) sources.set(path, loadSources(path))
      const converter = v8toIstanbul(path, 0, sources.get(path), (f) => !isPackageSource(f))
      await converter.load()
      converter.applyCoverage(script.functions)
      map.merge(converter.toIstanbul())
    }
  }
  return map
}

/** A bundle file with its source map, the map's sources read from the repository. */
function loadSources(path) {
  const sourcemap = JSON.parse(readFileSync(`${path}.map`, 'utf8'))
  sourcemap.sourcesContent = sourcemap.sources.map((source) => {
    const file = resolve(dirname(path), source)
    return existsSync(file) ? readFileSync(file, 'utf8') : ''
  })
  return { source: readFileSync(path, 'utf8'), sourceMap: { sourcemap } }
}

function report(map) {
  const context = libReport.createContext({ dir: join(root, 'coverage'), coverageMap: map })
  reports.create('text', { skipFull: true, maxCols: 110 }).execute(context)
  reports.create('text-summary').execute(context)
}
