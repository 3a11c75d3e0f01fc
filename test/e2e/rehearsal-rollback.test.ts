/**
 * The rehearsal with `--rollback` (`npm run demo -- --rollback`), where every branch requires
 * signed commits: a release, then the next one falls over in production during monitor. Every
 * book is put right (release note and Latest, CHANGELOG [YANKED] on develop through GitHub's
 * signed commits, deployments, Jira, milestone, the announcement), and the tag stays.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  rehearseRelease,
  setUpRehearsal,
  stageResults,
  unverifiedCommits,
  type Rehearsal,
  type ReleaseRun
} from '../kit/rehearsal/index.js'

let r: Rehearsal
let good: ReleaseRun
let bad: ReleaseRun

beforeAll(async () => {
  r = await setUpRehearsal({ signed: true })
  good = await rehearseRelease(r, 'release')
  bad = await rehearseRelease(r, 'release', () => {}, { failInProduction: true })
}, 400_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

test('a release rolled back during monitor is rolled back in every book, with every commit Verified', () => {
  const { github, sandbox } = r
  const results = stageResults(bad)
  expect(results.slice(-4)).toEqual([
    'deploy-production:success',
    'monitor:failure',
    'close-milestone:failure',
    'notify:success'
  ])
  const tag = `v${bad.version}`
  // The tag stays; its release says it was rolled back and is not Latest; the previous one is.
  expect(sandbox.remoteSha(`refs/tags/${tag}`)).toBeDefined()
  const release = github.state.releases.find((rel) => rel.tag_name === tag)!
  expect(release.body).toContain('**Rolled back** from production')
  const latest = github.state.releases.find((rel) => rel.id === github.state.latestReleaseId)
  expect(latest?.tag_name).toBe(`v${good.version}`)
  expect(r.app.version('production')).toBe(good.version)
  // CHANGELOG on develop: the section marked [YANKED], merged by GitHub (signed).
  expect(sandbox.show('develop', 'CHANGELOG.md')).toMatch(
    new RegExp(`## \\[${bad.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2} \\[YANKED\\]`)
  )
  expect(sandbox.remoteBranches()).not.toContain(`yank/${bad.version}`)
  const { unverified } = unverifiedCommits(r)
  expect(unverified).toEqual([])
  // Jira and the milestone untouched; the announcement is the failure.
  expect(r.jira.state.versions.find((v) => v.name === bad.version)?.released).not.toBe(true)
  expect(github.state.milestones.find((m) => m.title === bad.version)?.state).toBe('open')
  expect(JSON.stringify(r.webhooks.posts.at(-1)?.json)).toMatch(/rolled back|failed/i)
})
