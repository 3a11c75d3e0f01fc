import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from '../../test/kit/invoker.js'
import { retryBaseMs } from './retry.js'

describe('retryBaseMs', () => {
  test('a second by default; RELEASE_ACTIONS_RETRY_BASE_MS sets it when it is a positive number', () => {
    expect(retryBaseMs({})).toBe(1000)
    expect(retryBaseMs({ RELEASE_ACTIONS_RETRY_BASE_MS: '20' })).toBe(20)
    for (const value of ['', '0', '-5', 'soon'])
      expect(retryBaseMs({ RELEASE_ACTIONS_RETRY_BASE_MS: value })).toBe(1000)
  })

  test('is defined once: no other source reads its variable', () => {
    const packages = join(REPO_ROOT, 'packages')
    const readers = readdirSync(packages, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) =>
        readFileSync(join(packages, file), 'utf8').includes('RELEASE_ACTIONS_RETRY_BASE_MS')
      )
      .map((file) => relative(REPO_ROOT, join(packages, file)))
    expect(readers).toEqual(['packages/http/retry.ts'])
  })
})
