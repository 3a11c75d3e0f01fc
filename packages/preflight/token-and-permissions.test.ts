import { assessPermissions } from './permissions.js'
import { permissionsBlock } from './stages.js'
import { detectTokenKind } from './token-kind.js'

describe('detectTokenKind', () => {
  const workflow = 'ghs_workflow'
  test.each([
    ['ghs_workflow', workflow, 'github-token', false],
    ['ghs_other', workflow, 'app', true],
    ['ghp_abc', workflow, 'classic-pat', true],
    ['github_pat_abc', workflow, 'fine-grained-pat', true],
    ['gho_abc', workflow, 'unknown', undefined],
    ['ghs_other', undefined, 'unknown', undefined],
    ['ghp_abc', undefined, 'classic-pat', true]
  ])('%s (workflow token %s) is %s', (token, workflowToken, kind, triggers) => {
    const found = detectTokenKind(token, workflowToken)
    expect(found.kind).toBe(kind)
    expect(found.triggersWorkflows).toBe(triggers)
    expect(found.warning !== undefined).toBe(kind === 'unknown')
  })

  test('a warning never repeats the token', () => {
    expect(detectTokenKind('xyz_secretvalue', 'ghs_w').warning).not.toContain('secretvalue')
  })
})

describe('assessPermissions', () => {
  const write = { admin: false, push: true, triage: true, pull: true }
  const read = { admin: false, push: false, triage: false, pull: true }

  test('no push access: contents, issues, deployments certainly missing', () => {
    const found = assessPermissions(['start-release', 'deploy'], 'app', {
      role: read,
      private: false
    })
    expect(found.map((p) => [p.permission, p.stages, p.status])).toEqual([
      ['contents', ['start-release'], 'missing'],
      ['issues', ['start-release'], 'missing'],
      ['deployments', ['deploy'], 'missing']
    ])
  })

  test('write access: contents held; the rest not refuted for per-permission tokens, held for a classic PAT', () => {
    const app = assessPermissions(['back-merge'], 'app', { role: write, private: true })
    expect(app.map((p) => p.status)).toEqual(['held', 'unverified'])
    const pat = assessPermissions(['back-merge'], 'classic-pat', {
      role: write,
      scopes: ['repo'],
      private: true
    })
    expect(pat.map((p) => p.status)).toEqual(['held', 'held'])
  })

  test('a classic PAT needs repo on a private repository, public_repo will do on a public one', () => {
    const access = { role: write, scopes: ['public_repo'] }
    expect(
      assessPermissions(['bump-version'], 'classic-pat', { ...access, private: true })[0]?.status
    ).toBe('missing')
    expect(
      assessPermissions(['bump-version'], 'classic-pat', { ...access, private: false })[0]?.status
    ).toBe('held')
  })

  test('without role flags nothing is judged missing', () => {
    expect(assessPermissions(['notify', 'deploy'], 'github-token', { private: false })).toEqual([
      expect.objectContaining({ permission: 'deployments', status: 'unverified' })
    ])
  })
})

test('the permissions block lists only what the stages need', () => {
  expect(permissionsBlock(['open-release-pr'])).toBe(
    'permissions:\n  contents: read\n  pull-requests: write'
  )
  expect(permissionsBlock(['bump-version', 'close-milestone'])).toBe(
    'permissions:\n  contents: write\n  issues: write'
  )
})
