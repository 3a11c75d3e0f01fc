import { ConfigurationError } from './errors.js'
import {
  BoundedRegExp,
  checkUserRegex,
  derivedRegExp,
  hasNestedRepetition,
  linearRegExp,
  regexProblem
} from './user-regex.js'

describe('user regexes', () => {
  test.each(['(a+)+$', '(\\w*)*x', '([a-z]+){2,}', '((ab)*c)+', '(?:x+y?)*'])(
    '%s nests a repetition',
    (source) => {
      expect(hasNestedRepetition(source)).toBe(true)
    }
  )
  test.each(['[A-Z][A-Z0-9]+-\\d+', '#(\\d+)', '(JIRA|OPS)-\\d+', '\\((a+)\\)+', '[(+]+', 'a{2}'])(
    '%s does not',
    (source) => {
      expect(hasNestedRepetition(source)).toBe(false)
    }
  )
  test.each(['x*', '(JIRA-\\d+)?', '|abc', '^'])('%s matches the empty string', (source) => {
    expect(regexProblem(new RegExp(source))).toMatch(/matches the empty string/)
  })
  test('a ticket pattern is fine', () => {
    expect(regexProblem(/\b[A-Z][A-Z0-9]+-\d+\b/g)).toBeUndefined()
  })
})

describe('a user regex that the linear-time engine takes runs on it', () => {
  test('(a|a)+$, which backtracks 2^40 ways on a near miss, answers at once', () => {
    const regex = checkUserRegex(/(a|a)+$/, 'issue-pattern')
    expect(regex).not.toBeInstanceOf(BoundedRegExp)
    expect(regex.flags).toContain('l')
    expect(regex.exec(`${'a'.repeat(40)}!`)).toBeNull()
    expect(regex.exec('xaa')?.[0]).toBe('aa')
  })

  test('it matches like the RegExp it came from, in test, replace, matchAll and split', () => {
    const regex = checkUserRegex(/(?<key>[A-Z]+-\d+)/g, 'issue-pattern')
    expect(regex.flags).toBe('gl')
    expect('JIRA-1 and OPS-2'.replace(regex, '<$<key>>')).toBe('<JIRA-1> and <OPS-2>')
    expect([...'JIRA-1 and OPS-2'.matchAll(regex)].map((m) => m.groups?.key)).toEqual([
      'JIRA-1',
      'OPS-2'
    ])
    expect('a JIRA-1 b'.split(regex)).toEqual(['a ', 'JIRA-1', ' b'])
  })

  test('a regex derived from it stays linear; one the engine cannot take keeps a budget named for the input', () => {
    const issue = checkUserRegex(/[A-Z]+-\d+/g, 'issue-pattern')
    expect(derivedRegExp(issue, `(?<key>${issue.source})|#(\\d+)`, 'g').flags).toBe('gl')
    const behind = derivedRegExp(issue, `(?<![\\w])${issue.source}`, 'g')
    expect(behind).toBeInstanceOf(BoundedRegExp)
    expect('JIRA-1 xOPS-2'.match(behind)).toEqual(['JIRA-1'])
  })

  test('a backreference, a lookaround or case-insensitivity keep the regex off the engine', () => {
    for (const [source, flags] of [
      ['(a)\\1', ''],
      ['a(?=b)', ''],
      ['jira-\\d+', 'i']
    ])
      expect(linearRegExp(source, flags)).toBeUndefined()
  })
})

describe('a user regex that passes the shape check but not the engine runs within a time budget', () => {
  test('it matches like the RegExp it wraps, in test, replace, matchAll and split', () => {
    const regex = checkUserRegex(/(?<key>[A-Z]+-\d+)(?=\b)/g, 'issue-pattern')
    expect(regex).toBeInstanceOf(BoundedRegExp)
    expect(regex.test('Fix JIRA-12')).toBe(true)
    regex.lastIndex = 0
    expect('JIRA-1 and OPS-2'.replace(regex, '<$<key>>')).toBe('<JIRA-1> and <OPS-2>')
    expect([...'JIRA-1 and OPS-2'.matchAll(regex)].map((m) => m.groups?.key)).toEqual([
      'JIRA-1',
      'OPS-2'
    ])
    expect('a JIRA-1 b'.split(regex)).toEqual(['a ', 'JIRA-1', ' b'])
  })

  test('an overlapping alternative under a repetition is stopped, naming the input', () => {
    const regex = checkUserRegex(/(a|a)+\1$/, 'issue-pattern')
    expect(regex).toBeInstanceOf(BoundedRegExp)
    let error: unknown
    try {
      regex.exec(`${'a'.repeat(40)}!`)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('issue-pattern')
    expect((error as Error).message).toMatch(
      /^Input 'issue-pattern' has '\(a\|a\)\+\\1\$', which took more than 3 s to match 'a{40}!': it backtracks catastrophically/
    )
    // The budget is spent: the next text fails at once instead of taking another 3 s.
    expect(() => regex.test('aaaa')).toThrow(/took more than 3 s/)
  })
})
