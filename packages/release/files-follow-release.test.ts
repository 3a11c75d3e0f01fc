import { ConfigurationError } from '../base/errors.js'
import type { CurrentVersion } from '../version-files/index.js'
import { checkFilesFollowRelease, compareLoose } from './files-follow-release.js'

function current(version: string | undefined): CurrentVersion {
  const occurrences =
    version === undefined
      ? []
      : [
          {
            file: 'VERSION',
            line: 1,
            column: 1,
            start: 0,
            end: version.length,
            version,
            field: 'first line'
          }
        ]
  return { version, occurrences, dynamic: [] }
}

const target = { version: '1.3.0', tag: 'v1.3.0' }
const latest = { name: 'v1.2.0', version: '1.2.0' }

describe('compareLoose', () => {
  it.each([
    ['1.2.0', '1.3.0', -1],
    ['1.3.0.dev0', '1.3.0', -1],
    ['1.3.0-rc.1', '1.3.0', -1],
    ['2.1.0a0', '2.1.0', -1],
    ['1.3.0a1', '1.3.0a2', -1],
    ['1.2.0.post1', '1.2.0', 1],
    ['1.2.0+local', '1.2.0', 0],
    ['1.00', '1.16.0', -1],
    ['1.10.0', '1.9.0', 1],
    ['v1.2.0', '1.2.0', 0]
  ])('%s against %s is %d', (a, b, order) => {
    expect(compareLoose(a, b)).toBe(order)
    expect(compareLoose(b, a)).toBe(-order || 0)
  })
})

describe('checkFilesFollowRelease', () => {
  it.each(['1.2.0', '1.3.0', '1.3.0.dev0', '1.3.0-rc.1', '1.2.1'])('accepts %s', (version) => {
    expect(() => checkFilesFollowRelease(current(version), target, latest)).not.toThrow()
  })

  it('accepts anything up to the target before the first release, and derived files', () => {
    expect(() => checkFilesFollowRelease(current('0.0.1'), target, undefined)).not.toThrow()
    expect(() => checkFilesFollowRelease(current(undefined), target, latest)).not.toThrow()
  })

  it('refuses files below the latest release, naming both', () => {
    expect(() => checkFilesFollowRelease(current('1.1.0'), target, latest)).toThrow(
      new ConfigurationError(
        'The version files say 1.1.0 (VERSION:1), but the latest release is v1.2.0 (1.2.0): they ' +
          "are not the version this project released last. Set the files to the version of the latest release, or list the files that hold this project's version in the 'files' input."
      )
    )
  })

  it('refuses files above the target, naming both', () => {
    expect(() => checkFilesFollowRelease(current('1.21.0'), target, latest)).toThrow(
      /say 1\.21\.0 \(VERSION:1\), above the release version 1\.3\.0 \(v1\.3\.0\)/
    )
  })
})
