import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { createOriginFixture, type OriginFixture } from '../origin-fixture.js'
import { OBJECT_TYPES, namedType } from '../graphql-schema.js'
import { addRuleset, protectBranch } from './branches.js'
import { installApp } from './apps.js'
import { enforceSignedPushes } from '../signing.js'
import { signAppJwt, testAppKeys } from '../app-keys.js'

const run = promisify(execFile)
const P = '/repos/acme/app'
let fixture: OriginFixture
let server: FakeGitHub
/** When set, the server's clock stands here and moves only when a test moves it. */
let stoppedAt: number | undefined

const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url tree { oid } signature { isValid state wasSignedByGitHub } } }
}`

function commitInput(branch: string, expectedHeadOid: string, files: Record<string, string>) {
  return {
    branch: { repositoryNameWithOwner: 'acme/app', branchName: branch },
    expectedHeadOid,
    message: { headline: 'Bump version to 1.3.0' },
    fileChanges: {
      additions: Object.entries(files).map(([path, text]) => ({
        path,
        contents: Buffer.from(text).toString('base64')
      }))
    }
  }
}

async function graphql(query: string, variables: unknown, token = 'test-token') {
  return callApi(server, 'POST', '/graphql', { query, variables }, token)
}

async function originGit(...args: string[]): Promise<string> {
  return (await run('git', ['-C', fixture.bare, ...args])).stdout.trim()
}

beforeAll(async () => {
  fixture = await createOriginFixture()
  server = await FakeGitHub.start({
    bareRepo: fixture.bare,
    clock: () => new Date(stoppedAt ?? Date.now())
  })
})
afterAll(async () => {
  await server.stop()
  fixture.cleanup()
})

describe('GraphQL createCommitOnBranch', () => {
  test('writes a verified commit on the expected head and answers only the selected fields', async () => {
    await server.git!.writeRef('refs/heads/gql', fixture.feature, undefined)
    const answer = await graphql(MUTATION, {
      input: commitInput('gql', fixture.feature, { VERSION: '1.3.0\n', 'README.md': 'new\n' })
    })
    expect(answer.status).toBe(200)
    const commit = answer.body.data.createCommitOnBranch.commit
    expect(Object.keys(answer.body.data.createCommitOnBranch)).toEqual(['commit'])
    expect(commit).toEqual({
      oid: await originGit('rev-parse', 'refs/heads/gql'),
      url: `https://github.com/acme/app/commit/${commit.oid}`,
      tree: { oid: await originGit('rev-parse', 'refs/heads/gql^{tree}') },
      signature: { isValid: true, state: 'VALID', wasSignedByGitHub: true }
    })
    expect(await originGit('show', 'refs/heads/gql:VERSION')).toBe('1.3.0')
    expect(await originGit('rev-parse', 'refs/heads/gql^')).toBe(fixture.feature)
    expect(await originGit('log', '-1', '--format=%an|%cn <%ce>|%s', 'refs/heads/gql')).toBe(
      'github-actions[bot]|GitHub <noreply@github.com>|Bump version to 1.3.0'
    )
    const rest = await callApi(server, 'GET', `${P}/commits/${commit.oid}`)
    expect(rest.body.commit.verification).toMatchObject({ verified: true, reason: 'valid' })
    const plain = await callApi(server, 'GET', `${P}/git/commits/${fixture.feature}`)
    expect(plain.body.verification).toMatchObject({ verified: false, reason: 'unsigned' })
  })

  test('a stale expectedHeadOid is STALE_DATA and the branch stays', async () => {
    await server.git!.writeRef('refs/heads/gql-stale', fixture.next, undefined)
    const answer = await graphql(MUTATION, {
      input: commitInput('gql-stale', fixture.feature, { VERSION: 'x\n' })
    })
    expect(answer.body).toEqual({
      data: { createCommitOnBranch: null },
      errors: [
        {
          type: 'STALE_DATA',
          path: ['createCommitOnBranch'],
          locations: [expect.objectContaining({ line: expect.any(Number) })],
          message: `Expected branch to point to "${fixture.feature}" but it did not. Pull and try again.`
        }
      ]
    })
    expect(await originGit('rev-parse', 'refs/heads/gql-stale')).toBe(fixture.next)
  })

  test('deleting a missing file, an unknown field, a missing input field and a read-only token are refused', async () => {
    await server.git!.writeRef('refs/heads/gql-bad', fixture.feature, undefined)
    const del = await graphql(MUTATION, {
      input: {
        ...commitInput('gql-bad', fixture.feature, {}),
        fileChanges: { deletions: [{ path: 'nope.txt' }] }
      }
    })
    expect(del.body.errors[0]).toMatchObject({ type: 'UNPROCESSABLE' })
    const unknown = await graphql(
      'mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { sha } } }',
      { input: commitInput('gql-bad', fixture.feature, {}) }
    )
    expect(unknown.body).toEqual({
      errors: [
        expect.objectContaining({
          extensions: { code: 'undefinedField', typeName: 'Commit', fieldName: 'sha' },
          message: "Field 'sha' doesn't exist on type 'Commit'"
        })
      ]
    })
    const missing = await graphql(MUTATION, { input: { branch: { branchName: 'gql-bad' } } })
    expect(missing.body.errors[0].message).toMatch(
      /expectedHeadOid \(Expected value to not be null\)/
    )
    server.addToken('read-only', { kind: 'github-token', permissions: { contents: 'read' } })
    const forbidden = await graphql(
      MUTATION,
      { input: commitInput('gql-bad', fixture.feature, {}) },
      'read-only'
    )
    expect(forbidden.body.errors[0]).toMatchObject({ type: 'FORBIDDEN' })
    expect(await originGit('rev-parse', 'refs/heads/gql-bad')).toBe(fixture.feature)
  })

  test('every field of the schema excerpt resolves to its declared type', async () => {
    await server.git!.writeRef('refs/heads/gql-all', fixture.feature, undefined)
    const select = (type: string): string =>
      Object.entries(OBJECT_TYPES[type])
        .filter(([field]) => !(type === 'Ref' && field === 'target'))
        .map(([field, t]) =>
          OBJECT_TYPES[namedType(t)] ? `${field} { ${select(namedType(t))} }` : field
        )
        .join(' ')
    const query = `mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { ${select('CreateCommitOnBranchPayload')} } }`
    const answer = await graphql(query, {
      input: commitInput('gql-all', fixture.feature, { a: 'a' })
    })
    const check = (value: unknown, type: string, at: string): string[] => {
      if (value === null) return type.endsWith('!') ? [`${at} is null`] : []
      const named = namedType(type)
      if (!OBJECT_TYPES[named]) {
        const ok = named === 'Boolean' ? typeof value === 'boolean' : typeof value === 'string'
        return ok ? [] : [`${at} is not a ${named}`]
      }
      return Object.entries(OBJECT_TYPES[named])
        .filter(([field]) => field in (value as object))
        .flatMap(([field, t]) =>
          check((value as Record<string, unknown>)[field], t, `${at}.${field}`)
        )
    }
    expect(answer.body.errors).toBeUndefined()
    expect(
      check(answer.body.data.createCommitOnBranch, 'CreateCommitOnBranchPayload!', 'payload')
    ).toEqual([])
  })
})

describe('pushes to branches that require signatures', () => {
  test('a git push of unsigned commits is refused (GH013 for a ruleset, GH006 for classic protection); GitHub-made commits pass', async () => {
    enforceSignedPushes(server)
    await server.git!.writeRef('refs/heads/signed-rules', fixture.initial, undefined)
    await server.git!.writeRef('refs/heads/signed-classic', fixture.initial, undefined)
    addRuleset(server, {
      name: 'signed',
      include: ['refs/heads/signed-rules'],
      rules: ['required_signatures']
    })
    protectBranch(server, 'signed-classic', { requiredSignatures: true })
    const work = fixture.work
    await run('git', ['-C', work, 'checkout', '-q', '-B', 'unsigned', fixture.initial])
    await run('git', [
      '-C',
      work,
      '-c',
      'user.name=x',
      '-c',
      'user.email=x@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'unsigned'
    ])
    const push = (branch: string) =>
      run('git', ['-C', work, 'push', 'origin', `HEAD:refs/heads/${branch}`]).then(
        () => '',
        (error: { stderr: string }) => error.stderr
      )
    expect(await push('signed-rules')).toMatch(
      /remote: error: GH013: Repository rule violations found for refs\/heads\/signed-rules\.[\s\S]*Commits must have verified signatures/
    )
    expect(await push('signed-classic')).toMatch(
      /GH006: Protected branch update failed[\s\S]*Commits must have verified signatures/
    )
    expect(await originGit('rev-parse', 'refs/heads/signed-rules')).toBe(fixture.initial)
    // An existing commit may be pushed to a new branch: nothing new enters the repository.
    expect(await push('unprotected')).toBe('')
    // A merge GitHub makes through the merges API is verified, so the rule lets it in.
    const merge = await callApi(server, 'POST', `${P}/merges`, {
      base: 'signed-rules',
      head: fixture.next
    })
    expect(merge.status).toBe(201)
    expect(merge.body.commit.verification.verified).toBe(true)
    const parents = (merge.body as { parents: Array<{ sha: string }> }).parents
    expect(parents.map((p) => p.sha)).toEqual([fixture.initial, fixture.next])
  })
})

describe('merges API', () => {
  test('204 when head is already in base, 409 on conflict, 404 for a missing side, 409 when a PR is required', async () => {
    await server.git!.writeRef('refs/heads/merge-target', fixture.next, undefined)
    expect(
      (
        await callApi(server, 'POST', `${P}/merges`, {
          base: 'merge-target',
          head: fixture.feature
        })
      ).status
    ).toBe(204)
    expect(
      (await callApi(server, 'POST', `${P}/merges`, { base: 'nope', head: 'main' })).body.message
    ).toBe('Base does not exist')
    addRuleset(server, { name: 'pr', include: ['refs/heads/merge-pr'], rules: ['pull_request'] })
    await server.git!.writeRef('refs/heads/merge-pr', fixture.initial, undefined)
    const refused = await callApi(server, 'POST', `${P}/merges`, {
      base: 'merge-pr',
      head: fixture.next
    })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toMatch(/Changes must be made through a pull request/)
  })
})

describe('GitHub App installation tokens', () => {
  test('a JWT signed by the App finds its installation and mints a token that works until it expires', async () => {
    const start = Date.now()
    stoppedAt = start
    try {
      await mintAndExpire(start)
    } finally {
      stoppedAt = undefined
    }
  })
})

/** The App token test's body, on a server clock that stands at `start` until it is moved. */
async function mintAndExpire(start: number): Promise<void> {
  const keys = testAppKeys()
  const app = installApp(server, { id: 77, publicKey: keys.publicKey, tokenLifetimeMs: 1500 })
  const jwt = signAppJwt(77, keys.privateKey)
  const installation = await callApi(server, 'GET', `${P}/installation`, undefined, jwt)
  expect(installation.body).toMatchObject({ id: app.installationId, app_id: 77 })
  const minted = await callApi(
    server,
    'POST',
    `/app/installations/${app.installationId}/access_tokens`,
    undefined,
    jwt
  )
  expect(minted.status).toBe(201)
  const token = minted.body.token as string
  expect((await callApi(server, 'GET', P, undefined, token)).status).toBe(200)
  // The installation token is no JWT; a JWT of another key is no App's.
  expect((await callApi(server, 'GET', `${P}/installation`, undefined, token)).status).toBe(401)
  const other = (await import('node:crypto')).generateKeyPairSync('rsa', { modulusLength: 2048 })
  const forged = signAppJwt(77, other.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string)
  expect((await callApi(server, 'GET', `${P}/installation`, undefined, forged)).status).toBe(401)
  // The server's clock moves on instead of the test waiting: valid to the end of its 1.5 s, not after.
  stoppedAt = start + 1499
  expect((await callApi(server, 'GET', P, undefined, token)).status).toBe(200)
  stoppedAt = start + 1500
  expect((await callApi(server, 'GET', P, undefined, token)).status).toBe(401)
}
