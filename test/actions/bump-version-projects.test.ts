/**
 * bump-version as the runner runs it, on the two outcomes of the project shapes that
 * test/actions/bump-version.test.ts does not reach: a version derived from the tag (its outputs,
 * notice and summary), and many problems refused as one error annotation. The shapes themselves
 * are packages/release/bump-version-projects.test.ts, in process.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import type { Sandbox } from '../kit/sandbox.js'
import { shapeProject, type ShapeProject } from '../kit/shape-project.js'

const sandboxes: Sandbox[] = []
afterEach(() => {
  while (sandboxes.length) sandboxes.pop()?.cleanup()
})

/** The shape released at v1.2.0, on release-v1.3.0. */
function project(files: Record<string, string | Uint8Array>): ShapeProject {
  const p = shapeProject(files)
  sandboxes.push(p.sandbox)
  return p
}

/** bump-version in a fresh actions/checkout-style clone of the release branch. */
async function bump(p: ShapeProject, inputs: InvokeOptions['inputs'] = {}) {
  const workspace = p.sandbox.checkout('ws', p.branch)
  const run = await invokeAction({
    action: 'bump-version',
    workspace,
    ref: `refs/heads/${p.branch}`,
    sha: p.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    inputs
  })
  return { ...run, workspace }
}

describe('bump-version on project shapes, through the runner', () => {
  test('hatch-vcs: result derived, a notice, nothing written', async () => {
    const p = project({
      'pyproject.toml':
        '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n\n' +
        '[project]\nname = "mypkg"\ndynamic = ["version"]\n\n[tool.hatch.version]\nsource = "vcs"\n',
      'src/mypkg/__init__.py':
        'from importlib.metadata import version\n__version__ = version("mypkg")\n'
    })
    const before = p.sandbox.remoteSha(`refs/heads/${p.branch}`)
    const run = await bump(p)
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      version: '1.3.0',
      'previous-version': '1.2.0',
      tag: 'v1.3.0',
      'changed-files': '[]',
      'commit-sha': '',
      result: 'derived'
    })
    const notice = run.annotations.find((a) => a.level === 'notice')
    expect(notice?.message).toMatch(
      /derived from the git tag.*create-tag's tag v1\.3\.0 will be the version/
    )
    expect(run.summary).toContain('bump-version: derived')
    expect(p.sandbox.remoteSha(`refs/heads/${p.branch}`)).toBe(before)
  })

  test('every problem of the run in one error annotation, nothing written', async () => {
    const p = project({
      'package.json': '{\n  "name": "app",\n  "version": "1.2.0",,\n}\n',
      'Chart.yaml': 'name: app\n',
      'mypkg/__init__.py': '__version__ = "1.2.0"\n'
    })
    const before = p.sandbox.remoteSha(`refs/heads/${p.branch}`)
    const run = await bump(p, {
      files:
        'package.json\nChart.yaml:^appVersion: (.+)$\nsrc/missing/__init__.py\nmypkg/__init__.py'
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(p.sandbox.remoteSha(`refs/heads/${p.branch}`)).toBe(before)
    expect(p.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    expect(run.errors).toMatch(/^3 problems with this run:/)
    expect(run.errors).toContain('package.json is not valid JSON')
    expect(run.errors).toContain('Chart.yaml has no version to bump')
    expect(run.errors).toContain('src/missing/__init__.py listed in')
  })
})
