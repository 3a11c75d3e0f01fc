/**
 * Step 20 on GitHub: close the release milestone (titled with the bare version, SPEC), after
 * moving its still-open issues and pull requests to the `carry-over` milestone (created when
 * missing). Only what differs is written, so a rerun changes nothing.
 */
import type { Logger } from '../base/logger.js'
import type { GitHubClient } from './client.js'
import { apiStatus } from './errors.js'
import { NO_BLIND_RETRY, writeOnce } from './write-once.js'

export interface MilestoneRequest {
  owner: string
  repo: string
  title: string
  /** Title of the milestone open issues move to; none: they stay (and the milestone closes). */
  carryOver?: string
  dryRun: boolean
  /** A missing milestone is no surprise (the stage then skips): say so without a warning. */
  optional?: boolean
}

export interface MilestoneResult {
  /** The milestone's state before this run; 'missing' when there is none with the title. */
  before: 'open' | 'closed' | 'missing'
  number?: number
  url?: string
  /** Issue and pull request numbers moved (or that would move) to the carry-over milestone. */
  carried: number[]
  /** Open issues left in the milestone because no carry-over was named. */
  leftOpen: number[]
  carryOverCreated: boolean
  changed: boolean
}

interface MilestoneSummary {
  number: number
  title: string
  state: string
  html_url: string
}

async function listMilestones(
  github: GitHubClient,
  owner: string,
  repo: string
): Promise<MilestoneSummary[]> {
  return github.paginate(github.rest.issues.listMilestones, {
    owner,
    repo,
    state: 'all',
    per_page: 100
  })
}

async function findMilestone(
  github: GitHubClient,
  owner: string,
  repo: string,
  title: string
): Promise<MilestoneSummary | undefined> {
  return (await listMilestones(github, owner, repo)).find((m) => m.title === title)
}

/** Closes the milestone (carrying open issues over first); a missing milestone changes nothing. */
export async function closeReleaseMilestone(
  github: GitHubClient,
  request: MilestoneRequest,
  log: Logger
): Promise<MilestoneResult> {
  const { owner, repo } = request
  // One listing answers for the milestone and for the one its open issues carry over to.
  const milestones = await listMilestones(github, owner, repo)
  const milestone = milestones.find((m) => m.title === request.title)
  const result: MilestoneResult = {
    before: milestone ? (milestone.state === 'closed' ? 'closed' : 'open') : 'missing',
    number: milestone?.number,
    url: milestone?.html_url,
    carried: [],
    leftOpen: [],
    carryOverCreated: false,
    changed: false
  }
  if (!milestone) {
    const message = `No GitHub milestone titled '${request.title}'; nothing to close on GitHub.`
    if (request.optional) log.info(message)
    else log.warning(message)
    return result
  }
  const open = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    milestone: String(milestone.number),
    state: 'open',
    per_page: 100
  })
  const numbers = open.map((issue) => issue.number)
  if (!request.carryOver) result.leftOpen = numbers
  else result.carried = numbers
  result.changed = result.carried.length > 0 || milestone.state !== 'closed'
  if (request.dryRun) return result
  if (request.carryOver && numbers.length > 0) {
    let target = milestones.find((m) => m.title === request.carryOver)
    if (!target) {
      const title = request.carryOver
      const lookup = () => findMilestone(github, owner, repo, title)
      let made = true
      try {
        target = await writeOnce({
          what: `creating the milestone '${title}'`,
          send: async () =>
            (
              await github.rest.issues.createMilestone({
                owner,
                repo,
                title,
                request: NO_BLIND_RETRY
              })
            ).data,
          lookup,
          log
        })
      } catch (error) {
        // A concurrent run made it between our look and our write (422 already_exists).
        if (apiStatus(error) !== 422 || !(target = await lookup())) throw error
        made = false
      }
      result.carryOverCreated = made
      if (made) log.info(`Created milestone '${title}' to carry open issues over.`)
    }
    for (const number of numbers) {
      await github.rest.issues.update({
        owner,
        repo,
        issue_number: number,
        milestone: target.number
      })
    }
    log.info(`Moved ${numbers.length} open issue(s) to milestone '${request.carryOver}'.`)
  }
  if (milestone.state !== 'closed') {
    await github.rest.issues.updateMilestone({
      owner,
      repo,
      milestone_number: milestone.number,
      state: 'closed'
    })
    log.info(`Closed milestone '${request.title}'.`)
  }
  return result
}
