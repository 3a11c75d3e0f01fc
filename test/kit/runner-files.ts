/** Reading back what an action wrote through the runner protocol. */

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  title?: string
}

/** Parses `$GITHUB_OUTPUT`: `name<<DELIM` heredocs and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export interface WorkflowCommand {
  name: string
  /** The raw `key=value,...` properties. */
  props: string
  /** The raw (escaped) data. */
  data: string
}

/**
 * The workflow commands the runner would act on in an action's stdout: `::name props::data`
 * after leading blanks, none between `::stop-commands::TOKEN` and `::TOKEN::`, and the legacy
 * `##[name props]data` anywhere in a line.
 */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const v2 = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (v2) {
      const [, name = '', props = '', data = ''] = v2
      if (name === 'stop-commands') stopToken = data
      else commands.push({ name, props, data })
      continue
    }
    const v1 = /##\[([A-Za-z-]+)(?: ([^\]]*))?\](.*)$/.exec(line)
    if (v1) {
      const [, name = '', props = '', data = ''] = v1
      commands.push({ name, props: props.replace(/;/g, ','), data })
    }
  }
  return commands
}

/** Parses `::error file=...,line=...::message` workflow commands from an action's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const command of workflowCommands(stdout)) {
    if (!['error', 'warning', 'notice'].includes(command.name)) continue
    const annotation: Annotation = {
      level: command.name as Annotation['level'],
      message: unescapeData(command.data)
    }
    for (const pair of command.props.split(',')) {
      const at = pair.indexOf('=')
      if (at < 0) continue
      const key = pair.slice(0, at)
      const value = unescapeProperty(pair.slice(at + 1))
      if (key === 'file') annotation.file = value
      if (key === 'line') annotation.line = Number(value)
      if (key === 'title') annotation.title = value
    }
    annotations.push(annotation)
  }
  return annotations
}
