import { hasNestedRepetition, regexProblem } from './user-regex.js'

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
