import { formatDuration, parseDuration } from './duration.js'
import { ConfigurationError } from './errors.js'

describe('parseDuration', () => {
  test.each(['0', '0s', '0ms', '0h0m'])('%j is below the minimum of 1ms', (value) => {
    expect(() => parseDuration(value, 'timeout')).toThrow(
      `Input \`timeout\` is \`${value}\`, below its minimum of 1ms (a duration of zero does nothing).`
    )
  })

  test('a minimum of the caller: 100ms for a poll interval', () => {
    expect(parseDuration('100ms', 'interval', 100)).toBe(100)
    expect(() => parseDuration('1ms', 'interval', 100)).toThrow('below its minimum of 100ms')
  })

  test.each([
    ['300', 300_000],
    ['300s', 300_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1m30s', 90_000],
    ['2h5m10s', 7_510_000],
    ['1h 30m', 5_400_000],
    ['500ms', 500],
    ['1s500ms', 1500],
    ['90m', 5_400_000],
    [' 600s\n', 600_000]
  ])('%j is %d ms', (value, ms) => {
    expect(parseDuration(value, 'health-timeout')).toBe(ms)
  })

  test.each([
    '10x',
    '',
    '  ',
    '-5',
    '-5s',
    '1.5s',
    '5 minutes',
    '30m1h',
    '1m1m',
    's',
    '5S',
    '1h-30m',
    '99999999999999999'
  ])('%j is refused', (value) => {
    let caught: unknown
    try {
      parseDuration(value, 'health-timeout')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigurationError)
    const error = caught as ConfigurationError
    expect(error.input).toBe('health-timeout')
    expect(error.message).toContain(
      `Input \`health-timeout\` is \`${value}\`, which is not a duration`
    )
    expect(error.message).toContain('300s, 5m, 1h, 1h30m')
  })
})

describe('formatDuration', () => {
  test.each([
    [0, '0s'],
    [250, '250ms'],
    [45_000, '45s'],
    [300_000, '5m'],
    [5_400_000, '1h30m'],
    [3_661_001, '1h1m1s1ms']
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  test.each(['300s', '1h30m', '1m30s', '500ms'])('%s survives a round trip', (value) => {
    expect(parseDuration(formatDuration(parseDuration(value, 'x')), 'x')).toBe(
      parseDuration(value, 'x')
    )
  })
})
