/** preflight, per stage: does the branch require signed commits, and does commit-via satisfy it. */
import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub, addRuleset, protectBranch } from '../kit/github/index.js'
import { invokeAction } from '../kit/invoker.js'
import { createSeedRepo } from '../kit/seed-project.js'

interface Check {
  check: string
  status: 'pass' | 'warn' | 'fail'
  detail: string
}

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function preflight(setUp: (github: FakeGitHub) => void, commitVia?: string) {
  const repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  cleanups.push(() => repo.sandbox.cleanup())
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  cleanups.push(() => github.stop())
  setUp(github)
  const workspace = repo.sandbox.checkout('ws', 'release-v1.3.0')
  const run = await invokeAction({
    action: 'preflight',
    workspace,
    ref: 'refs/heads/release-v1.3.0',
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    repository: 'acme/app',
    inputs: commitVia ? { 'commit-via': commitVia } : {}
  })
  const checks = JSON.parse(run.outputs.checks ?? '[]') as Check[]
  const signing = Object.fromEntries(
    checks.filter((c) => c.check.startsWith('signing ')).map((c) => [c.check, c])
  )
  return { run, checks, signing }
}

const signedEverywhere = (github: FakeGitHub) => {
  addRuleset(github, { name: 'signed', include: ['~ALL'], rules: ['required_signatures'] })
}

describe('preflight and signed commits', () => {
  test('every branch requires signatures, commit-via git: bump-version and update-changelog fail, back-merge warns; tags and start-release explained', async () => {
    const { run, signing } = await preflight(signedEverywhere)
    expect(run.outputs.result).toBe('failure')
    expect(signing['signing bump-version']).toEqual({
      check: 'signing bump-version',
      status: 'fail',
      detail:
        'release-v1.3.0 requires signed commits (ruleset): with commit-via: git its push is refused and the release stops. Set commit-via: api (or auto) on bump-version.'
    })
    expect(signing['signing update-changelog'].status).toBe('fail')
    expect(signing['signing back-merge'].status).toBe('warn')
    expect(signing['signing back-merge'].detail).toContain('develop requires signed commits')
    expect(signing['signing create-tag'].detail).toContain('is not signed')
    expect(signing['signing start-release'].detail).toContain('nothing to sign')
  })

  test('commit-via auto satisfies it for every committing stage, and the branch checks no longer count the signature rule', async () => {
    const { checks, signing } = await preflight(signedEverywhere, 'auto')
    for (const stage of ['bump-version', 'update-changelog', 'back-merge']) {
      expect(signing[`signing ${stage}`].status).toBe('pass')
      expect(signing[`signing ${stage}`].detail).toContain(
        `commit-via: auto makes ${stage}'s commit through the API, signed by GitHub (Verified)`
      )
    }
    expect(checks.find((c) => c.check === 'branch release-v1.3.0')?.status).toBe('pass')
    expect(checks.find((c) => c.check === 'branch develop')?.status).toBe('pass')
  })

  test('classic protection that requires signatures on develop only: the release branch needs nothing', async () => {
    const { signing } = await preflight((github) =>
      protectBranch(github, 'develop', { requiredSignatures: true })
    )
    expect(signing['signing bump-version']).toMatchObject({
      status: 'pass',
      detail:
        'release-v1.3.0 does not require signed commits: any commit-via works (commit-via: git).'
    })
    expect(signing['signing back-merge'].detail).toContain(
      'develop requires signed commits (branch protection)'
    )
    expect(signing['signing create-tag']).toBeDefined()
  })
})

describe('preflight and tag rulesets', () => {
  const tagCheck = (checks: Check[]) => checks.find((c) => c.check === 'tag rulesets')

  test('a tag ruleset that restricts creating release tags fails create-tag, named with its ruleset and the tag; signed tags are explained', async () => {
    const { run, checks } = await preflight((github) => {
      addRuleset(github, {
        name: 'Release tags are made by the release team',
        target: 'tag',
        include: ['refs/tags/v*'],
        rules: ['creation', 'update', 'deletion']
      })
      addRuleset(github, {
        name: 'Signed release tags',
        target: 'tag',
        include: ['refs/tags/v*.*.*'],
        rules: ['required_signatures']
      })
    })
    expect(run.outputs.result).toBe('failure')
    const check = tagCheck(checks)
    expect(check?.status).toBe('fail')
    expect(check?.detail).toContain(
      "ruleset 'Release tags are made by the release team' restricts creating refs/tags/v1.3.0 and this token may not bypass it (current_user_can_bypass: never): create-tag would be refused."
    )
    expect(check?.detail).toContain(
      "ruleset 'Signed release tags' requires signed tags on refs/tags/v1.3.0: an unsigned tag (via: api, or git without a key) would be refused."
    )
    expect(check?.detail).toContain('gpg-private-key')
    expect(run.errors).toContain('restricts creating refs/tags/v1.3.0')
  })

  test('a token on the bypass list, a disabled ruleset, or a ruleset on other tags lets create-tag through', async () => {
    const { run, checks } = await preflight((github) => {
      addRuleset(github, {
        name: 'Release tags',
        target: 'tag',
        include: ['refs/tags/v*'],
        rules: ['creation'],
        bypass: ['github-token']
      })
      addRuleset(github, {
        name: 'Old',
        target: 'tag',
        include: ['~ALL'],
        rules: ['creation'],
        enforcement: 'disabled'
      })
      addRuleset(github, {
        name: 'Legacy',
        target: 'tag',
        include: ['refs/tags/legacy-*'],
        rules: ['creation']
      })
    })
    expect(tagCheck(checks)).toEqual({
      check: 'tag rulesets',
      status: 'pass',
      detail:
        "Tag rulesets on refs/tags/v1.3.0: 'Release tags' (creation; bypass: always); none stops create-tag."
    })
    expect(run.outputs.result).toBe('success')
    // Signed tags alone: a warning (create-tag's gpg-private-key meets it).
    const signed = await preflight((github) => {
      addRuleset(github, {
        name: 'Signed',
        target: 'tag',
        include: ['refs/tags/v*'],
        rules: ['required_signatures']
      })
    })
    expect(tagCheck(signed.checks)?.status).toBe('warn')
    const none = await preflight(() => undefined)
    expect(tagCheck(none.checks)?.detail).toBe(
      'No active tag ruleset applies to refs/tags/v1.3.0: create-tag may create it.'
    )
  })
})
