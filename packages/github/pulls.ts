/**
 * Pull requests, labels, reviewers and milestones as the release actions use them: find the
 * one open pull request for a head and base, open it or update it in place, never a second.
 */
import { ConfigurationError } from '../base/errors.js'
import type { GitHubClient } from './client.js'
import { explainApiError, isSecondaryRateLimit, wasRetried } from './errors.js'
import type { Repository } from '../action-kit/context.js'
import { NO_BLIND_RETRY, writeOnce } from './write-once.js'

export type { Repository }

/** The fields of a pull request the actions read. */
export interface PullRequestInfo {
  number: number
  url: string
  title: string
  body: string
  draft: boolean
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  milestone?: number
}

export interface PullRequestSpec {
  head: string
  base: string
  title: string
  body: string
  draft: boolean
  labels: string[]
  /** Logins, and teams as `org/team-slug`. */
  reviewers: string[]
  milestone?: number
}

export type PullRequestOutcome = 'created' | 'updated' | 'unchanged'

export interface PullRequestResult {
  pull: PullRequestInfo
  result: PullRequestOutcome
}

interface ApiPull {
  number: number
  html_url: string
  title: string
  body?: string | null
  draft?: boolean
  labels?: Array<{ name?: string } | string>
  requested_reviewers?: Array<{ login: string }> | null
  requested_teams?: Array<{ slug: string }> | null
  milestone?: { number: number } | null
}

function pullInfo(pull: ApiPull): PullRequestInfo {
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    body: pull.body ?? '',
    draft: pull.draft ?? false,
    labels: (pull.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    reviewers: (pull.requested_reviewers ?? []).map((u) => u.login),
    teamReviewers: (pull.requested_teams ?? []).map((t) => t.slug),
    milestone: pull.milestone?.number
  }
}

/** The HTTP status and GitHub's own words of a failed request (`errors[].message` included). */
export function describeApiError(error: unknown): { status?: number; text: string } {
  const failure = error as {
    status?: number
    message?: string
    response?: { data?: { message?: string; errors?: Array<{ message?: string; code?: string }> } }
  }
  const data = failure.response?.data
  const details = (data?.errors ?? []).map((e) => e.message ?? e.code ?? '').filter(Boolean)
  const text = [data?.message ?? failure.message ?? String(error), ...details].join(': ')
  return { status: failure.status, text }
}

/** Pull requests from `head` into `base` in a state, as GitHub lists them. */
async function pullsFromTo(
  github: GitHubClient,
  repo: Repository,
  head: string,
  base: string,
  state: 'open' | 'closed'
) {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state,
    head: `${repo.owner}:${head}`,
    base,
    per_page: 100
  })
  return pulls.filter((p) => p.head.ref === head && p.base.ref === base)
}

/** The open pull request from `head` into `base`, if there is one. */
export async function findOpenPull(
  github: GitHubClient,
  repo: Repository,
  head: string,
  base: string
): Promise<PullRequestInfo | undefined> {
  const [found] = await pullsFromTo(github, repo, head, base, 'open')
  return found && pullInfo(found)
}

/** The merged pull request from `head` into `base`, if the release was merged already. */
export async function findMergedPull(
  github: GitHubClient,
  repo: Repository,
  head: string,
  base: string
): Promise<PullRequestInfo | undefined> {
  const found = (await pullsFromTo(github, repo, head, base, 'closed')).find((p) => p.merged_at)
  return found && pullInfo(found)
}

/** Open pull requests into `base` (e.g. feature branches still waiting for develop). */
export async function listOpenPullsInto(
  github: GitHubClient,
  repo: Repository,
  base: string
): Promise<Array<{ number: number; title: string; head: string; url: string }>> {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state: 'open',
    base,
    per_page: 100
  })
  return pulls.map((p) => ({ number: p.number, title: p.title, head: p.head.ref, url: p.html_url }))
}

/**
 * Opens the pull request, or brings the open one for the same head and base up to date
 * (title, body, missing labels, reviewers and milestone). A 422 "already exists" from a
 * concurrent run is answered by updating the one that exists.
 */
export async function upsertPull(
  github: GitHubClient,
  repo: Repository,
  spec: PullRequestSpec
): Promise<PullRequestResult> {
  let existing = await findOpenPull(github, repo, spec.head, spec.base)
  let created = false
  if (!existing) {
    try {
      existing = await writeOnce({
        what: `opening the pull request ${spec.head} -> ${spec.base}`,
        send: async () =>
          pullInfo(
            (
              await github.rest.pulls.create({
                ...repo,
                head: spec.head,
                base: spec.base,
                title: spec.title,
                body: spec.body,
                draft: spec.draft,
                request: NO_BLIND_RETRY
              })
            ).data
          ),
        lookup: () => findOpenPull(github, repo, spec.head, spec.base)
      })
      created = true
    } catch (error) {
      const { status, text } = describeApiError(error)
      if (status === 422 && /already exists/i.test(text)) {
        existing = await findOpenPull(github, repo, spec.head, spec.base)
        // Our own earlier try made it and its answer was lost: created by this run.
        created = existing !== undefined && wasRetried(error)
      }
      // A rerun after the release was merged: its pull request is done, nothing to open.
      if (status === 422 && /No commits between/i.test(text)) {
        const merged = await findMergedPull(github, repo, spec.head, spec.base)
        if (merged) return { pull: merged, result: 'unchanged' }
      }
      if (!existing) throw pullRefusal(spec, status, text, error)
    }
  }
  const changed = await completePull(github, repo, existing, spec, created)
  return { pull: changed.pull, result: created ? 'created' : changed.any ? 'updated' : 'unchanged' }
}

/** Sets what differs from the spec on an open pull request; says whether anything changed. */
async function completePull(
  github: GitHubClient,
  repo: Repository,
  pull: PullRequestInfo,
  spec: PullRequestSpec,
  created: boolean
): Promise<{ pull: PullRequestInfo; any: boolean }> {
  let any = false
  const issue = { ...repo, issue_number: pull.number }
  if (!created && (pull.title !== spec.title || pull.body !== spec.body)) {
    await github.rest.pulls.update({
      ...repo,
      pull_number: pull.number,
      title: spec.title,
      body: spec.body
    })
    pull = { ...pull, title: spec.title, body: spec.body }
    any = true
  }
  const missingLabels = spec.labels.filter((l) => !pull.labels.includes(l))
  if (missingLabels.length > 0) {
    await github.rest.issues.addLabels({ ...issue, labels: missingLabels })
    pull = { ...pull, labels: [...pull.labels, ...missingLabels] }
    any = true
  }
  if (spec.milestone !== undefined && pull.milestone !== spec.milestone) {
    await github.rest.issues.update({ ...issue, milestone: spec.milestone })
    pull = { ...pull, milestone: spec.milestone }
    any = true
  }
  const users = spec.reviewers.filter((r) => !r.includes('/') && !pull.reviewers.includes(r))
  const teams = spec.reviewers
    .filter((r) => r.includes('/'))
    .map((r) => r.slice(r.indexOf('/') + 1))
    .filter((t) => !pull.teamReviewers.includes(t))
  if (users.length > 0 || teams.length > 0) {
    try {
      await github.rest.pulls.requestReviewers({
        ...repo,
        pull_number: pull.number,
        reviewers: users,
        team_reviewers: teams
      })
      pull = {
        ...pull,
        reviewers: [...pull.reviewers, ...users],
        teamReviewers: [...pull.teamReviewers, ...teams]
      }
      any = true
    } catch (error) {
      const { status, text } = describeApiError(error)
      if (status !== 422) throw error
      throw new ConfigurationError(
        `Pull request #${pull.number} is open (${pull.url}), but GitHub refused the reviewers ` +
          `${[...users, ...teams].join(', ')}: ${text}. Check the 'reviewers' input (logins, or org/team).`,
        { input: 'reviewers' }
      )
    }
  }
  return { pull, any }
}

function pullRefusal(
  spec: PullRequestSpec,
  status: number | undefined,
  text: string,
  error: unknown
): Error {
  if (status === 422 && /No commits between/i.test(text)) {
    return new ConfigurationError(
      `There is nothing to merge from ${spec.head} into ${spec.base} (GitHub: ${text}); ` +
        `${spec.head} has no commit that ${spec.base} lacks.`
    )
  }
  if (status === 422) {
    return new ConfigurationError(
      `GitHub refused to open the pull request ${spec.head} -> ${spec.base}: ${text}. ` +
        `Check that both branches exist on the repository.`
    )
  }
  if (status === 403 && !isSecondaryRateLimit(error)) {
    return new ConfigurationError(
      `The token may not open pull requests (${text}); the job needs 'pull-requests: write'.`,
      { input: 'token' }
    )
  }
  return explainApiError(error, `opening the pull request ${spec.head} -> ${spec.base}`)
}

/** The milestone titled `title` (any state), or undefined. */
export async function findMilestone(
  github: GitHubClient,
  repo: Repository,
  title: string
): Promise<{ number: number; url: string; state: string } | undefined> {
  const milestones = await github.paginate(github.rest.issues.listMilestones, {
    ...repo,
    state: 'all',
    per_page: 100
  })
  const found = milestones.find((m) => m.title === title)
  return found && { number: found.number, url: found.html_url, state: found.state }
}

/** The milestone titled `title`, created (open) when missing. */
export async function ensureMilestone(
  github: GitHubClient,
  repo: Repository,
  title: string,
  description: string
): Promise<{ number: number; url: string; created: boolean }> {
  const existing = await findMilestone(github, repo, title)
  if (existing) return { ...existing, created: false }
  try {
    return await writeOnce({
      what: `creating the milestone '${title}'`,
      send: async () => {
        const { data } = await github.rest.issues.createMilestone({
          ...repo,
          title,
          description,
          request: NO_BLIND_RETRY
        })
        return { number: data.number, url: data.html_url, created: true }
      },
      lookup: async () => {
        const made = await findMilestone(github, repo, title)
        return made && { ...made, created: true }
      }
    })
  } catch (error) {
    // A concurrent run created it between our look and our write.
    const again = await findMilestone(github, repo, title)
    if (again) return { ...again, created: false }
    throw error
  }
}
