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

/** Parses `::error file=...,line=...::message` workflow commands from an action's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const [, level, props = '', message = ''] = match
    const annotation: Annotation = {
      level: level as Annotation['level'],
      message: unescapeData(message)
    }
    for (const pair of props.split(',')) {
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
