/**
 * bump-version on lerna monorepos, written here in the shape lerna projects keep (never copied):
 * in fixed mode lerna.json's `version` is every package's version, so it moves with each
 * package.json its `packages` globs match; `"version": "independent"` has no single version.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { Sandbox } from '../kit/sandbox.js'

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const FIXED = {
  'lerna.json': json({
    $schema: 'node_modules/lerna/schemas/lerna-schema.json',
    version: '1.2.0',
    packages: ['packages/*', 'tools/*'],
    npmClient: 'npm'
  }),
  'package.json': json({
    name: 'acme-monorepo',
    private: true,
    workspaces: ['packages/*', 'tools/*'],
    devDependencies: { lerna: '^8.1.0' }
  }),
  'packages/core/package.json': json({ name: '@acme/core', version: '1.2.0', main: 'index.js' }),
  'packages/cli/package.json': json({
    name: '@acme/cli',
    version: '1.2.0',
    bin: { acme: 'bin/acme.js' },
    dependencies: { '@acme/core': '^1.2.0', chalk: '^5.3.0' }
  }),
  // A private package without a version of its own: lerna passes it over, so do we.
  'packages/docs/package.json': json({ name: '@acme/docs', private: true }),
  'tools/eslint-config/package.json': json({ name: '@acme/eslint-config', version: '1.2.0' })
}

const INDEPENDENT = {
  'lerna.json': json({ version: 'independent', packages: ['packages/*'] }),
  'package.json': json({ name: 'acme-tools', private: true, workspaces: ['packages/*'] }),
  'packages/parser/package.json': json({ name: '@acme/parser', version: '3.4.1' }),
  'packages/printer/package.json': json({ name: '@acme/printer', version: '0.9.0' })
}

let sandbox: Sandbox
let dev: string
let github: FakeGitHub

/** A release branch from main (released as v1.2.0) holding only `files`. */
function shape(branch: string, files: Record<string, string>): void {
  sandbox.git(dev, 'checkout', '--quiet', '-B', branch, 'main')
  sandbox.git(dev, 'rm', '-r', '--quiet', '--ignore-unmatch', '.')
  sandbox.commit(dev, `Lay out ${branch}`, files)
  sandbox.push(dev, branch)
}

beforeAll(async () => {
  sandbox = Sandbox.create()
  dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
  sandbox.commit(dev, 'Initial commit', FIXED)
  sandbox.tag(dev, 'v1.2.0')
  sandbox.push(dev, 'main', 'v1.2.0')
  shape('release-v1.3.0', FIXED)
  shape('release/1.3.0', INDEPENDENT)
  github = await FakeGitHub.start({ bareRepo: sandbox.origin })
})
afterAll(async () => {
  await github.stop()
  sandbox.cleanup()
})

async function run(action: string, branch: string, inputs: InvokeOptions['inputs'] = {}) {
  const workspace = sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch)
  return invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    inputs
  })
}

describe('lerna.json', () => {
  test('fixed mode: lerna.json and every package its globs match move, with their own ranges', async () => {
    const bump = await run('bump-version', 'release-v1.3.0')
    expect(bump.errors).toBe('')
    expect(bump.outputs.result).toBe('updated')
    expect(JSON.parse(bump.outputs['changed-files'])).toEqual([
      'lerna.json',
      'packages/cli/package.json',
      'packages/core/package.json',
      'tools/eslint-config/package.json'
    ])
    const show = (path: string) => sandbox.show('release-v1.3.0', path)
    expect(show('lerna.json')).toBe(FIXED['lerna.json'].replace('"1.2.0"', '"1.3.0"'))
    expect(show('packages/core/package.json')).toContain('"version": "1.3.0"')
    expect(show('tools/eslint-config/package.json')).toContain('"version": "1.3.0"')
    expect(JSON.parse(show('packages/cli/package.json'))).toEqual({
      name: '@acme/cli',
      version: '1.3.0',
      bin: { acme: 'bin/acme.js' },
      dependencies: { '@acme/core': '^1.3.0', chalk: '^5.3.0' }
    })
    expect(show('packages/docs/package.json')).toBe(FIXED['packages/docs/package.json'])
    expect(show('package.json')).toBe(FIXED['package.json'])
  })

  test('independent mode is refused as no single version, by bump-version and by preflight', async () => {
    const before = sandbox.remoteSha('refs/heads/release/1.3.0')
    const bump = await run('bump-version', 'release/1.3.0')
    expect(bump.exitCode).not.toBe(0)
    expect(bump.errors).toMatch(
      /^lerna\.json:2: "version": "independent" means every package has its own version: there is no single version to bump\. List the package\.json of each package/
    )
    expect(sandbox.remoteSha('refs/heads/release/1.3.0')).toBe(before)
    const pre = await run('preflight', 'release/1.3.0', { stages: 'bump-version' })
    const checks = JSON.parse(pre.outputs.checks ?? '[]') as Array<{
      check: string
      status: string
      detail: string
    }>
    const files = checks.find((c) => c.check === 'version files')
    expect(files?.status).toBe('fail')
    expect(files?.detail).toBe(`${bump.errors} This would stop bump-version.`)
  })
})
