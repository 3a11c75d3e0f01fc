/**
 * Release notes are Keep a Changelog markdown; Slack speaks its own `mrkdwn` and Teams a
 * markdown subset without headings. These convert one to the others and escape what the
 * target would otherwise read as markup.
 */

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g

/** Escapes the three characters Slack reads as control characters in mrkdwn. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A URL inside `<url|text>`: Slack's control characters and the separator encoded. */
function slackUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C')
}

/** Converts one line's inline markdown: links to `<url|text>`, `**bold**` to `*bold*`. */
function slackInline(line: string): string {
  let out = ''
  let last = 0
  for (const match of line.matchAll(LINK)) {
    out += slackText(line.slice(last, match.index))
    out += `<${slackUrl(match[2])}|${escapeSlack(match[1]).replace(/\|/g, '¦')}>`
    last = match.index + match[0].length
  }
  return out + slackText(line.slice(last))
}

function slackText(text: string): string {
  return escapeSlack(text).replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
}

/** Keep a Changelog markdown as Slack mrkdwn: headings bold, bullets `•`, links `<url|text>`. */
export function markdownToSlack(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line)
      if (heading) return `*${slackInline(heading[1].trim())}*`
      const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line)
      if (bullet) return `${bullet[1]}• ${slackInline(bullet[2])}`
      return slackInline(line)
    })
    .join('\n')
}

/** Markdown for a Teams TextBlock, which shows no headings: they become bold lines. */
export function markdownToTeams(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line)
      return heading ? `**${heading[1].trim()}**` : line
    })
    .join('\n')
}

/**
 * Splits text into pieces of at most `max` characters, at line ends where possible (a line
 * longer than `max` is cut), keeping every character.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > max) {
      if (current) pieces.push(current)
      current = ''
      const cut = safeCut(rest, max)
      pieces.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    const joined = current === '' ? rest : `${current}\n${rest}`
    if (joined.length > max) {
      pieces.push(current)
      current = rest
    } else current = joined
  }
  if (current.trim() !== '') pieces.push(current)
  return pieces.filter((p) => p.trim() !== '')
}

/** Where to cut a too-long line: not inside a Slack `<url|text>` link or an `&amp;` entity. */
function safeCut(line: string, max: number): number {
  const open = line.lastIndexOf('<', max - 1)
  if (open > 0 && line.lastIndexOf('>', max - 1) < open) return open
  const amp = line.lastIndexOf('&', max - 1)
  if (amp > 0 && max - amp < 6 && !line.slice(amp, max).includes(';')) return amp
  return max
}
