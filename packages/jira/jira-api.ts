/**
 * The Jira operations a release needs, on both REST versions: project, versions, issues,
 * transitions and search. Shapes are Jira's own (only the fields we read are typed).
 */
import type { Logger } from '../base/logger.js'
import { retryBaseMs } from '../http/retry.js'
import { JiraError, writeOnce, type JiraClient } from './client.js'

export interface JiraProject {
  id: string
  key: string
  name: string
}

export interface JiraVersion {
  id: string
  name: string
  released: boolean
  archived: boolean
  releaseDate?: string
  projectId?: number
}

export interface JiraStatus {
  name: string
  statusCategory?: { key: string; name?: string }
}

export interface JiraIssue {
  id: string
  key: string
  fields: { status: JiraStatus; fixVersions: Array<{ id: string; name: string }> }
}

export interface JiraTransition {
  id: string
  name: string
  to: JiraStatus
}

/** The project, or undefined when Jira says it does not exist (or is not visible). */
export async function getProject(jira: JiraClient, key: string): Promise<JiraProject | undefined> {
  return orMissing(jira.request<JiraProject>('GET', `/project/${encodeURIComponent(key)}`))
}

export function listVersions(jira: JiraClient, projectKey: string): Promise<JiraVersion[]> {
  return jira.request<JiraVersion[]>('GET', `/project/${encodeURIComponent(projectKey)}/versions`)
}

/**
 * Creates the version once: after a lost answer (or a 5xx) the project's versions are read, and
 * one already named so is the result rather than a second version or an "already exists".
 */
export function createVersion(
  jira: JiraClient,
  project: JiraProject,
  name: string,
  log: Logger,
  description?: string
): Promise<JiraVersion> {
  return writeOnce(
    () =>
      jira.request<JiraVersion>(
        'POST',
        '/version',
        { name, projectId: Number(project.id), ...(description ? { description } : {}) },
        { notIdempotent: true }
      ),
    async () => (await listVersions(jira, project.key)).find((v) => v.name === name),
    { log, what: `Creating Jira version ${name} in ${project.key}`, waitMs: retryBaseMs() }
  )
}

/** Marks a version released on `releaseDate` (YYYY-MM-DD). */
export function releaseVersion(
  jira: JiraClient,
  versionId: string,
  releaseDate: string
): Promise<JiraVersion> {
  return jira.request<JiraVersion>('PUT', `/version/${encodeURIComponent(versionId)}`, {
    released: true,
    releaseDate
  })
}

/** The issue's status and fix versions, or undefined when it does not exist. */
export async function getIssue(jira: JiraClient, key: string): Promise<JiraIssue | undefined> {
  return orMissing(
    jira.request<JiraIssue>('GET', `/issue/${encodeURIComponent(key)}?fields=status,fixVersions`)
  )
}

/** Adds a fix version, keeping the ones the issue has. */
export async function addFixVersion(
  jira: JiraClient,
  key: string,
  versionId: string
): Promise<void> {
  await jira.request('PUT', `/issue/${encodeURIComponent(key)}`, {
    update: { fixVersions: [{ add: { id: versionId } }] }
  })
}

/** The transitions the issue can take from where it is now. */
export async function listTransitions(jira: JiraClient, key: string): Promise<JiraTransition[]> {
  const answer = await jira.request<{ transitions: JiraTransition[] }>(
    'GET',
    `/issue/${encodeURIComponent(key)}/transitions`
  )
  return answer.transitions
}

/**
 * Takes the transition once: after a lost answer (or a 5xx) the issue is read, and when it
 * already stands in the transition's status the transition is done, not sent again (from there
 * Jira would refuse it as "not valid", or take the ticket a step too far).
 */
export async function doTransition(
  jira: JiraClient,
  key: string,
  transition: JiraTransition,
  log: Logger
): Promise<void> {
  const target = transition.to.name.toLowerCase()
  await writeOnce(
    () =>
      jira
        .request<void>(
          'POST',
          `/issue/${encodeURIComponent(key)}/transitions`,
          { transition: { id: transition.id } },
          { notIdempotent: true }
        )
        .then(() => true),
    async () => {
      const issue = await getIssue(jira, key)
      return issue?.fields.status.name.toLowerCase() === target ? true : undefined
    },
    { log, what: `${key}: transition '${transition.name}'`, waitMs: retryBaseMs() }
  )
}

/**
 * Every issue a JQL query finds (keys and the fields asked for): v3 pages with
 * `nextPageToken` on /search/jql, v2 with `startAt` on /search.
 */
export async function searchIssues(
  jira: JiraClient,
  jql: string,
  fields: string[] = ['status']
): Promise<JiraIssue[]> {
  const found: JiraIssue[] = []
  const maxResults = 100
  if (jira.apiVersion === '3') {
    let nextPageToken: string | undefined
    for (let page = 0; page < 100; page++) {
      const answer = await jira.request<{ issues: JiraIssue[]; nextPageToken?: string }>(
        'POST',
        '/search/jql',
        { jql, fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) }
      )
      found.push(...answer.issues)
      nextPageToken = answer.nextPageToken
      if (!nextPageToken) break
    }
    return found
  }
  for (let startAt = 0; startAt < 10_000; startAt += maxResults) {
    const answer = await jira.request<{ issues: JiraIssue[]; total: number }>('POST', '/search', {
      jql,
      fields,
      startAt,
      maxResults
    })
    found.push(...answer.issues)
    if (answer.issues.length === 0 || startAt + answer.issues.length >= answer.total) break
  }
  return found
}

/** A JQL string literal. */
export function jqlString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`
}

async function orMissing<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request
  } catch (error) {
    if (error instanceof JiraError && error.status === 404) return undefined
    throw error
  }
}
