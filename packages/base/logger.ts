/**
 * What the suite's code may say while it works, and where it goes: injected (never imported from
 * the runner's kit), so the same logic logs to the runner, to a test's recording or nowhere.
 */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
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
