/**
 * The little JQL the suite sends: clauses joined by AND, each `field op value` with `=`, `!=`,
 * `in (...)`, `not in (...)` on project, key/issuekey, fixVersion, status and statusCategory,
 * and an optional ORDER BY key. Anything else is refused as Jira refuses bad JQL (400).
 */
import { statusOf, type Issue, type JiraState } from './state.js'

export class JqlError extends Error {}

type Clause = { field: string; negate: boolean; values: string[] }

const CLAUSE =
  /^\s*(project|key|issuekey|fixVersion|status|statusCategory)\s*(=|!=|not\s+in|in)\s*(\([^)]*\)|"(?:[^"\\]|\\.)*"|[\w.-]+)\s*$/i

function unquote(value: string): string {
  const v = value.trim()
  return v.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v
}

function parse(jql: string): { clauses: Clause[]; order?: 'ASC' | 'DESC' } {
  const [where, orderBy] = jql.split(/\s+ORDER\s+BY\s+/i)
  let order: 'ASC' | 'DESC' | undefined
  if (orderBy !== undefined) {
    const m = /^key(?:\s+(ASC|DESC))?\s*$/i.exec(orderBy.trim())
    if (!m) throw new JqlError(`Error in the JQL Query: cannot order by '${orderBy}'.`)
    order = (m[1]?.toUpperCase() as 'ASC' | 'DESC' | undefined) ?? 'ASC'
  }
  const clauses = where
    .split(/\s+AND\s+/i)
    .filter((c) => c.trim() !== '')
    .map((text) => {
      const m = CLAUSE.exec(text)
      if (!m)
        throw new JqlError(`Error in the JQL Query: the clause '${text.trim()}' is not valid.`)
      const op = m[2].toLowerCase().replace(/\s+/g, ' ')
      const raw = m[3]
      const values = raw.startsWith('(')
        ? raw
            .slice(1, -1)
            .split(',')
            .map(unquote)
            .filter((v) => v !== '')
        : [unquote(raw)]
      return { field: m[1].toLowerCase(), negate: op === '!=' || op === 'not in', values }
    })
  return { clauses, order }
}

function fieldValues(state: JiraState, issue: Issue, field: string): string[] {
  switch (field) {
    case 'project':
      return [issue.projectKey]
    case 'key':
    case 'issuekey':
      return [issue.key]
    case 'fixversion':
      return issue.fixVersionIds.flatMap((id) => {
        const version = state.versions.find((v) => v.id === id)
        return version ? [id, version.name] : [id]
      })
    case 'status':
      return [issue.status]
    default: {
      const category = statusOf(state, issue).category
      return [category, { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[category]]
    }
  }
}

/** The issues a query finds, in key order when asked (else creation order). */
export function runJql(state: JiraState, jql: string): Issue[] {
  const { clauses, order } = parse(jql)
  const found = state.issues.filter((issue) =>
    clauses.every((clause) => {
      const have = fieldValues(state, issue, clause.field).map((v) => v.toLowerCase())
      const hit = clause.values.some((v) => have.includes(v.toLowerCase()))
      return clause.negate ? !hit : hit
    })
  )
  if (!order) return found
  const byKey = (a: Issue, b: Issue) =>
    a.projectKey.localeCompare(b.projectKey) ||
    Number(a.key.split('-')[1]) - Number(b.key.split('-')[1])
  return found.sort((a, b) => (order === 'ASC' ? byKey(a, b) : byKey(b, a)))
}
