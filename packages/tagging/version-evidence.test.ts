import { describe, expect, test } from '@jest/globals'
import { parseBranchPatterns } from '../versioning/index.js'
import { makeLatestFor } from './github-release.js'
import {
  checkVersionAgreement,
  releaseBranchOfPulls,
  topReleasedVersion
} from './version-evidence.js'

const patterns = parseBranchPatterns()
const pull = (number: number, ref: string, merged: string | null, sha: string | null) => ({
  number,
  merged_at: merged,
  merge_commit_sha: sha,
  head: { ref }
})

describe('version evidence', () => {
  test('the top released section skips [Unreleased]', () => {
    expect(
      topReleasedVersion('# C\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-23\n## [1.2.0]\n')
    ).toEqual({
      version: '1.3.0',
      line: 5
    })
    expect(topReleasedVersion('# C\n\n## [Unreleased]\n')).toBeUndefined()
  })

  test('agreement passes; a disagreement names every source', () => {
    expect(() =>
      checkVersionAgreement([
        { source: 'a', version: '1.3.0' },
        { source: 'b', version: '1.3.0' }
      ])
    ).not.toThrow()
    expect(() =>
      checkVersionAgreement([
        { source: 'the branch', version: '1.3.0' },
        { source: 'the files', version: '1.2.0', where: 'setup.py:5' }
      ])
    ).toThrow('the branch: 1.3.0; the files: 1.2.0 (setup.py:5)')
  })

  test('the merged release pull request of a commit', () => {
    expect(
      releaseBranchOfPulls(
        [pull(3, 'feature/x', '2026-01-01', 'abc'), pull(4, 'release-v1.3.0', '2026-01-02', 'abc')],
        'abc',
        patterns
      )
    ).toMatchObject({ version: '1.3.0', number: 4, branch: 'release-v1.3.0' })
    expect(
      releaseBranchOfPulls([pull(5, 'release-v1.3.0', null, null)], 'abc', patterns)
    ).toBeUndefined()
    expect(() =>
      releaseBranchOfPulls(
        [pull(6, 'release-v1.3.0', 'x', 'abc'), pull(7, 'release-v1.4.0', 'x', 'abc')],
        'abc',
        patterns
      )
    ).toThrow('#6 (release-v1.3.0), #7 (release-v1.4.0)')
  })

  test('make_latest: a hotfix of an older line is not latest', () => {
    const plain = { draft: false, prerelease: false }
    expect(makeLatestFor('1.2.1', ['1.2.0', '1.3.0'], 'auto', plain)).toBe('false')
    expect(makeLatestFor('1.3.1', ['1.2.0', '1.3.0', '1.4.0-rc.1'], 'auto', plain)).toBe('true')
    expect(makeLatestFor('1.3.1', [], 'legacy', plain)).toBe('legacy')
    expect(makeLatestFor('1.3.1', [], 'true', { draft: true, prerelease: false })).toBeUndefined()
  })
})
