/**
 * Step 20 in Jira: the release version exists and is released, every released ticket has it
 * as a fix version and went through the release transition. Everything is read and judged
 * first (plan), so bad input changes nothing; then only what differs is written (apply),
 * which makes a rerun change nothing.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { JiraError, type JiraClient } from './client.js'
import {
  addFixVersion,
  createVersion,
  doTransition,
  getIssue,
  getProject,
  jqlString,
  listTransitions,
  listVersions,
  releaseVersion,
  searchIssues,
  type JiraProject,
  type JiraTransition,
  type JiraVersion
} from './jira-api.js'

export interface JiraReleaseRequest {
  projectKey: string
  version: string
  /** The released tickets' keys. */
  keys: string[]
  /** Transition (or target status) name, e.g. Done. */
  transition: string
  /** YYYY-MM-DD */
  releaseDate: string
  /** Any skipped ticket fails the run before anything changes. */
  strict: boolean
  dryRun: boolean
}

/** What happens (or happened) to one released ticket. */
export interface TicketPlan {
  key: string
  status: string
  addFixVersion: boolean
  /** The transition to take; undefined when the ticket is already there. */
  transition?: JiraTransition
}

export interface SkippedTicket {
  key: string
  reason: string
}

export interface JiraReleaseResult {
  project: JiraProject
  version: string
  versionId?: string
  versionCreated: boolean
  /** The version was released by this run (or would be, in a dry run). */
  versionReleased: boolean
  tickets: TicketPlan[]
  skipped: SkippedTicket[]
  /** Tickets with this fix version that are not done and not in the release. */
  leftOpen: string[]
  changed: boolean
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0

/** Reads, judges and (unless dry-run) applies the release in Jira. */
export async function releaseJiraTickets(
  jira: JiraClient,
  request: JiraReleaseRequest,
  log: Logger
): Promise<JiraReleaseResult> {
  const project = await getProject(jira, request.projectKey)
  if (!project) {
    throw new ConfigurationError(
      `Jira project '${request.projectKey}' does not exist at ${jira.baseUrl.href} (or jira-user cannot see it); check 'jira-project'.`,
      { input: 'jira-project' }
    )
  }
  const existing = (await listVersions(jira, project.key)).find((v) => v.name === request.version)
  const plan = await planTickets(jira, request, project)
  if (request.strict && plan.skipped.length > 0) {
    throw new ConfigurationError(
      `strict: ${plan.skipped.length} released ticket(s) cannot be closed, so nothing was changed: ` +
        plan.skipped.map((s) => `${s.key} (${s.reason})`).join('; '),
      { input: 'strict' }
    )
  }
  const leftOpen = existing ? await openInVersion(jira, project, existing, request.keys) : []
  const result: JiraReleaseResult = {
    project,
    version: request.version,
    versionId: existing?.id,
    versionCreated: !existing,
    versionReleased: !existing?.released,
    tickets: plan.tickets,
    skipped: plan.skipped,
    leftOpen,
    changed: false
  }
  result.changed =
    result.versionCreated ||
    result.versionReleased ||
    plan.tickets.some((t) => t.addFixVersion || t.transition)
  if (request.dryRun) return result
  const version = existing ?? (await createVersion(jira, project, request.version, log))
  result.versionId = version.id
  if (!existing) log.info(`Created Jira version ${request.version} in ${project.key}.`)
  for (const ticket of plan.tickets) await applyTicket(jira, ticket, version, result, log)
  result.tickets = result.tickets.filter((t) => !result.skipped.some((s) => s.key === t.key))
  if (!version.released) {
    await releaseVersion(jira, version.id, request.releaseDate)
    log.info(`Released Jira version ${request.version} on ${request.releaseDate}.`)
  }
  return result
}

async function applyTicket(
  jira: JiraClient,
  ticket: TicketPlan,
  version: JiraVersion,
  result: JiraReleaseResult,
  log: Logger
): Promise<void> {
  if (ticket.addFixVersion) await addFixVersion(jira, ticket.key, version.id)
  if (!ticket.transition) return
  try {
    await doTransition(jira, ticket.key, ticket.transition, log)
    log.info(`${ticket.key}: ${ticket.status} → ${ticket.transition.to.name}.`)
  } catch (error) {
    // The workflow may refuse at the last moment (a condition, a validator, a concurrent edit).
    if (!(error instanceof JiraError) || error.status !== 400) throw error
    result.skipped.push({ key: ticket.key, reason: `transition refused: ${error.messages}` })
  }
}

/** Reads every ticket and its transitions, and decides what each needs. */
async function planTickets(
  jira: JiraClient,
  request: JiraReleaseRequest,
  project: JiraProject
): Promise<{ tickets: TicketPlan[]; skipped: SkippedTicket[] }> {
  const skipped: SkippedTicket[] = []
  const found: Array<{
    key: string
    status: string
    hasVersion: boolean
    offers: JiraTransition[]
  }> = []
  for (const key of request.keys) {
    if (!key.toUpperCase().startsWith(`${project.key.toUpperCase()}-`)) {
      skipped.push({ key, reason: `not in project ${project.key}` })
      continue
    }
    const issue = await getIssue(jira, key)
    if (!issue) {
      skipped.push({ key, reason: 'does not exist (or is not visible to jira-user)' })
      continue
    }
    found.push({
      key: issue.key,
      status: issue.fields.status.name,
      hasVersion: issue.fields.fixVersions.some((v) => v.name === request.version),
      offers: await listTransitions(jira, issue.key)
    })
  }
  const pick = (offers: JiraTransition[]) =>
    offers.find((t) => same(t.name, request.transition)) ??
    offers.find((t) => same(t.to.name, request.transition))
  // The status(es) the transition leads to: a ticket already there needs no transition.
  const targets = new Set([request.transition.toLowerCase()])
  for (const ticket of found) {
    const chosen = pick(ticket.offers)
    if (chosen) targets.add(chosen.to.name.toLowerCase())
  }
  const tickets: TicketPlan[] = []
  for (const ticket of found) {
    const plan = { key: ticket.key, status: ticket.status, addFixVersion: !ticket.hasVersion }
    if (targets.has(ticket.status.toLowerCase())) {
      tickets.push(plan)
      continue
    }
    const transition = pick(ticket.offers)
    if (transition) tickets.push({ ...plan, transition })
    else {
      const offered = ticket.offers.map((t) => t.name).join(', ') || 'none'
      skipped.push({
        key: ticket.key,
        reason: `cannot take '${request.transition}' from '${ticket.status}' (offers: ${offered})`
      })
    }
  }
  if (found.length > 0 && tickets.length === 0) {
    const names = [...new Set(found.flatMap((t) => t.offers.map((o) => o.name)))]
    throw new ConfigurationError(
      `Input 'transition' is '${request.transition}', which the workflow of ${project.key}'s released tickets does not have; ` +
        `they offer: ${names.join(', ') || 'no transitions'}. Set 'transition' to one of them.`,
      { input: 'transition' }
    )
  }
  return { tickets, skipped }
}

/** Tickets planned for the version that are not done and not released now. */
async function openInVersion(
  jira: JiraClient,
  project: JiraProject,
  version: JiraVersion,
  released: string[]
): Promise<string[]> {
  const jql = `project = ${jqlString(project.key)} AND fixVersion = ${version.id} AND statusCategory != Done ORDER BY key ASC`
  const issues = await searchIssues(jira, jql, ['status'])
  const releasedKeys = new Set(released.map((k) => k.toUpperCase()))
  return issues.map((i) => i.key).filter((key) => !releasedKeys.has(key.toUpperCase()))
}
