/** A scalar found at a tracked key path, with the offsets of its text (inside the quotes). */
export interface JsonScalar {
  path: string[]
  kind: 'string' | 'other'
  start: number
  end: number
  /** The decoded value for strings, the literal text otherwise. */
  value: string
}

/** Malformed JSON, at `offset` in the text. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
    this.name = 'JsonSyntaxError'
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y

/**
 * Checks that `text` is one JSON value and returns the scalars whose key path `track` accepts,
 * with exact offsets, so a writer can splice one value and leave every other byte alone.
 * Only object keys form the path (array elements are not tracked); `track` sees a live path.
 */
export function scanJson(text: string, track: (path: readonly string[]) => boolean): JsonScalar[] {
  const found: JsonScalar[] = []
  const path: string[] = []
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at)
  }
  const unexpected = (): never =>
    pos >= text.length
      ? fail('unexpected end of file')
      : fail(`unexpected ${JSON.stringify(text[pos])}`)
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos])) pos++
  }
  const expect = (char: string): void => {
    skipSpace()
    if (text[pos] !== char)
      fail(`expected ${JSON.stringify(char)} but found ${describe(text, pos)}`)
    pos++
  }

  /** Reads a string starting at the opening quote; returns the offsets of its contents. */
  const readString = (): { start: number; end: number } => {
    const start = ++pos
    for (;;) {
      const code = text.charCodeAt(pos)
      if (pos >= text.length || code === 0x0a) fail('unterminated string', start - 1)
      if (code === 0x22) break
      if (code < 0x20) fail('control character in string')
      if (code === 0x5c) {
        ESCAPE.lastIndex = pos + 1
        if (!ESCAPE.test(text)) fail('invalid escape in string')
        pos = ESCAPE.lastIndex
      } else pos++
    }
    return { start, end: pos++ }
  }

  const readValue = (): void => {
    skipSpace()
    const char = text[pos]
    if (char === '{') return readObject()
    if (char === '[') return readArray()
    const tracked = path.length > 0 && track(path)
    if (char === '"') {
      const { start, end } = readString()
      if (tracked) {
        const value = JSON.parse(text.slice(start - 1, end + 1)) as string
        found.push({ path: [...path], kind: 'string', start, end, value })
      }
      return
    }
    const start = pos
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = pos
      if (pattern.test(text)) pos = pattern.lastIndex
    }
    if (pos === start) unexpected()
    if (tracked)
      found.push({ path: [...path], kind: 'other', start, end: pos, value: text.slice(start, pos) })
  }

  const readObject = (): void => {
    pos++
    skipSpace()
    if (text[pos] === '}') return void pos++
    for (;;) {
      skipSpace()
      if (text[pos] !== '"') fail(`expected a key in quotes but found ${describe(text, pos)}`)
      const key = readString()
      path.push(JSON.parse(text.slice(key.start - 1, key.end + 1)) as string)
      expect(':')
      readValue()
      path.pop()
      skipSpace()
      if (text[pos] === ',') pos++
      else if (text[pos] === '}') return void pos++
      else fail(`expected "," or "}" but found ${describe(text, pos)}`)
    }
  }

  const readArray = (): void => {
    pos++
    skipSpace()
    if (text[pos] === ']') return void pos++
    // Array elements carry no key: mark them so a path never matches through an array.
    path.push('[]')
    for (;;) {
      readValue()
      skipSpace()
      if (text[pos] === ',') pos++
      else if (text[pos] === ']') break
      else fail(`expected "," or "]" but found ${describe(text, pos)}`)
    }
    path.pop()
    pos++
  }

  readValue()
  skipSpace()
  if (pos < text.length) fail(`unexpected ${describe(text, pos)} after the end of the document`)
  return found
}

function describe(text: string, pos: number): string {
  return pos >= text.length ? 'the end of the file' : JSON.stringify(text[pos])
}
