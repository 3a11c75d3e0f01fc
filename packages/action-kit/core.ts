/**
 * The one place that speaks to the runner. Everything else in the suite goes through these
 * functions, so the runner protocol (inputs, outputs, annotations, summary, masking) is used the
 * same way everywhere and tests can assert on exactly what it writes. The protocol's text is
 * workflow-commands.ts; this module writes it (stdout, `$GITHUB_OUTPUT`, the job summary).
 */
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import type { FileLocation } from '../base/errors.js'
import {
  commandProperties,
  formatCommand,
  formatKeyValue,
  type AnnotationProperties
} from './workflow-commands.js'

/** Writes one line to stdout, where the runner reads workflow commands and the log. */
function writeLine(line: string): void {
  process.stdout.write(line + EOL)
}

function issueCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  data: string
): void {
  writeLine(formatCommand(name, properties, data))
}

/** The raw value of an input (`INPUT_<NAME>`, as the runner names it), trimmed. */
export function readInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** `$GITHUB_OUTPUT` under a runner; the legacy `::set-output` command outside one. */
export function setOutput(name: string, value: string | number | boolean): void {
  const file = process.env.GITHUB_OUTPUT
  if (file) {
    appendFileSync(file, formatKeyValue(name, value, EOL) + EOL, { encoding: 'utf8' })
  } else {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, String(value))
  }
}

/** Every value masked so far, longest first when replaced. */
const secrets = new Set<string>()

/**
 * Masks a value in every later log line: the runner's `::add-mask::`, and our own redaction
 * of everything this module writes (annotations, log, job summary), which the runner does not
 * mask in every place (the summary file) and which keeps the test kit's view honest.
 */
export function setSecret(value: string): void {
  if (!value) return
  secrets.add(value)
  issueCommand('add-mask', {}, value)
}

/** Masked values shorter than this are left to the runner: replacing them would garble text. */
const REDACT_MIN = 4

/** The text with every masked value (of REDACT_MIN characters or more) replaced by `***`. */
export function redact(text: string): string {
  if (secrets.size === 0) return text
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < REDACT_MIN) continue
    out = out.split(secret).join('***')
  }
  return out
}

/**
 * A line the runner would read as a workflow command: `::name::` after leading blanks, or the
 * legacy `##[name]` anywhere in it.
 */
const COMMAND_LIKE = /(?:^|[\r\n])[^\S\r\n]*::|##\[/

/**
 * Writes a log line. A message that would start a workflow command (a version or a server's
 * answer holding `\n::error::`, `::add-mask::`, `::set-output`) is written between
 * `::stop-commands::` and its unguessable end token, so the runner prints it and runs nothing.
 */
export function info(text: string): void {
  const message = redact(text)
  if (!COMMAND_LIKE.test(message)) {
    writeLine(message)
    return
  }
  const token = globalThis.crypto.randomUUID()
  writeLine(`::stop-commands::${token}${EOL}${message}${EOL}::${token}::`)
}

export function debug(message: string): void {
  issueCommand('debug', {}, redact(message))
}

export function warning(message: string, location?: FileLocation): void {
  issueCommand('warning', commandProperties(annotationProperties(location)), redact(message))
}

export function notice(message: string): void {
  issueCommand('notice', {}, redact(message))
}

export function error(message: string, location?: FileLocation, title?: string): void {
  issueCommand(
    'error',
    commandProperties({ ...annotationProperties(location), title }),
    redact(message)
  )
}

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function markFailed(): void {
  process.exitCode = 1
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, redact(name))
  try {
    return await fn()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`); a no-op outside a runner. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await appendFile(process.env.GITHUB_STEP_SUMMARY, redact(markdown) + EOL, { encoding: 'utf8' })
}

function annotationProperties(location?: FileLocation): AnnotationProperties {
  if (!location) return {}
  return { file: location.file, startLine: location.line, startColumn: location.col }
}
