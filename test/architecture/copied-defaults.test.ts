/** The check that keeps each default in action.yml only (run by `npm run docs` and check-dist). */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SHARED_DEFAULTS } from '../../packages/base/input-defaults.js'
import {
  constantFallbacks,
  copiedDefaults,
  copiedLists,
  inputTables
} from '../../scripts/copied-defaults.mjs'
import { REPO_ROOT } from '../kit/invoker.js'

const DEFAULTS = {
  title: 'Release {version}',
  'develop-branch': 'develop',
  mode: 'update',
  'branch-pattern': 'release-v{version}\nrelease/{version}',
  draft: 'false',
  version: ''
}

describe('copiedDefaults', () => {
  test('a default written as a fallback literal is found, in each place a parser writes one', () => {
    const source = [
      "title: getOptionalInput(Input.title) ?? 'Release {version}',",
      "developBranch: getBranchInput(Input.developBranch, 'develop'),",
      "mode: getEnumInput(Input.mode, MODES, 'update'),",
      "base: getRenamedInput(Input.developBranch, Input.base) ?? 'develop',",
      "patterns: getOptionalInput(Input.branchPattern) ?? 'release-v{version}\\nrelease/{version}',"
    ].join('\n')
    expect(copiedDefaults(source, DEFAULTS).map(([input]) => input)).toEqual([
      'title',
      'develop-branch',
      'mode',
      'branch-pattern'
    ])
  })

  test("a parameter's default is a fallback place too; a default parameter of another text is not", () => {
    const source = [
      "export function releaseTagName(version: string, prefix = 'develop'): string {",
      'export function latestReleaseTag(',
      '  tagNames: string[],',
      "  mode?: string = 'update'",
      '): ReleaseTag | undefined {',
      "function other(kind = 'hotfix', base: string = 'main') {}",
      // An assignment is not a parameter.
      "const mode = 'update'"
    ].join('\n')
    expect(copiedDefaults(source, DEFAULTS)).toEqual([
      ['develop-branch', 'develop'],
      ['mode', 'update']
    ])
  })

  test('a boolean or number given for an input action.yml gives a default is found', () => {
    const source = [
      "export const Input = { draft: 'draft', retries: 'retries', hotfix: 'hotfix' } as const",
      'draft: getBooleanInput(Input.draft, false),',
      'retries: getIntegerInput(Input.retries, 0, { min: 0 }),',
      // No default in action.yml: the code's value is the only one.
      'hotfix: getBooleanInput(Input.hotfix, false),'
    ].join('\n')
    expect(copiedDefaults(source, { ...DEFAULTS, retries: '0' })).toEqual([
      ['draft', 'false'],
      ['retries', '0']
    ])
  })

  test('a fallback to a DEFAULT_ constant written in code is found', () => {
    const source = [
      'issuePattern: compilePattern(getOptionalInput(Input.issuePattern) ?? DEFAULT_ISSUE_PATTERN),',
      'if (value === undefined) return DEFAULT_TICKET_PATTERN',
      'path: getFileInput(Input.path, DEFAULT_PATH, dir),',
      // Not a fallback: a constant used as a value.
      'const pattern = new RegExp(DEFAULT_ISSUE_PATTERN)',
      'title: getOptionalInput(Input.title) ?? DEFAULTS[Input.title],'
    ].join('\n')
    expect(constantFallbacks(source)).toEqual([
      'DEFAULT_ISSUE_PATTERN',
      'DEFAULT_TICKET_PATTERN',
      'DEFAULT_PATH'
    ])
  })

  test('the generated table, other literals and true/false/empty are not reported', () => {
    const source = [
      'title: getOptionalInput(Input.title) ?? DEFAULTS[Input.title],',
      "export const MODES = ['update', 'rebuild'] as const",
      "throw new ConfigurationError(`Input 'develop-branch' is empty`)",
      'draft: getBooleanInput(Input.draft, DEFAULTS[Input.draft]),',
      "version: getOptionalInput(Input.version) ?? '',"
    ].join('\n')
    expect(copiedDefaults(source, DEFAULTS)).toEqual([])
  })
})

describe('the action kit: the shared inputs take their defaults from action.yml only', () => {
  const kit = join(REPO_ROOT, 'packages', 'action-kit')
  const sources = readdirSync(kit)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((file) => ({ file, source: readFileSync(join(kit, file), 'utf8') }))
  const shared: Record<string, string> = SHARED_DEFAULTS
  const kitCopies = (source: string) => copiedDefaults(source, shared, { anywhere: true })

  test('the generated table holds the shared inputs the kit reads, with their action.yml defaults', () => {
    expect(SHARED_DEFAULTS).toMatchObject({
      'working-directory': '.',
      'dry-run': 'false',
      'git-user-name': 'github-actions[bot]',
      'tag-prefix': 'v'
    })
    const read = new Set(sources.flatMap(({ source }) => [...inputTables(source).values()]))
    for (const input of Object.keys(SHARED_DEFAULTS)) expect(read).toContain(input)
  })

  test('no source of the kit writes one of them or falls back to a constant', () => {
    expect(
      sources.flatMap(({ file, source }) => kitCopies(source).map((c) => [file, ...c]))
    ).toEqual([])
    expect(sources.flatMap(({ source }) => constantFallbacks(source))).toEqual([])
  })

  // Each place the kit reads the table, given the literal back, is found: the check cannot
  // miss a default re-introduced where one was taken out.
  const uses = sources.flatMap(({ file, source }) =>
    [...source.matchAll(/SHARED_DEFAULTS\[(\w+Input\.\w+)\]/g)].map(
      (m) => [file, m[1], inputTables(source).get(m[1])!, source] as const
    )
  )
  test('the kit reads the table for working-directory, dry-run, identity, patterns, tag-prefix, release-type', () => {
    expect(new Set(uses.map(([, , input]) => input))).toEqual(new Set(Object.keys(shared)))
  })
  test.each(uses.map(([file, reference, input, source]) => [file, reference, input, source]))(
    '%s: %s written back as a literal is found',
    (_file, reference, input, source) => {
      const value = shared[input]
      const literal = /^(true|false|-?\d+)$/.test(value)
        ? value
        : `'${value.replace(/\n/g, '\\n')}'`
      const copied = source.replace(`SHARED_DEFAULTS[${reference}]`, literal)
      expect(kitCopies(copied)).toContainEqual([input, value])
    }
  )

  test('a distinctive default is found anywhere in the kit, a short one only in a fallback place', () => {
    const source = [
      "export const CommonInput = { gitUserName: 'git-user-name', dryRun: 'dry-run' } as const",
      "const BOT = { name: 'github-actions[bot]' }",
      "if (name.endsWith('.')) return 'it ends with a dot'",
      "if (raw === undefined) return 'v'",
      'dryRun: getBooleanInput(CommonInput.dryRun, false),'
    ].join('\n')
    expect(kitCopies(source)).toEqual([
      ['git-user-name', 'github-actions[bot]'],
      ['tag-prefix', 'v'],
      ['dry-run', 'false']
    ])
    // An action's parser (enum lists hold default values) is held to the fallback places only.
    expect(copiedDefaults(source, shared)).toEqual([
      ['tag-prefix', 'v'],
      ['dry-run', 'false']
    ])
  })
})

describe('below the kit: no package keeps its own copy of a shared default', () => {
  const shared: Record<string, string> = SHARED_DEFAULTS
  const packages = join(REPO_ROOT, 'packages')

  test('a list of the values of a several-valued default, as an array literal, is found', () => {
    const source = [
      'export const DEFAULT_RELEASE_BRANCH_PATTERNS: readonly string[] = Object.freeze([',
      "  'release-v{version}',",
      "  'release/{version}',",
      "  'release/v{version}'",
      '])',
      "const HOTFIX = ['hotfix-v{version}', 'hotfix/{version}', 'hotfix/v{version}',]"
    ].join('\n')
    expect(copiedLists(source, shared)).toEqual([
      ['branch-pattern', shared['branch-pattern']],
      ['hotfix-branch-pattern', shared['hotfix-branch-pattern']]
    ])
  })

  test('other lists, a part of one, another order and one-valued defaults are not reported', () => {
    const source = [
      "const SOME = ['release-v{version}', 'release/{version}']",
      "const OTHER = ['release/{version}', 'release-v{version}', 'release/v{version}']",
      "const KINDS = ['release', 'hotfix']",
      "const AUTO = ['auto', 'x']"
    ].join('\n')
    expect(copiedLists(source, shared)).toEqual([])
  })

  test('the packages hold none (versioning reads the generated table)', () => {
    const copies = readdirSync(packages, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'base/input-defaults.ts')
      .flatMap((f) =>
        copiedLists(readFileSync(join(packages, f), 'utf8'), shared).map(([input]) => [f, input])
      )
    expect(copies).toEqual([])
    expect(readFileSync(join(packages, 'versioning', 'branches.ts'), 'utf8')).toContain(
      "SHARED_DEFAULTS['branch-pattern']"
    )
  })
})
