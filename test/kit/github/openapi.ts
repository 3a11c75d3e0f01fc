import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The parts of an OpenAPI 3 schema object this helper reads. */
export interface Schema {
  $ref?: string
  type?: string
  nullable?: boolean
  required?: string[]
  properties?: Record<string, Schema>
  items?: Schema
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
}

interface Operation {
  operationId?: string
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

export interface SpecOperation {
  method: string
  /** The path as the spec writes it, e.g. '/repos/{owner}/{repo}/git/ref/{ref}'. */
  path: string
  operationId: string
  operation: Operation
}

let cached: OpenApiDocument | undefined

/** GitHub's REST description for api.github.com from @octokit/openapi, parsed once per process. */
export function loadGitHubSpec(): OpenApiDocument {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve(
      '@octokit/openapi/generated/api.github.com.json'
    )
    cached = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
  }
  return cached
}

/** A template with its parameter names dropped, so '{commit_sha}', '{sha}' and '{+ref}' compare equal. */
function shape(template: string): string {
  return template.replace(/\{\+?[^}]+\}/g, '{}')
}

/** The spec's operation for a method and path template, if GitHub has one. */
export function findOperation(method: string, template: string): SpecOperation | undefined {
  const spec = loadGitHubSpec()
  const wanted = shape(template)
  const lower = method.toLowerCase()
  for (const [path, item] of Object.entries(spec.paths)) {
    if (shape(path) !== wanted) continue
    const operation = item[lower]
    if (operation)
      return { method: lower, path, operationId: operation.operationId ?? '', operation }
  }
  return undefined
}

/** True when GitHub's REST API has this method on this path template. */
export function hasOperation(method: string, template: string): boolean {
  return findOperation(method, template) !== undefined
}

/** Follows a local '#/components/schemas/x' reference (repeatedly) to the schema itself. */
export function resolveSchema(schema: Schema): Schema {
  let current = schema
  while (current.$ref) {
    const path = current.$ref.replace(/^#\//, '').split('/')
    let target: unknown = loadGitHubSpec()
    for (const key of path) target = (target as Record<string, unknown>)[key]
    current = target as Schema
  }
  return current
}

/** The JSON schema of an operation's first 2xx answer, with its status; undefined for no body. */
export function successSchema(
  method: string,
  template: string
): { status: number; schema: Schema } | undefined {
  const op = findOperation(method, template)
  const responses = op?.operation.responses ?? {}
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code))
  const schema = status ? responses[status]?.content?.['application/json']?.schema : undefined
  return status && schema ? { status: Number(status), schema: resolveSchema(schema) } : undefined
}

/** Merges an allOf into one object schema (required and properties of every part). */
function flatten(schema: Schema): Schema {
  const resolved = resolveSchema(schema)
  if (!resolved.allOf) return resolved
  const parts = resolved.allOf.map(flatten)
  return {
    ...resolved,
    required: parts.flatMap((p) => p.required ?? []).concat(resolved.required ?? []),
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), resolved.properties)
  }
}

/**
 * The `required` properties of an operation's 2xx JSON answer: of the object itself, or of
 * the items when the answer is an array. Undefined when the operation has no JSON body.
 */
export function requiredResponseProperties(
  method: string,
  template: string
): { status: number; array: boolean; required: string[] } | undefined {
  const found = successSchema(method, template)
  if (!found) return undefined
  const array = found.schema.type === 'array' && found.schema.items !== undefined
  const target = flatten(array ? found.schema.items! : found.schema)
  return { status: found.status, array, required: [...new Set(target.required ?? [])] }
}

/**
 * Where `value` lacks a property the schema requires, as paths ('author.login',
 * '[0].commit.sha'), looking `depth` levels into nested objects and arrays; a null where the
 * schema does not allow one is reported too.
 */
export function missingProperties(schema: Schema, value: unknown, depth = 4, at = ''): string[] {
  const resolved = flatten(schema)
  const alternatives = resolved.anyOf ?? resolved.oneOf
  if (value === null && resolved.type && !resolved.nullable && !alternatives) {
    return [`${at || '(body)'} is null but not nullable`]
  }
  if (value === null || value === undefined || depth < 0) return []
  if (alternatives) {
    const results = alternatives.map((alt) => missingProperties(alt, value, depth, at))
    return results.some((r) => r.length === 0) ? [] : results.sort((a, b) => a.length - b.length)[0]
  }
  if (Array.isArray(value)) {
    const items = resolved.items
    if (!items) return []
    return value.flatMap((item, i) => missingProperties(items, item, depth - 1, `${at}[${i}]`))
  }
  if (typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const missing = (resolved.required ?? [])
    .filter((key) => !(key in record))
    .map((key) => (at ? `${at}.${key}` : key))
  for (const [key, sub] of Object.entries(resolved.properties ?? {})) {
    if (key in record)
      missing.push(...missingProperties(sub, record[key], depth - 1, at ? `${at}.${key}` : key))
  }
  return missing
}

/** What a fake answer for an operation lacks compared with GitHub's response schema. */
export function missingResponseProperties(
  method: string,
  template: string,
  body: unknown
): string[] {
  const found = successSchema(method, template)
  return found ? missingProperties(found.schema, body) : []
}
