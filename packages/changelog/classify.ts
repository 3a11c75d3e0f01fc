/**
 * Which Keep a Changelog group a commit belongs to, from its subject: the seed's style
 * (`Feature: ...`, `Fix: ...`, `Improved ...`) and Conventional Commits (`feat(api)!: ...`),
 * after any rules the user gave. Commits that are not notable (merges, chores, our own bump and
 * changelog commits) get no group.
 */
import { checkUserRegex } from '../base/user-regex.js'
import { ConfigurationError } from '../base/errors.js'
import { CHANGE_GROUPS, type ChangeGroup } from './grammar.js'

export interface ClassificationRule {
  pattern: RegExp
  /** A group, or `skip` to leave the commit out. */
  group: ChangeGroup | 'skip'
}

export interface ClassifyOptions {
  /** User rules, tried before the built-in ones. */
  rules: ClassificationRule[]
  /** Subjects left out besides the built-in ones (the suite's own commits). */
  skip: RegExp[]
  /** Where a commit that matches nothing goes; undefined leaves it out. */
  unclassified?: ChangeGroup
}

export interface ClassifiedCommit {
  group: ChangeGroup
  /** The entry's text: the subject without its type prefix. */
  text: string
  breaking: boolean
}

/** The suite's own commits: bump-version's and ours, with their default messages. */
export const DEFAULT_SKIP: readonly RegExp[] = [
  /^Bump version to \S+$/,
  /^Update CHANGELOG for \S+$/
]

const CONVENTIONAL = /^([a-zA-Z]+)(?:\(([^)]*)\))?(!)?: *(.+)$/
const CONVENTIONAL_GROUPS: Record<string, ChangeGroup | 'skip'> = {
  feat: 'Added',
  feature: 'Added',
  fix: 'Fixed',
  bugfix: 'Fixed',
  perf: 'Changed',
  refactor: 'Changed',
  revert: 'Changed',
  security: 'Security',
  deprecate: 'Deprecated',
  remove: 'Removed',
  chore: 'skip',
  ci: 'skip',
  docs: 'skip',
  doc: 'skip',
  test: 'skip',
  tests: 'skip',
  build: 'skip',
  style: 'skip',
  wip: 'skip'
}

/** The seed's style: `Label: text` keeps the text, a leading verb keeps the whole subject. */
const SEED_LABELS: Array<[RegExp, ChangeGroup]> = [
  [/^(?:Feature|Add|Added|New): */i, 'Added'],
  [/^(?:Fix|Fixed|Bug|Bugfix|Hotfix): */i, 'Fixed'],
  [/^(?:Change|Changed|Improve|Improvement|Update|Updated|Perf|Performance): */i, 'Changed'],
  [/^(?:Remove|Removed): */i, 'Removed'],
  [/^(?:Deprecate|Deprecated): */i, 'Deprecated'],
  [/^Security: */i, 'Security']
]
const SEED_VERBS: Array<[RegExp, ChangeGroup]> = [
  [/^(?:Add|Adds|Added|Introduce|Introduces|Introduced|Support|Supports) /i, 'Added'],
  [
    /^(?:Fix|Fixes|Fixed|Bug|Bugfix|Correct|Corrects|Corrected|Resolve|Resolves|Resolved) /i,
    'Fixed'
  ],
  [
    /^(?:Improve|Improves|Improved|Improvement|Change|Changes|Changed|Update|Updates|Updated|Refactor|Refactored|Speed up|Optimi[sz]e|Optimi[sz]ed) /i,
    'Changed'
  ],
  [/^(?:Remove|Removes|Removed|Drop|Drops|Dropped|Delete|Deleted) /i, 'Removed'],
  [/^(?:Deprecate|Deprecates|Deprecated) /i, 'Deprecated'],
  [/^Revert "/, 'Changed']
]

const MERGE_SUBJECT =
  /^Merge (?:branch|remote-tracking branch|tag|commit|pull request|[0-9a-f]{7,40}) /
/** A ticket key leading the subject, Apache/Jira style: `[CLI-123] ...` or `CLI-123: ...`. */
const JIRA_PREFIX = /^(?:\[([A-Z][A-Z0-9_]+-\d+)\]:?|([A-Z][A-Z0-9_]+-\d+):)\s*(\S.*)$/
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: /m

/**
 * Classifies one commit, or returns undefined when it is left out. `body` is read for
 * `BREAKING CHANGE:` footers.
 */
export function classifyCommit(
  subject: string,
  body: string,
  options: ClassifyOptions
): ClassifiedCommit | undefined {
  const line = subject.trim()
  if (line === '' || MERGE_SUBJECT.test(line)) return undefined
  if (DEFAULT_SKIP.some((p) => p.test(line)) || options.skip.some((p) => p.test(line)))
    return undefined
  // Read for every commit of a rebuild: the plain search first, the pattern only if it can match.
  const breakingFooter = body.includes('BREAKING') && BREAKING_FOOTER.test(body)
  const note = breakingFooter ? breakingNote(body) : undefined
  for (const rule of options.rules) {
    const match = rule.pattern.exec(line)
    if (!match) continue
    if (rule.group === 'skip') return undefined
    const text =
      match.groups?.text ??
      (match.index === 0 && match[0].length < line.length ? line.slice(match[0].length) : line)
    return finish(rule.group, text, breakingFooter, note)
  }
  const keyed = JIRA_PREFIX.exec(line)
  if (keyed) {
    // `[CLI-123] Fix ...`, `CLI-123: Fix ...`: classified by the words, the key kept at the end.
    const key = keyed[1] ?? keyed[2]
    const rest = classifyCommit(keyed[3], body, options)
    if (!rest) return undefined
    return rest.text.includes(key) ? rest : { ...rest, text: `${rest.text} (${key})` }
  }
  const conventional = CONVENTIONAL.exec(line)
  if (conventional) {
    const [, type = '', scope, bang, description = ''] = conventional
    // Own keys only: `constructor: x` is no type, though every object has a constructor.
    const key = type.toLowerCase()
    const group = Object.hasOwn(CONVENTIONAL_GROUPS, key) ? CONVENTIONAL_GROUPS[key] : undefined
    const breaking = bang === '!' || breakingFooter
    if (group !== undefined && (group !== 'skip' || breaking)) {
      const text = scope ? `**${scope}:** ${capitalize(description)}` : description
      return finish(group === 'skip' ? 'Changed' : group, text, breaking, note)
    }
    if (group === 'skip') return undefined
  }
  // Every label ends in a colon: a subject without one is not tried against them.
  for (const [pattern, group] of line.includes(':') ? SEED_LABELS : []) {
    const match = pattern.exec(line)
    if (match && match[0].includes(':'))
      return finish(group, line.slice(match[0].length), breakingFooter, note)
  }
  for (const [pattern, group] of SEED_VERBS) {
    if (pattern.test(line)) return finish(group, line, breakingFooter, note)
  }
  return options.unclassified ? finish(options.unclassified, line, breakingFooter, note) : undefined
}

function finish(
  group: ChangeGroup,
  text: string,
  breaking: boolean,
  note?: string
): ClassifiedCommit | undefined {
  const clean = capitalize(text.trim())
  if (clean === '') return undefined
  if (!breaking) return { group, text: clean, breaking }
  return { group, text: `**Breaking:** ${clean}${note ? ` — ${note}` : ''}`, breaking }
}

/**
 * The text of a `BREAKING CHANGE:` footer, its continuation lines joined, up to the next footer
 * (`Token: ` or `Token #`) or a blank line: what a user must know, so it goes into the entry.
 */
export function breakingNote(body: string): string | undefined {
  const lines = body.split(/\r?\n/)
  const start = lines.findIndex((l) => BREAKING_FOOTER.test(l))
  if (start === -1) return undefined
  const parts = [lines[start].replace(BREAKING_FOOTER, '')]
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || /^[\w-]+(?:: | #)/.test(line)) break
    parts.push(line.trim())
  }
  const note = parts.join(' ').replace(/\s+/g, ' ').trim()
  return note === '' ? undefined : note
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `Merge pull request #12 from owner/branch`: the PR's number, else undefined. */
export function pullRequestMergeNumber(subject: string): number | undefined {
  const match = /^Merge pull request #(\d+) from \S+/.exec(subject)
  return match ? Number(match[1]) : undefined
}

/** Looks a group name up case-insensitively (`added`, `Fixed`), or undefined. */
export function parseChangeGroup(name: string): ChangeGroup | undefined {
  return CHANGE_GROUPS.find((g) => g.toLowerCase() === name.trim().toLowerCase())
}

/**
 * Reads the `group-patterns` input: one `regex => Group` (or `=> skip`) per line. Patterns are
 * case-insensitive; a named group `text` picks the entry's text.
 */
export function parseClassificationRules(lines: string[], input: string): ClassificationRule[] {
  return lines.map((raw) => {
    const arrow = raw.lastIndexOf('=>')
    const source = arrow === -1 ? '' : raw.slice(0, arrow).trim()
    const target = arrow === -1 ? '' : raw.slice(arrow + 2).trim()
    const group = target.toLowerCase() === 'skip' ? 'skip' : parseChangeGroup(target)
    if (!source || !group) {
      throw new ConfigurationError(
        `Input '${input}' has the line '${raw}'; write 'regex => Group' with Group one of ${CHANGE_GROUPS.join(', ')} or skip.`,
        { input }
      )
    }
    return { pattern: compilePattern(source, input), group }
  })
}

/** Compiles a user's regex (case-insensitive), naming the input when it is not valid. */
export function compilePattern(source: string, input: string, flags = 'i'): RegExp {
  let regex: RegExp
  try {
    regex = new RegExp(source, flags)
  } catch (error) {
    throw new ConfigurationError(
      `Input '${input}' has '${source}', which is not a valid regular expression: ${(error as Error).message}.`,
      { input }
    )
  }
  return checkUserRegex(regex, input)
}
