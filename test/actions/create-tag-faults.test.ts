import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { callApi } from '../kit/github/api-client.js'
import { Fixtures, createTag, mainHead, releasesOf, tagObject } from './create-tag-fixture.js'

const fixtures = new Fixtures()
beforeAll(() => fixtures.setup())
afterEach(() => fixtures.cleanupEach())
afterAll(() => fixtures.cleanupAll())

describe('create-tag reruns and faults', () => {
  test('a run that pushed the tag but could not create the release is finished by the rerun', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    f.server.addToken('read-only', {
      kind: 'github-token',
      permissions: { contents: 'read', metadata: 'read' }
    })
    const first = await createTag(f, {}, { token: 'read-only' })
    expect(first.exitCode).not.toBe(0)
    expect(first.errors).toMatch(
      /creating the GitHub Release v1\.3\.0.*lacks the permission 'contents: write'/s
    )
    expect(tagObject(f, 'v1.3.0').commit).toBe(merge)
    expect(f.server.state.releases).toHaveLength(0)
    const rerun = await createTag(f)
    expect(rerun.errors).toBe('')
    // The rerun made the release: created, not updated (the tag was there already).
    expect(rerun.outputs.result).toBe('created')
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
  })

  test.each([
    ['502', { status: 502 }],
    ['500', { status: 500 }],
    ['429 with retry-after', { status: 429, headers: { 'retry-after': '1' } }],
    [
      'a secondary rate limit 403',
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit' }
      }
    ],
    ['a dropped connection', { drop: true }]
  ])('%s on the release call: retried, exactly one release', async (_name, fault) => {
    const f = await fixtures.copy('merged')
    f.server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/releases' }, fault)
    const run = await createTag(f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(f.server.requestsTo('POST', '/repos/acme/app/releases')).toHaveLength(2)
    expect(f.server.state.releases).toHaveLength(1)
  })

  test.each([
    [
      'a connection dropped on every attempt',
      { drop: true, times: 10 },
      /^create-tag failed: No answer from GitHub \(127\.0\.0\.1:\d+\) to POST \/repos\/acme\/app\/releases while creating the GitHub Release v1\.3\.0: the connection failed/
    ],
    [
      'a 500 on every attempt',
      { status: 500, times: 10 },
      /^create-tag failed: GitHub answered 500 to POST \/repos\/acme\/app\/releases while creating the GitHub Release v1\.3\.0: .*also on the retries/
    ],
    [
      'a secondary rate limit that outlasts the waits',
      {
        status: 403,
        times: 10,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit' }
      },
      /^create-tag failed: GitHub's secondary rate limit stopped creating the GitHub Release v1\.3\.0 .*this is not a missing permission/
    ]
  ])(
    '%s on the release call: said as what it is, not as a bug or a permission',
    async (_n, fault, said) => {
      const f = await fixtures.copy('merged')
      f.server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/releases' }, fault)
      const run = await createTag(f)
      expect(run.exitCode).toBe(1)
      expect(run.errors).toMatch(said)
      expect(run.errors).not.toMatch(/unexpectedly|lacks the permission/)
      expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
      expect(f.server.state.releases).toHaveLength(0)
    }
  )

  test('more than 100 releases and tags: the draft of v1.3.0 on page 2 is published, not doubled', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    const draft = await callApi(f.server, 'POST', '/repos/acme/app/releases', {
      tag_name: 'v1.3.0',
      name: '1.3.0',
      body: 'draft notes',
      draft: true
    })
    expect(draft.status).toBe(201)
    // 150 more releases (drafts: no tag is made for them) and 150 more tags, made in one go.
    for (let i = 1; i <= 150; i++) {
      const made = await callApi(f.server, 'POST', '/repos/acme/app/releases', {
        tag_name: `v0.0.${i}`,
        draft: true
      })
      expect(made.status).toBe(201)
    }
    const v120 = f.sandbox.remoteSha('refs/tags/v1.2.0')!
    const updates = Array.from(
      { length: 150 },
      (_, i) => `create refs/tags/v0.0.${i + 1} ${v120}\n`
    )
    execFileSync('git', ['-C', f.sandbox.origin, 'update-ref', '--stdin'], {
      input: updates.join('')
    })
    const run = await createTag(f, { via: 'api' }, { checkout: false })
    expect(run.errors).toBe('')
    expect(
      f.server.requestsTo('GET', '/repos/acme/app/tags').map((r) => r.query.page ?? '1')
    ).toEqual(['1', '2'])
    expect(f.server.requestsTo('GET', '/repos/acme/app/releases').length).toBe(2)
    const releases = releasesOf(f, 'v1.3.0')
    expect(releases).toHaveLength(1)
    expect(releases[0]).toMatchObject({ id: draft.body.id, draft: false, body: 'draft notes' })
    expect(tagObject(f, 'v1.3.0')).toMatchObject({ type: 'tag', commit: merge })
  })
})
