import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../base/errors.js'
import { classifyCommit, parseClassificationRules, type ClassifyOptions } from './classify.js'
import { entryForCommit } from './commits.js'

const NONE: ClassifyOptions = { rules: [], skip: [] }

describe('classifyCommit', () => {
  test('a BREAKING CHANGE footer puts its text into the entry', () => {
    const body = [
      'Longer explanation.',
      '',
      'BREAKING CHANGE: the `path` input is now `file`;',
      '  rename it in your workflows.',
      'Refs: #12'
    ].join('\n')
    expect(classifyCommit('feat: rename the path input', body, NONE)).toMatchObject({
      group: 'Added',
      breaking: true,
      text: '**Breaking:** Rename the path input — the `path` input is now `file`; rename it in your workflows.'
    })
    expect(
      classifyCommit('Fix: strict parsing', 'BREAKING-CHANGE: lenient mode is gone', NONE)
    ).toMatchObject({ group: 'Fixed', text: '**Breaking:** Strict parsing — lenient mode is gone' })
    expect(classifyCommit('[CLI-9] Fix: a b', 'random words', NONE)).toMatchObject({
      group: 'Fixed'
    })
    expect(classifyCommit('CLI-9: housekeeping', '', NONE)).toBeUndefined()
    expect(classifyCommit('CLI-9: chore: deps', '', NONE)).toBeUndefined()
  })

  test.each([
    // The seed's style.
    ['Feature: New feature X (JIRA-1234)', 'Added', 'New feature X (JIRA-1234)'],
    ['Fix: Bug in feature W (JIRA-1237)', 'Fixed', 'Bug in feature W (JIRA-1237)'],
    ['Improved performance of Z (JIRA-1236)', 'Changed', 'Improved performance of Z (JIRA-1236)'],
    ['Improve caching', 'Changed', 'Improve caching'],
    ['Change: Default port is 8080', 'Changed', 'Default port is 8080'],
    ['Update translations', 'Changed', 'Update translations'],
    ['Bug in the parser fixed', 'Fixed', 'Bug in the parser fixed'],
    ['Remove the old API', 'Removed', 'Remove the old API'],
    ['Removed: legacy flag', 'Removed', 'Legacy flag'],
    ['Deprecate --foo', 'Deprecated', 'Deprecate --foo'],
    ['Security: Escape HTML (JIRA-9)', 'Security', 'Escape HTML (JIRA-9)'],
    ['Add dark mode', 'Added', 'Add dark mode'],
    ['Revert "Feature: X"', 'Changed', 'Revert "Feature: X"'],
    // Conventional Commits.
    ['feat: add search', 'Added', 'Add search'],
    ['feat(api): add search (#12)', 'Added', '**api:** Add search (#12)'],
    ['fix(ui): button overlaps', 'Fixed', '**ui:** Button overlaps'],
    ['perf: faster start', 'Changed', 'Faster start'],
    ['refactor: split module', 'Changed', 'Split module'],
    ['revert: feat: add search', 'Changed', 'Feat: add search'],
    ['feat!: drop v1 API', 'Added', '**Breaking:** Drop v1 API'],
    ['chore!: require Node 24', 'Changed', '**Breaking:** Require Node 24'],
    ['security: patch CVE-2026-1', 'Security', 'Patch CVE-2026-1'],
    // Jira style, as Apache projects write them: the words decide, the key is kept.
    ['[CLI-321] Fix the help text of --width', 'Fixed', 'Fix the help text of --width (CLI-321)'],
    ['[CLI-322]: Add a --quiet option', 'Added', 'Add a --quiet option (CLI-322)'],
    ['CLI-323: Remove the deprecated parser', 'Removed', 'Remove the deprecated parser (CLI-323)'],
    ['IO-77: Feature: tail a file (IO-77)', 'Added', 'Tail a file (IO-77)'],
    ['[LANG-5] fix(text): wrap long words', 'Fixed', '**text:** Wrap long words (LANG-5)']
  ])('%j -> %s', (subject, group, text) => {
    expect(classifyCommit(subject, '', NONE)).toMatchObject({ group, text })
  })

  test.each([
    'chore: bump deps',
    'ci: cache npm',
    'docs: readme',
    'test: more cases',
    'build: ncc',
    'style: prettier',
    "Merge branch 'develop' into release-v1.3.0",
    'Merge pull request #12 from acme/x',
    "Merge remote-tracking branch 'origin/main'",
    'Bump version to 1.3.0',
    'Update CHANGELOG for 1.3.0',
    'WIP',
    'Tweak things',
    '',
    // Not types, though every object has them: no crash, no group.
    'constructor: x',
    'toString: y',
    '__proto__: z'
  ])('%j is left out', (subject) => {
    expect(classifyCommit(subject, '', NONE)).toBeUndefined()
  })

  test('a BREAKING CHANGE footer marks the entry', () => {
    expect(
      classifyCommit('feat: new config', 'Body.\n\nBREAKING CHANGE: old keys are gone', NONE)
    ).toEqual({
      group: 'Added',
      text: '**Breaking:** New config — old keys are gone',
      breaking: true
    })
  })

  test('user rules come first; skip, named text group, prefix cut', () => {
    const rules = parseClassificationRules(
      [
        '^Hotfix:\\s* => Fixed',
        '^feat\\(internal\\) => skip',
        '^\\[(?<text>[^\\]]+)\\] => security'
      ],
      'group-patterns'
    )
    const options = { rules, skip: [] }
    expect(classifyCommit('Hotfix: crash on start', '', options)).toMatchObject({
      group: 'Fixed',
      text: 'Crash on start'
    })
    expect(classifyCommit('feat(internal): x', '', options)).toBeUndefined()
    expect(classifyCommit('[CVE fix] in parser', '', options)).toMatchObject({
      group: 'Security',
      text: 'CVE fix'
    })
    expect(classifyCommit('feat: still built in', '', options)).toMatchObject({ group: 'Added' })
  })

  test('skip patterns and the unclassified group', () => {
    expect(classifyCommit('Release 1.3.0', '', { rules: [], skip: [/^Release /] })).toBeUndefined()
    expect(
      classifyCommit('Tweak things', '', { rules: [], skip: [], unclassified: 'Changed' })
    ).toMatchObject({ group: 'Changed', text: 'Tweak things' })
  })

  test.each([['^x => Urgent'], ['no arrow'], [' => Added'], ['([ => Added']])(
    'rule %j is refused naming the input',
    (line) => {
      expect(() => parseClassificationRules([line], 'group-patterns')).toThrow(ConfigurationError)
      expect(() => parseClassificationRules([line], 'group-patterns')).toThrow(/group-patterns/)
    }
  )
})

describe('entryForCommit', () => {
  test('a PR merge commit gives its title from the body, with the PR number', () => {
    const merge = {
      parents: ['a', 'b'],
      subject: 'Merge pull request #13 from acme/login',
      body: 'fix: login loops (JIRA-5)\n\nMore detail.'
    }
    expect(entryForCommit(merge, NONE)).toEqual({
      group: 'Fixed',
      text: 'Login loops (JIRA-5) (#13)'
    })
  })

  test('a PR title that already names the PR is not suffixed twice', () => {
    const merge = {
      parents: ['a', 'b'],
      subject: 'Merge pull request #13 from acme/x',
      body: 'feat: thing (#13)'
    }
    expect(entryForCommit(merge, NONE)?.text).toBe('Thing (#13)')
  })

  test('other merges, and PR merges without a title, are left out', () => {
    expect(
      entryForCommit(
        { parents: ['a', 'b'], subject: "Merge branch 'develop'", body: 'feat: x' },
        NONE
      )
    ).toBeUndefined()
    expect(
      entryForCommit(
        { parents: ['a', 'b'], subject: 'Merge pull request #1 from a/b', body: '' },
        NONE
      )
    ).toBeUndefined()
  })

  test('a squash-merged PR keeps its subject and number', () => {
    expect(
      entryForCommit({ parents: ['a'], subject: 'feat: add search (#12)', body: '' }, NONE)
    ).toEqual({ group: 'Added', text: 'Add search (#12)' })
  })
})
