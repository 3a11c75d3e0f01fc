import { afterEach, describe, expect, test } from '@jest/globals'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { raceBeforePush } from '../kit/push-race.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

const repos: SeedRepo[] = []
afterEach(() => {
  while (repos.length) repos.pop()?.sandbox.cleanup()
})

function seed(releaseBranch?: string, previousVersion?: string): SeedRepo {
  const repo = createSeedRepo({ releaseBranch, previousVersion })
  repos.push(repo)
  return repo
}

/** Runs bump-version in a fresh actions/checkout-style clone of `branch`. */
async function bump(
  repo: SeedRepo,
  branch: string,
  inputs: InvokeOptions['inputs'] = {},
  extra: Partial<InvokeOptions> = {}
) {
  const workspace = repo.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch)
  const sha = repo.sandbox.git(workspace, 'rev-parse', 'HEAD')
  const result = await invokeAction({
    action: 'bump-version',
    workspace,
    ref: `refs/heads/${branch}`,
    sha,
    inputs,
    ...extra
  })
  return { ...result, workspace }
}

describe('bump-version on the seed project', () => {
  test('bumps setup.py and __init__.py in one pushed commit, from a shallow checkout', async () => {
    const repo = seed('release-v1.3.0')
    const before = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const run = await bump(repo, 'release-v1.3.0')
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    const head = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    expect(run.outputs).toEqual({
      version: '1.3.0',
      'previous-version': '1.2.0',
      tag: 'v1.3.0',
      'changed-files': JSON.stringify(['setup.py', 'mypkg/__init__.py']),
      'commit-sha': head,
      result: 'updated'
    })
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', 'refs/heads/release-v1.3.0~1')).toBe(
      before
    )
    expect(repo.sandbox.log('refs/heads/release-v1.3.0', 1)).toEqual(['Bump version to 1.3.0'])
    expect(
      repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%an <%ae>|%cn', 'release-v1.3.0')
    ).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]'
    )
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('    version="1.3.0",\n')
    expect(repo.sandbox.show('release-v1.3.0', 'mypkg/__init__.py')).toBe(
      '"""The sample application of the release process."""\n\n__version__ = "1.3.0"\n'
    )
    expect(
      repo.sandbox.git(repo.sandbox.origin, 'diff', '--stat', 'release-v1.3.0~1', 'release-v1.3.0')
    ).toContain('2 files changed, 2 insertions(+), 2 deletions(-)')
    expect(run.summary).toContain('1.2.0 → 1.3.0')
    expect(run.summary).toContain('| setup.py | 1.2.0 | 1.3.0 |')
  })

  test('a rerun changes nothing and says so', async () => {
    const repo = seed('release-v1.3.0')
    expect((await bump(repo, 'release-v1.3.0')).outputs.result).toBe('updated')
    const head = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const rerun = await bump(repo, 'release-v1.3.0')
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.result).toBe('unchanged')
    expect(rerun.outputs['commit-sha']).toBe('')
    expect(rerun.outputs['changed-files']).toBe('[]')
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(head)
  })

  test('dry-run shows the diff and writes nothing', async () => {
    const repo = seed('release-v1.3.0')
    const before = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const run = await bump(repo, 'release-v1.3.0', { 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('dry-run')
    expect(run.summary).toContain('-__version__ = "1.2.0"')
    expect(run.summary).toContain('+__version__ = "1.3.0"')
    expect(repo.sandbox.read(run.workspace, 'setup.py')).toContain('version="1.2.0"')
    expect(repo.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
  })

  test('a hotfix branch from main takes the next patch', async () => {
    const repo = seed()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'hotfix-v1.2.1', 'v1.2.0')
    repo.sandbox.push(repo.dev, 'hotfix-v1.2.1')
    const run = await bump(repo, 'hotfix-v1.2.1')
    expect(run.errors).toBe('')
    expect(run.outputs.version).toBe('1.2.1')
    expect(repo.sandbox.show('hotfix-v1.2.1', 'mypkg/__init__.py')).toContain(
      '__version__ = "1.2.1"'
    )
  })

  test('custom files with path:regex, CRLF line endings kept byte for byte', async () => {
    const repo = seed()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'develop')
    repo.sandbox.commit(repo.dev, 'Add chart', {
      'deploy/Chart.yaml': 'name: app\r\nappVersion: "1.2.0"\r\nversion: 0.1.0'
    })
    repo.sandbox.push(repo.dev, 'release-v1.3.0')
    const run = await bump(repo, 'release-v1.3.0', {
      files: 'setup.py\nmypkg/__init__.py\ndeploy/Chart.yaml:appVersion: "([^"]+)"'
    })
    expect(run.errors).toBe('')
    expect(JSON.parse(run.outputs['changed-files'])).toEqual([
      'setup.py',
      'mypkg/__init__.py',
      'deploy/Chart.yaml'
    ])
    expect(repo.sandbox.show('release-v1.3.0', 'deploy/Chart.yaml')).toBe(
      'name: app\r\nappVersion: "1.3.0"\r\nversion: 0.1.0'
    )
  })
})

describe('bump-version refuses bad input and writes nothing', () => {
  async function expectRefused(
    repo: SeedRepo,
    branch: string,
    inputs: InvokeOptions['inputs'],
    message: RegExp
  ) {
    const before = repo.sandbox.remoteSha(`refs/heads/${branch}`)
    const run = await bump(repo, branch, inputs)
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(repo.sandbox.remoteSha(`refs/heads/${branch}`)).toBe(before)
    expect(repo.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    return run
  }

  test.each([
    ['release-v1.3', /1\.3.*X\.Y\.Z/],
    ['release-vX', /release-vX/],
    ['release-v1.3.0-rc.1', /\{semver\}/]
  ])('malformed branch %s', async (branch, message) => {
    const repo = seed(branch)
    await expectRefused(repo, branch, {}, message)
  })

  test('a version that skips a minor names the latest tag', async () => {
    const repo = seed('release-v1.4.0')
    await expectRefused(repo, 'release-v1.4.0', {}, /v1\.2\.0/)
  })

  test('a version that repeats an existing tag', async () => {
    const repo = seed('release-v1.3.0')
    await expectRefused(repo, 'release-v1.3.0', { version: '1.2.0' }, /v1\.2\.0/)
  })

  test('a version that goes backwards', async () => {
    const repo = seed('release-v1.3.0')
    await expectRefused(repo, 'release-v1.3.0', { version: '1.1.0' }, /v1\.2\.0/)
  })

  test('release-type any turns the policy off', async () => {
    const repo = seed('release-v1.4.0')
    const run = await bump(repo, 'release-v1.4.0', { 'release-type': 'any' })
    expect(run.errors).toBe('')
    expect(run.outputs.version).toBe('1.4.0')
  })

  test('version files that disagree are all listed, with their lines', async () => {
    const repo = seed()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'develop')
    repo.sandbox.commit(repo.dev, 'Drift', { 'mypkg/__init__.py': '__version__ = "1.1.9"\n' })
    repo.sandbox.push(repo.dev, 'release-v1.3.0')
    const run = await expectRefused(repo, 'release-v1.3.0', {}, /disagree/)
    expect(run.errors).toContain('1.2.0 in setup.py:5')
    expect(run.errors).toContain('1.1.9 in mypkg/__init__.py:1')
  })

  test('a file listed in files that does not exist', async () => {
    const repo = seed('release-v1.3.0')
    await expectRefused(
      repo,
      'release-v1.3.0',
      { files: 'setup.py\nsrc/missing.py' },
      /src\/missing\.py/
    )
  })

  test('malformed package.json is reported with its file and line', async () => {
    const repo = seed()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'develop')
    repo.sandbox.commit(repo.dev, 'Add package.json', {
      'package.json': '{\n  "name": "app",\n  "version": "1.2.0",,\n}\n'
    })
    repo.sandbox.push(repo.dev, 'release-v1.3.0')
    const run = await expectRefused(repo, 'release-v1.3.0', {}, /package\.json/)
    const [annotation] = run.annotations
    expect(annotation?.file).toBe('package.json')
    expect(annotation?.line).toBe(3)
  })

  test('malformed pyproject.toml is reported with its file and line', async () => {
    const repo = seed()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'develop')
    repo.sandbox.commit(repo.dev, 'Add pyproject', {
      'pyproject.toml': '[project]\nname = "mypkg"\nversion = "1.2.0\n'
    })
    repo.sandbox.push(repo.dev, 'release-v1.3.0')
    const run = await expectRefused(repo, 'release-v1.3.0', {}, /pyproject\.toml/)
    expect(run.annotations[0]?.file).toBe('pyproject.toml')
    expect(run.annotations[0]?.line).toBe(3)
  })

  test.each([
    [
      'a bracket never closed',
      'packages=find_packages(exclude=["tests"],\n',
      3,
      "'(' is never closed"
    ],
    ['a string never closed', 'python_requires=">=3.8,\n', 7, 'is never closed']
  ])('setup.py with %s is refused before anything is written', async (_name, line, at, why) => {
    const repo = seed()
    const setup = repo.sandbox.read(repo.dev, 'setup.py')
    const broken = setup
      .split('\n')
      .map((l) => (l.trim().startsWith(line.split('=')[0]) ? `    ${line.trimEnd()}` : l))
      .join('\n')
    expect(broken).not.toBe(setup)
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'develop')
    repo.sandbox.commit(repo.dev, 'Break setup.py', { 'setup.py': broken })
    repo.sandbox.push(repo.dev, 'release-v1.3.0')
    const run = await expectRefused(repo, 'release-v1.3.0', {}, /setup\.py is not valid Python/)
    expect(run.errors).toContain(why)
    expect(run.annotations[0]).toMatchObject({ file: 'setup.py', line: at })
  })

  test('a push refused by the server (protected branch) leaves the remote unchanged', async () => {
    const repo = seed('release-v1.3.0')
    repo.sandbox.protectBranches('release-v1.3.0')
    const before = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const run = await bump(repo, 'release-v1.3.0')
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(/refused the push to release-v1\.3\.0/)
    expect(run.errors).toMatch(/GH006/)
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
  })
})

test('a push that loses a race keeps the other commit and lands on top of it', async () => {
  const repo = seed('release-v1.3.0')
  const workspace = repo.sandbox.checkout('ws-race', 'release-v1.3.0')
  const sha = repo.sandbox.git(workspace, 'rev-parse', 'HEAD')
  // A teammate pushes after the job checked out, before it pushes.
  const other = repo.sandbox.commit(repo.dev, 'Fix: Typo in feature X (JIRA-1238)', {
    'mypkg/x.py': 'def x():\n    return "X"\n'
  })
  repo.sandbox.push(repo.dev, 'release-v1.3.0')
  const run = await invokeAction({
    action: 'bump-version',
    workspace,
    ref: 'refs/heads/release-v1.3.0',
    sha
  })
  expect(run.errors).toBe('')
  expect(run.exitCode).toBe(0)
  expect(repo.sandbox.log('refs/heads/release-v1.3.0', 2)).toEqual([
    'Bump version to 1.3.0',
    'Fix: Typo in feature X (JIRA-1238)'
  ])
  expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', 'release-v1.3.0~1')).toBe(other)
  expect(run.outputs['commit-sha']).toBe(repo.sandbox.remoteSha('refs/heads/release-v1.3.0'))
  expect(run.stdout).toMatch(/lost a race/)
})

test('a force-push that takes a commit back between our look at origin and our push: ours is replayed on what is left, the dropped commit stays out', async () => {
  const repo = seed('release-v1.3.0')
  const kept = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')!
  const dropped = repo.sandbox.commit(repo.dev, 'Add credentials by mistake', {
    'secrets.env': 'TOKEN=x\n'
  })
  repo.sandbox.push(repo.dev, 'release-v1.3.0')
  const race = raceBeforePush('refs/heads/release-v1.3.0', [
    ['-C', repo.dev, 'push', '--quiet', '--force', 'origin', `${kept}:refs/heads/release-v1.3.0`]
  ])
  try {
    const run = await bump(repo, 'release-v1.3.0', {}, { env: race.env })
    expect(race.fired()).toBe(true)
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/lost a race/)
    const head = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')!
    expect(run.outputs['commit-sha']).toBe(head)
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', `${head}~1`)).toBe(kept)
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-list', head).split('\n')).not.toContain(
      dropped
    )
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('    version="1.3.0",\n')
  } finally {
    race.cleanup()
  }
})

describe('the root action', () => {
  test('runs bump-version through step:', async () => {
    const repo = seed('release-v1.3.0')
    const workspace = repo.sandbox.checkout('ws-root', 'release-v1.3.0')
    const run = await invokeAction({
      action: '.',
      workspace,
      ref: 'refs/heads/release-v1.3.0',
      inputs: { step: 'bump-version' }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.version).toBe('1.3.0')
  })

  test('an unknown step lists the valid ones', async () => {
    const repo = seed('release-v1.3.0')
    const workspace = repo.sandbox.checkout('ws-root', 'release-v1.3.0')
    const run = await invokeAction({ action: '.', workspace, inputs: { step: 'bump-versoin' } })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(/Unknown step 'bump-versoin'\. Valid steps: .*bump-version/)
  })
})
