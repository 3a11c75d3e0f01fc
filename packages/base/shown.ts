/**
 * A user's value as an error message quotes it: control characters written as escapes (a
 * newline cannot start a new log line), and a long value cut, so a 10 kB input is not
 * echoed back whole.
 */
const LIMIT = 80

export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = value.replace(/[\x00-\x1f\x7f]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
  if (escaped.length <= LIMIT) return `'${escaped}'`
  return `'${escaped.slice(0, LIMIT)}…' (${value.length} characters)`
}
