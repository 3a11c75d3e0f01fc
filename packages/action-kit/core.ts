/**
 * The one place that talks to `@actions/core`. Everything else in the suite goes through these
 * functions, so the runner protocol (inputs, outputs, annotations, summary, masking) is used the
 * same way everywhere and tests can assert on exactly what it writes.
 */
import * as core from '@actions/core'
import type { FileLocation } from './errors.js'

export function readInput(name: string): string {
  return core.getInput(name)
}

export function setOutput(name: string, value: string | number | boolean): void {
  core.setOutput(name, value)
}

/** Masks a value in every later log line. */
export function setSecret(value: string): void {
  if (value) core.setSecret(value)
}

export function info(message: string): void {
  core.info(message)
}

export function debug(message: string): void {
  core.debug(message)
}

export function warning(message: string, location?: FileLocation): void {
  core.warning(message, annotationProperties(location))
}

export function notice(message: string): void {
  core.notice(message)
}

export function error(message: string, location?: FileLocation, title?: string): void {
  core.error(message, { ...annotationProperties(location), title })
}

export function setFailed(message: string): void {
  core.setFailed(message)
}

export function markFailed(): void {
  process.exitCode = 1
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn)
}

/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`); a no-op outside a runner. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown, true).write()
}

function annotationProperties(location?: FileLocation): core.AnnotationProperties {
  if (!location) return {}
  return { file: location.file, startLine: location.line, startColumn: location.col }
}
