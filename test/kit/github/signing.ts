/**
 * Signed commits in the fake world: commits GitHub makes itself (the GraphQL
 * `createCommitOnBranch`, the merges API, the merge button) are signed by GitHub and verified;
 * anything pushed with git is unsigned. A branch that requires signatures (classic protection's
 * `required_signatures`, or a ruleset's `required_signatures` rule) refuses a push that brings
 * unverified commits, with GitHub's GH006 / GH013 report, through a `pre-receive` hook in the
 * bare origin that asks the server. The hook asks over HTTP, so a push made synchronously from
 * the test's own process (execFileSync) cannot be answered: push from a child process.
 */
import { writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeGitHub } from './server.js'
import { rulesForBranch, tagRuleViolation } from './routes/branches.js'

/** Records that GitHub made and signed this commit. */
export function markVerified(server: FakeGitHub, sha: string): void {
  server.state.verifiedCommits.add(sha)
}

/** Where a branch's signature requirement comes from, or undefined when it has none. */
export function signatureRequirement(
  server: FakeGitHub,
  branch: string
): 'classic' | 'ruleset' | undefined {
  const classic = server.state.branchProtection.get(branch)?.required_signatures as
    { enabled?: boolean } | undefined
  if (classic?.enabled) return 'classic'
  if (rulesForBranch(server, branch).some((r) => r.type === 'required_signatures')) {
    return 'ruleset'
  }
  return undefined
}

/** One ref update of a push, with the commits it brings that the repository did not have. */
export interface PushedRef {
  ref: string
  commits: string[]
  /** The ref's old and new object ('0000...' for none), when the hook said them. */
  old?: string
  next?: string
}

const NONE = /^0+$/

/** GitHub's refusal of a push, as the lines the hook prints (git prefixes them with `remote: `). */
export function pushRefusal(server: FakeGitHub, updates: PushedRef[]): string | undefined {
  for (const { ref, commits, old, next } of updates) {
    if (ref.startsWith('refs/tags/') && old !== undefined && next !== undefined) {
      // The hook cannot tell who pushes: a ruleset with a bypass list is not judged here.
      const change = NONE.test(old) ? 'creation' : NONE.test(next) ? 'deletion' : 'update'
      const violation = tagRuleViolation(server, ref, change, (r) => (r.bypass ?? []).length > 0)
      if (violation) {
        return [
          `error: GH013: Repository rule violations found for ${ref}.`,
          `Review all repository rules at ${server.serverUrl}/${server.owner}/${server.repo}/rules?ref=${encodeURIComponent(ref)}`,
          '',
          `- ${violation}`,
          ''
        ].join('\n')
      }
      continue
    }
    if (!ref.startsWith('refs/heads/')) continue
    const branch = ref.slice('refs/heads/'.length)
    const requirement = signatureRequirement(server, branch)
    if (!requirement) continue
    const unsigned = commits.filter((sha) => !server.state.verifiedCommits.has(sha))
    if (unsigned.length === 0) continue
    if (requirement === 'classic') {
      return [
        `error: GH006: Protected branch update failed for ${ref}.`,
        'error: Commits must have verified signatures.'
      ].join('\n')
    }
    return [
      `error: GH013: Repository rule violations found for ${ref}.`,
      `Review all repository rules at ${server.serverUrl}/${server.owner}/${server.repo}/rules?ref=${encodeURIComponent(ref)}`,
      '',
      '- Commits must have verified signatures.',
      `  Found ${unsigned.length} violation${unsigned.length > 1 ? 's' : ''}:`,
      '',
      ...unsigned.map((sha) => `  ${sha}`),
      ''
    ].join('\n')
  }
  return undefined
}

/** The path the hook posts to; not part of GitHub's API, so outside the route table. */
export const PRE_RECEIVE_PATH = '/_fake/pre-receive'

/**
 * Installs the bare origin's `pre-receive` hook that enforces signature requirements and tag
 * rulesets (creation, update, deletion; one with a bypass list is left alone, as the hook cannot
 * tell who pushes): for each updated branch it lists the commits new to the repository (`git rev-list new --not --all`)
 * and asks the server, which answers the refusal text or nothing.
 */
export function enforceSignedPushes(server: FakeGitHub): void {
  if (!server.git) throw new Error('enforceSignedPushes needs a server with a bare origin')
  const script = [
    "const { execFileSync } = require('node:child_process')",
    "const lines = require('node:fs').readFileSync(0, 'utf8').split('\\n').filter(Boolean)",
    'const updates = lines.map((line) => {',
    "  const [old, next, ref] = line.split(' ')",
    '  if (/^0+$/.test(next)) return { ref, old, next, commits: [] }',
    "  const out = execFileSync('git', ['rev-list', next, '--not', '--all'], { encoding: 'utf8' })",
    "  return { ref, old, next, commits: out.split('\\n').filter(Boolean) }",
    '})',
    `fetch(${JSON.stringify(server.url + PRE_RECEIVE_PATH)}, { method: 'POST', body: JSON.stringify(updates), signal: AbortSignal.timeout(10000) })`,
    '  .then((r) => r.text())',
    '  .then((text) => { if (text) { process.stderr.write(text + "\\n"); process.exit(1) } })',
    '  .catch((e) => { process.stderr.write(String(e) + "\\n"); process.exit(1) })'
  ].join('\n')
  const hook = join(server.git.path, 'hooks', 'pre-receive')
  writeFileSync(hook, `#!/usr/bin/env node\n${script}\n`)
  chmodSync(hook, 0o755)
}
