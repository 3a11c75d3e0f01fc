import { ConfigurationError } from '../base/errors.js'
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { diagnoseVersion, fitsForm, parseVersionInput } from './version.js'
import type { VersionForm } from './version.js'

export type ReleaseKind = 'release' | 'hotfix'

/** Branch name templates, each with one `{version}` or `{semver}` placeholder. */
export interface BranchPatterns {
  release: string[]
  hotfix: string[]
}

/** A branch recognised as a release or hotfix branch, and the version its name carries. */
export interface ReleaseBranch {
  /** Without `refs/heads/`. */
  branch: string
  kind: ReleaseKind
  version: string
  /** The template that matched. */
  pattern: string
}

/**
 * The templates action.yml gives `branch-pattern` and `hotfix-branch-pattern` (generated into
 * base/input-defaults.ts), for callers that read no input.
 */
export const DEFAULT_RELEASE_BRANCH_PATTERNS: readonly string[] = Object.freeze(
  splitTemplates(SHARED_DEFAULTS['branch-pattern']) ?? []
)
export const DEFAULT_HOTFIX_BRANCH_PATTERNS: readonly string[] = Object.freeze(
  splitTemplates(SHARED_DEFAULTS['hotfix-branch-pattern']) ?? []
)

const PATTERN_INPUTS: Record<ReleaseKind, string> = {
  release: 'branch-pattern',
  hotfix: 'hotfix-branch-pattern'
}

const TEMPLATE_RULE =
  'Each template (one per line, or comma-separated) must contain exactly one placeholder: ' +
  '{version} for X.Y.Z (e.g. release-v{version}) or {semver} for X.Y.Z with an optional ' +
  'pre-release such as 1.3.0-rc.1 (e.g. release/{semver}).'

interface BranchTemplate {
  template: string
  kind: ReleaseKind
  prefix: string
  suffix: string
  form: VersionForm
}

/**
 * Reads the `branch-pattern` and `hotfix-branch-pattern` inputs: templates separated by newlines
 * or commas; an empty or missing input means the defaults. Throws ConfigurationError naming the
 * input for a template without exactly one `{version}` or `{semver}`, or not a valid branch name.
 */
export function parseBranchPatterns(release?: string, hotfix?: string): BranchPatterns {
  const patterns = {
    release: splitTemplates(release) ?? [...DEFAULT_RELEASE_BRANCH_PATTERNS],
    hotfix: splitTemplates(hotfix) ?? [...DEFAULT_HOTFIX_BRANCH_PATTERNS]
  }
  compilePatterns(patterns)
  const shared = patterns.release.find((template) => patterns.hotfix.includes(template))
  if (shared !== undefined) {
    throw new ConfigurationError(
      `Template \`${shared}\` is in both \`branch-pattern\` and \`hotfix-branch-pattern\`, so a ` +
        'branch could not tell a release from a hotfix. Give hotfix branches their own template.',
      { input: PATTERN_INPUTS.hotfix }
    )
  }
  return patterns
}

/**
 * Recognises a release or hotfix branch (`refs/heads/` accepted) and returns its version, or
 * undefined for any other branch (`develop`, `feature/x`, `hotfix/login-crash`). A branch that
 * starts like a release branch and goes on like a version but is not one (`release-v1.3`,
 * `release-vX`, `release-v1.03.0`, a pre-release under `{version}`) is a ConfigurationError
 * saying which name was meant.
 */
export function parseReleaseBranch(
  branch: string,
  patterns: BranchPatterns
): ReleaseBranch | undefined {
  const name = branch.trim().replace(/^refs\/heads\//, '')
  const templates = compilePatterns(patterns)
  for (const template of templates) {
    const middle = versionPart(template, name)
    if (middle !== undefined && fitsForm(middle, template.form)) {
      return { branch: name, kind: template.kind, version: middle, pattern: template.template }
    }
  }
  const nearMiss = templates
    .filter((template) => looksMeantFor(template, name))
    .sort((a, b) => b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length))[0]
  if (nearMiss) throw misnamedBranchError(name, nearMiss)
  return undefined
}

/** The branch name for a version: the first template of that kind, filled in. */
export function branchNameFor(
  version: string,
  kind: ReleaseKind,
  patterns: BranchPatterns
): string {
  const template = compilePatterns(patterns).find((candidate) => candidate.kind === kind)
  if (!template) {
    throw new ConfigurationError(
      `No ${kind} branch template is set; set \`${PATTERN_INPUTS[kind]}\`.`,
      {
        input: PATTERN_INPUTS[kind]
      }
    )
  }
  const bare = parseVersionInput(version)
  if (!fitsForm(bare, template.form)) {
    throw new ConfigurationError(
      `Version ${bare} has a pre-release, but the ${kind} branch template \`${template.template}\` ` +
        'takes X.Y.Z only. Write {semver} instead of {version} in ' +
        `\`${PATTERN_INPUTS[kind]}\` to allow pre-releases.`,
      { input: 'version' }
    )
  }
  return `${template.prefix}${bare}${template.suffix}`
}

function splitTemplates(value: string | undefined): string[] | undefined {
  const templates = (value ?? '')
    .split(/[\n,]/)
    .map((template) => template.trim())
    .filter((template) => template !== '')
  return templates.length > 0 ? templates : undefined
}

function compilePatterns(patterns: BranchPatterns): BranchTemplate[] {
  return [
    ...patterns.release.map((template) => compileTemplate(template, 'release')),
    ...patterns.hotfix.map((template) => compileTemplate(template, 'hotfix'))
  ]
}

function compileTemplate(template: string, kind: ReleaseKind): BranchTemplate {
  const placeholders = [...template.matchAll(/\{([^{}]*)\}/g)]
  const fail = (problem: string): never => {
    throw new ConfigurationError(
      `Input \`${PATTERN_INPUTS[kind]}\` has an invalid template \`${template}\`: ${problem}. ` +
        TEMPLATE_RULE,
      { input: PATTERN_INPUTS[kind] }
    )
  }
  const unknown = placeholders.find((match) => match[1] !== 'version' && match[1] !== 'semver')
  if (unknown) fail(`{${unknown[1]}} is not a placeholder`)
  if (placeholders.length !== 1) fail(`it has ${placeholders.length} placeholders`)
  const [match] = placeholders
  const prefix = template.slice(0, match.index).replace(/^refs\/heads\//, '')
  const suffix = template.slice(match.index + match[0].length)
  const problem = literalProblem(prefix, suffix)
  if (problem) fail(problem)
  return { template, kind, prefix, suffix, form: match[1] as VersionForm }
}

// The rules of `git check-ref-format` that a template's literal text can break.
function literalProblem(prefix: string, suffix: string): string | undefined {
  const literal = `${prefix}x${suffix}`
  if (/[{}]/.test(literal)) return 'it has a stray brace'
  if (/[\s~^:?*[\\]/.test(literal)) return 'a branch name cannot contain spaces or any of ~^:?*[\\'
  if (literal.includes('..') || literal.includes('//') || literal.includes('@{')) {
    return 'a branch name cannot contain "..", "//" or "@{"'
  }
  if (/^[-/.]/.test(literal) || /[/.]$/.test(literal) || literal.endsWith('.lock')) {
    return 'a branch name cannot start with - / . or end with / . .lock'
  }
  return undefined
}

function versionPart(template: BranchTemplate, name: string): string | undefined {
  const { prefix, suffix } = template
  if (name.length < prefix.length + suffix.length) return undefined
  if (!name.startsWith(prefix) || !name.endsWith(suffix)) return undefined
  return name.slice(prefix.length, name.length - suffix.length)
}

// A branch is taken as a misnamed release branch when it starts with the template's text and
// what follows is plainly meant as a version: `release-v...`, or a digit or X after `release/`.
// So `release/next` or `hotfix/login-crash` stay ordinary branches.
function looksMeantFor(template: BranchTemplate, name: string): boolean {
  const { prefix, suffix } = template
  if (prefix === '') return suffix !== '' && name.endsWith(suffix) && startsLikeVersion(name)
  if (!name.startsWith(prefix)) return false
  return /[vV]$/.test(prefix) || startsLikeVersion(name.slice(prefix.length))
}

function startsLikeVersion(text: string): boolean {
  return /^[vV]?(?:\d|[xX](?:\.|$))/.test(text)
}

function misnamedBranchError(name: string, template: BranchTemplate): ConfigurationError {
  let middle = name.slice(template.prefix.length)
  if (template.suffix !== '' && middle.endsWith(template.suffix)) {
    middle = middle.slice(0, middle.length - template.suffix.length)
  }
  const diagnosis = diagnoseVersion(middle, template.form)
  const example = template.form === 'version' ? '1.3.0' : '1.3.0-rc.1'
  const fix = diagnosis.suggestion
    ? `name it ${template.prefix}${diagnosis.suggestion}${template.suffix}`
    : `name it like ${template.prefix}${example}${template.suffix}`
  const hint = diagnosis.hint ? `, ${diagnosis.hint}` : ''
  return new ConfigurationError(
    `Branch \`${name}\` looks like a ${template.kind} branch (template \`${template.template}\`), ` +
      `but ${diagnosis.reason}; ${fix}${hint}. Or set the \`version\` input.`
  )
}
