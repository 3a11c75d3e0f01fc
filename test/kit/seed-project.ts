/**
 * The seed's Python project (setup.py, mypkg/__init__.py, CHANGELOG.md, pytest tests) in a
 * sandbox: `main` released as v1.2.0, `develop` with the seed's example commits, optionally the
 * release branch cut from it. Tests and the rehearsal start from here.
 */
import { join } from 'node:path'
import { Sandbox } from './sandbox.js'
import { fromTemplate } from './templates.js'

export const SEED_COMMITS = [
  {
    subject: 'Feature: New feature X (JIRA-1234)',
    file: 'mypkg/x.py',
    content: 'def x():\n    return "x"\n'
  },
  {
    subject: 'Feature: New feature Y (JIRA-1235)',
    file: 'mypkg/y.py',
    content: 'def y():\n    return "y"\n'
  },
  {
    subject: 'Improved performance of Z (JIRA-1236)',
    file: 'mypkg/z.py',
    content: 'def z():\n    return sum(range(10))\n'
  },
  {
    subject: 'Fix: Bug in feature W (JIRA-1237)',
    file: 'mypkg/w.py',
    content: 'def w():\n    return "fixed"\n'
  }
] as const

export function seedFiles(version: string): Record<string, string> {
  return {
    'setup.py': `from setuptools import setup, find_packages\n\nsetup(\n    name="mypkg",\n    version="${version}",\n    packages=find_packages(exclude=["tests"]),\n    python_requires=">=3.8",\n)\n`,
    'mypkg/__init__.py': `"""The sample application of the release process."""\n\n__version__ = "${version}"\n`,
    'tests/__init__.py': '',
    'tests/test_app.py': 'import mypkg\n\n\ndef test_version():\n    assert mypkg.__version__\n',
    'CHANGELOG.md': [
      '# Changelog',
      '',
      'All notable changes to this project will be documented in this file.',
      '',
      'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
      'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
      '',
      '## [Unreleased]',
      '',
      `## [${version}] - 2026-10-01`,
      '### Added',
      '- Initial release of the sample application (JIRA-1000)',
      '',
      `[Unreleased]: https://github.com/acme/app/compare/v${version}...HEAD`,
      `[${version}]: https://github.com/acme/app/releases/tag/v${version}`,
      ''
    ].join('\n')
  }
}

export interface SeedRepo {
  sandbox: Sandbox
  /** A developer's full clone, left on the last branch it worked on. */
  dev: string
}

/**
 * main at v1.2.0 (tagged), develop = main + the seed's four commits, and with `releaseBranch`
 * the release branch cut from develop and pushed (steps 2-5 of the process). Each call gives a
 * private copy of the shape, built with git once per run (templates.ts).
 */
export function createSeedRepo(
  options: { releaseBranch?: string; previousVersion?: string } = {}
): SeedRepo {
  const key = `seed-${options.releaseBranch ?? ''}-${options.previousVersion ?? ''}`
  const { sandbox } = fromTemplate(key, () => ({
    sandbox: buildSeedRepo(options).sandbox,
    meta: {}
  }))
  return { sandbox, dev: join(sandbox.root, 'dev') }
}

function buildSeedRepo(options: { releaseBranch?: string; previousVersion?: string }): SeedRepo {
  const sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  const previous = options.previousVersion ?? '1.2.0'
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
  sandbox.commit(dev, 'Initial commit', seedFiles(previous))
  sandbox.tag(dev, `v${previous}`)
  sandbox.push(dev, 'main', `v${previous}`)
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'develop')
  for (const c of SEED_COMMITS) sandbox.commit(dev, c.subject, { [c.file]: c.content })
  sandbox.push(dev, 'develop')
  if (options.releaseBranch) {
    sandbox.git(dev, 'checkout', '--quiet', '-b', options.releaseBranch)
    sandbox.push(dev, options.releaseBranch)
  }
  return { sandbox, dev }
}
