/** A Python token, as much as finding `setup(version=...)` and `__version__ = ...` needs. */
export interface PythonToken {
  kind: 'name' | 'string' | 'number' | 'op' | 'newline'
  start: number
  end: number
  text: string
  /** 1-based column of the token's first character on its line. */
  column: number
  /** Strings: offsets of the contents inside the quotes, and the prefix (`r`, `f`, `b`, ...). */
  contentStart?: number
  contentEnd?: number
  prefix?: string
  /** A string whose closing quote never comes (before the line end, or the file end). */
  unterminated?: boolean
}

const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy
const STRING_PREFIX = /(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?(?=['"])/y
const NUMBER = /\.?\d[\w.]*/y
const OPERATOR = /\*\*=|\/\/=|>>=|<<=|[-+*/%&|^@]=|==|!=|<=|>=|:=|->|\*\*|\/\/|<<|>>|./y

/**
 * Splits Python source into tokens, skipping comments and line continuations. A `newline`
 * token ends each logical line (newlines inside brackets are not logical line ends).
 * Lenient: an unterminated string runs to the end of the file instead of failing.
 */
export function tokenizePython(text: string): PythonToken[] {
  const tokens: PythonToken[] = []
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let lineStart = pos
  let depth = 0
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = pos
    return pattern.exec(text)?.[0]
  }
  const push = (kind: PythonToken['kind'], start: number, extra: Partial<PythonToken> = {}) => {
    tokens.push({
      kind,
      start,
      end: pos,
      text: text.slice(start, pos),
      column: start - lineStart + 1,
      ...extra
    })
  }

  while (pos < text.length) {
    const char = text[pos]
    const start = pos
    if (char === '\n') {
      pos++
      if (depth === 0 && tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline') {
        push('newline', start)
      }
      lineStart = pos
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
      pos++
    } else if (char === '\\' && (text[pos + 1] === '\n' || text.startsWith('\r\n', pos + 1))) {
      pos += text[pos + 1] === '\n' ? 2 : 3
      lineStart = pos
    } else if (char === '#') {
      while (pos < text.length && text[pos] !== '\n') pos++
    } else if (match(STRING_PREFIX) !== undefined) {
      const prefix = match(STRING_PREFIX)!
      pos += prefix.length
      const { contentStart, contentEnd, end } = readString(text, pos)
      pos = end
      const unterminated = end === contentEnd
      push('string', start, {
        contentStart,
        contentEnd,
        prefix,
        ...(unterminated && { unterminated })
      })
      lineStart = Math.max(lineStart, text.lastIndexOf('\n', pos - 1) + 1)
    } else if (match(NAME) !== undefined) {
      pos += match(NAME)!.length
      push('name', start)
    } else if (match(NUMBER) !== undefined) {
      pos += match(NUMBER)!.length
      push('number', start)
    } else {
      pos += match(OPERATOR)!.length
      if ('([{'.includes(char)) depth++
      if (')]}'.includes(char)) depth = Math.max(0, depth - 1)
      push('op', start)
    }
  }
  if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline') push('newline', pos)
  return tokens
}

/** Reads a string from its opening quote(s) at `pos`: the contents' offsets and the end. */
function readString(
  text: string,
  pos: number
): { contentStart: number; contentEnd: number; end: number } {
  const quote = text[pos]
  const triple = text.startsWith(quote.repeat(3), pos)
  const close = triple ? quote.repeat(3) : quote
  const contentStart = pos + close.length
  let i = contentStart
  while (i < text.length && !text.startsWith(close, i)) {
    // Unterminated: stop at the line end, as Python reports it.
    if (text[i] === '\n' && !triple) break
    i += text[i] === '\\' ? (text.startsWith('\r\n', i + 1) ? 3 : 2) : 1
  }
  const contentEnd = Math.min(i, text.length)
  const end = text.startsWith(close, i) ? i + close.length : contentEnd
  return { contentStart, contentEnd, end }
}

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * The first thing that makes the source not Python, as far as the tokens tell: a string never
 * closed, a bracket never closed, or a closing bracket that does not match. Undefined when none.
 */
export function pythonSyntaxProblem(
  tokens: readonly PythonToken[]
): { offset: number; problem: string } | undefined {
  const open: PythonToken[] = []
  for (const token of tokens) {
    if (token.kind === 'string' && token.unterminated) {
      return {
        offset: token.start,
        problem: `the string ${token.text.split('\n')[0].slice(0, 20)} is never closed`
      }
    }
    if (token.kind !== 'op') continue
    if (token.text in CLOSING) open.push(token)
    else if (')]}'.includes(token.text)) {
      const opener = open.pop()
      if (!opener) return { offset: token.start, problem: `'${token.text}' closes no bracket` }
      if (CLOSING[opener.text] !== token.text) {
        return { offset: token.start, problem: `'${token.text}' does not close '${opener.text}'` }
      }
    }
  }
  const unclosed = open.pop()
  return unclosed && { offset: unclosed.start, problem: `'${unclosed.text}' is never closed` }
}
