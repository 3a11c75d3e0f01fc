/** Small markdown builders for job summaries; each action composes its summary from these. */

/** Escapes text for a markdown table cell. */
export function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function table(header: string[], rows: Array<Array<string | number | undefined>>): string {
  const head = `| ${header.map(cell).join(' | ')} |`
  const rule = `| ${header.map(() => '---').join(' | ')} |`
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n'
}

export function codeBlock(text: string, language = ''): string {
  const fence = text.includes('```') ? '````' : '```'
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`
}

/** The first line every summary starts with: what ran and how it ended. */
export function resultLine(action: string, result: string, detail: string): string {
  const icon =
    result === 'failure'
      ? '❌'
      : result === 'dry-run'
        ? '🧪'
        : result === 'unchanged'
          ? '⏸️'
          : result === 'skipped'
            ? '⏭️'
            : '✅'
  return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`
}
