import * as core from './core.js'

/** What the release logic may say while it works; injected so tests can record it. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}

/** A logger that keeps every line, for tests and for the CLI rehearsal. */
export class RecordingLogger implements Logger {
  readonly lines: Array<{ level: 'info' | 'warning' | 'debug'; message: string }> = []
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  text(level?: 'info' | 'warning' | 'debug'): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n')
  }
}

export const silentLogger: Logger = { info: () => {}, warning: () => {}, debug: () => {} }
