/**
 * What the fake Jira knows: projects, versions, issues and workflows, as plain data that a
 * test seeds before a run and asserts after. Answers are built from it in Jira's shapes.
 */

export type StatusCategory = 'new' | 'indeterminate' | 'done'

export interface Status {
  id: string
  name: string
  category: StatusCategory
}

export interface WorkflowTransition {
  id: string
  name: string
  /** Status names it may be taken from; undefined: from any status (a global transition). */
  from?: string[]
  to: string
}

export interface Workflow {
  name: string
  statuses: Status[]
  transitions: WorkflowTransition[]
}

export interface Project {
  id: string
  key: string
  name: string
  workflow: string
}

export interface Version {
  id: string
  name: string
  projectId: number
  description?: string
  released: boolean
  archived: boolean
  releaseDate?: string
}

export interface Issue {
  id: string
  key: string
  projectKey: string
  summary: string
  description: string
  status: string
  fixVersionIds: string[]
}

export interface JiraState {
  projects: Project[]
  versions: Version[]
  issues: Issue[]
  workflows: Workflow[]
  sequence: number
}

/** Jira Software's simplified workflow: every transition global, named as its target status. */
export const SIMPLIFIED_WORKFLOW: Workflow = {
  name: 'Software Simplified Workflow',
  statuses: [
    { id: '10000', name: 'To Do', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10001', name: 'Done', category: 'done' }
  ],
  transitions: [
    { id: '11', name: 'To Do', to: 'To Do' },
    { id: '21', name: 'In Progress', to: 'In Progress' },
    { id: '31', name: 'Done', to: 'Done' }
  ]
}

/** The classic Jira workflow: Start Progress, Resolve Issue, Close Issue, each from given statuses. */
export const CLASSIC_WORKFLOW: Workflow = {
  name: 'classic default workflow',
  statuses: [
    { id: '1', name: 'Open', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '5', name: 'Resolved', category: 'done' },
    { id: '6', name: 'Closed', category: 'done' }
  ],
  transitions: [
    { id: '4', name: 'Start Progress', from: ['Open'], to: 'In Progress' },
    { id: '301', name: 'Stop Progress', from: ['In Progress'], to: 'Open' },
    { id: '5', name: 'Resolve Issue', from: ['Open', 'In Progress'], to: 'Resolved' },
    { id: '2', name: 'Close Issue', from: ['Open', 'In Progress', 'Resolved'], to: 'Closed' }
  ]
}

export function createJiraState(): JiraState {
  return {
    projects: [],
    versions: [],
    issues: [],
    workflows: [SIMPLIFIED_WORKFLOW, CLASSIC_WORKFLOW],
    sequence: 10_000
  }
}

export function nextJiraId(state: JiraState): string {
  state.sequence += 1
  return String(state.sequence)
}

export function workflowOf(state: JiraState, issue: Issue): Workflow {
  const project = state.projects.find((p) => p.key === issue.projectKey)
  const workflow = state.workflows.find((w) => w.name === project?.workflow)
  if (!workflow) throw new Error(`fake Jira: no workflow for ${issue.key}`)
  return workflow
}

/** Transitions the issue may take now; one to its own status is not offered. */
export function availableTransitions(state: JiraState, issue: Issue): WorkflowTransition[] {
  return workflowOf(state, issue).transitions.filter(
    (t) => t.to !== issue.status && (!t.from || t.from.includes(issue.status))
  )
}

export function statusOf(state: JiraState, issue: Issue, name = issue.status): Status {
  const status = workflowOf(state, issue).statuses.find((s) => s.name === name)
  if (!status) throw new Error(`fake Jira: status ${name} is not in ${issue.key}'s workflow`)
  return status
}
