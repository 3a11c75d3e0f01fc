import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import { validationFailed } from '../api-error.js'
import { findLabel, labelObject } from '../issue-objects.js'
import { paginate } from '../pagination.js'
import {
  ISSUES_OR_PULLS_READ,
  ISSUES_OR_PULLS_WRITE,
  REPO,
  objectBody,
  optionalField,
  requiredString
} from './support.js'

/** Repository labels: list and create (issues add unknown labels through routes/issues.ts). */
export function registerLabelRoutes(server: FakeGitHub): void {
  server.route('GET', `${REPO}/labels`, listLabels, ISSUES_OR_PULLS_READ)
  server.route('POST', `${REPO}/labels`, createLabel, ISSUES_OR_PULLS_WRITE)
}

/** Labels by name, case-insensitively, as GitHub lists them. */
function listLabels(ctx: RouteContext): RouteResult {
  const labels = [...ctx.server.state.labels].sort((a, b) =>
    a.name.toLowerCase().localeCompare(b.name.toLowerCase())
  )
  return paginate(ctx, labels)
}

function createLabel(ctx: RouteContext): RouteResult {
  const { server } = ctx
  const body = objectBody(ctx)
  const name = requiredString(body, 'name').trim()
  const color = optionalField(body, 'color', 'string') ?? 'ededed'
  const description = optionalField(body, 'description', 'string') ?? null
  if (name === '')
    throw validationFailed({ resource: 'Label', code: 'missing_field', field: 'name' })
  if (!/^#?[0-9a-fA-F]{6}$/.test(color)) {
    throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' })
  }
  if (findLabel(server.state, name)) {
    throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' })
  }
  const label = labelObject(server, name, color, description)
  server.state.labels.push(label)
  return { status: 201, body: label, headers: { location: label.url } }
}
