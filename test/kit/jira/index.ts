export { FakeJira } from './server.js'
export type { FakeJiraOptions, JiraFlavour } from './server.js'
export type { Issue, JiraState, Project, Version, Workflow } from './state.js'
export { CLASSIC_WORKFLOW, SIMPLIFIED_WORKFLOW } from './state.js'
