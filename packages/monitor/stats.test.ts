import { errorRate, formatRate, parseRate, percentile } from './stats.js'

describe('percentile (nearest rank)', () => {
  test.each([
    [[], 95, undefined],
    [[42], 95, 42],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [Array.from({ length: 100 }, (_, i) => 100 - i), 95, 95],
    [Array.from({ length: 20 }, (_, i) => (i === 19 ? 900 : 10)), 95, 10],
    [Array.from({ length: 20 }, (_, i) => (i >= 18 ? 900 : 10)), 95, 900],
    [[5, 1, 3], 0, 1],
    [[5, 1, 3], 100, 5]
  ])('%j p%d is %p', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected)
  })
})

describe('rates', () => {
  test('error rate counts failures over probes', () => {
    expect(errorRate(0, 0)).toBe(0)
    expect(errorRate(1, 4)).toBe(0.25)
  })
  test.each([
    ['0.05', 0.05],
    ['5%', 0.05],
    ['0', 0],
    ['100%', 1],
    ['2.5 %', 0.025],
    ['1.5', undefined],
    ['five', undefined],
    ['-1%', undefined]
  ])('%j is %p', (text, rate) => {
    expect(parseRate(text)).toBe(rate)
  })
  test('formats as a percentage', () => {
    expect(formatRate(0.025)).toBe('2.5%')
    expect(formatRate(1 / 3)).toBe('33.33%')
  })
})
