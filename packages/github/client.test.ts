import { describe, expect, test } from '@jest/globals'
import { writeSpacing } from './client.js'

describe('writeSpacing', () => {
  test("GitHub's guidance by default: writes a second apart, writes that notify three", () => {
    expect(writeSpacing({})).toEqual({ write: 1000, notifications: 3000 })
  })

  test('RELEASE_ACTIONS_WRITE_SPACING_MS sets both, 0 included', () => {
    expect(writeSpacing({ RELEASE_ACTIONS_WRITE_SPACING_MS: '0' })).toEqual({
      write: 0,
      notifications: 0
    })
    expect(writeSpacing({ RELEASE_ACTIONS_WRITE_SPACING_MS: '250' })).toEqual({
      write: 250,
      notifications: 250
    })
  })

  test('an empty or unreadable value keeps the guidance', () => {
    for (const value of ['', 'soon', '-1'])
      expect(writeSpacing({ RELEASE_ACTIONS_WRITE_SPACING_MS: value })).toEqual({
        write: 1000,
        notifications: 3000
      })
  })
})
