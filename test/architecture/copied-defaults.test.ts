/** The check that keeps each default in action.yml only (run by `npm run docs` and check-dist). */
import { describe, expect, test } from '@jest/globals'
import { copiedDefaults } from '../../scripts/copied-defaults.mjs'

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
