/**
 * Tag rulesets (a repository ruleset whose target is `tag`): whether create-tag may create the
 * release tag. A `creation` rule refuses it unless the token may bypass the ruleset (GitHub says
 * so per ruleset in `current_user_can_bypass`): a failure. A `required_signatures` rule refuses
 * an unsigned tag: a warning, since create-tag's `gpg-private-key` (unseen here) signs it.
 */
import type { PreflightCheck } from './checks.js'
import type { Stage } from './stages.js'

/** An active or evaluated tag ruleset, reduced to what the checks read. */
export interface TagRuleset {
  name: string
  enforcement: 'active' | 'evaluate' | 'disabled'
  include: string[]
  exclude: string[]
  /** Rule types: creation, update, deletion, required_signatures, tag_name_pattern, ... */
  rules: string[]
  /** GitHub's word on this token: always, pull_requests_only, never, exempt. */
  canBypass?: string
}

/** fnmatch as rulesets use it on full ref names: `*` stays in a segment, `**` spans them. */
export function refPatternMatches(pattern: string, ref: string): boolean {
  if (pattern === '~ALL') return true
  const source = pattern
    .split(/(\*\*|\*|\?)/)
    .map((part) =>
      part === '**'
        ? '.*'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`).test(ref)
}

function applies(ruleset: TagRuleset, ref: string): boolean {
  return (
    ruleset.enforcement === 'active' &&
    ruleset.include.some((p) => refPatternMatches(p, ref)) &&
    !ruleset.exclude.some((p) => refPatternMatches(p, ref))
  )
}

const BYPASSES = new Set(['always', 'exempt'])

/** The create-tag check of the tag rulesets; none when create-tag is not coming. */
export function tagRulesetChecks(
  stages: readonly Stage[],
  tag: string,
  rulesets: TagRuleset[] | { unreadable: string }
): PreflightCheck[] {
  if (!stages.includes('create-tag')) return []
  const check = 'tag rulesets'
  const ref = `refs/tags/${tag}`
  if (!Array.isArray(rulesets)) {
    return [
      {
        check,
        status: 'warn',
        detail: `The repository's rulesets could not be read (${rulesets.unreadable}): whether a ruleset restricts creating ${ref} is unknown.`
      }
    ]
  }
  const found = rulesets.filter((r) => applies(r, ref))
  const blocked = (type: string) =>
    found.filter((r) => r.rules.includes(type) && !BYPASSES.has(r.canBypass ?? 'never'))
  const problems: string[] = []
  const creation = blocked('creation')
  for (const r of creation) {
    problems.push(
      `ruleset '${r.name}' restricts creating ${ref} and this token may not bypass it (current_user_can_bypass: ${r.canBypass ?? 'not said'}): create-tag would be refused. Add the token's GitHub App (or user) to the ruleset's bypass list, or pass create-tag a token that may bypass it`
    )
  }
  for (const r of blocked('required_signatures')) {
    problems.push(
      `ruleset '${r.name}' requires signed tags on ${ref}: an unsigned tag (via: api, or git without a key) would be refused. Give create-tag gpg-private-key (a key GitHub knows for the tagger): it then makes a signed tag with git`
    )
  }
  if (problems.length > 0) {
    // A signature rule is met by create-tag's gpg-private-key, which preflight cannot see.
    return [
      { check, status: creation.length > 0 ? 'fail' : 'warn', detail: `${problems.join('; ')}.` }
    ]
  }
  if (found.length === 0) {
    return [
      {
        check,
        status: 'pass',
        detail: `No active tag ruleset applies to ${ref}: create-tag may create it.`
      }
    ]
  }
  return [
    {
      check,
      status: 'pass',
      detail: `Tag rulesets on ${ref}: ${found.map((r) => `'${r.name}' (${r.rules.join(', ') || 'no rules'}; bypass: ${r.canBypass ?? 'not said'})`).join(', ')}; none stops create-tag.`
    }
  ]
}
