/**
 * `POST /graphql` with the two mutations the suite sends: `enablePullRequestAutoMerge` (answered
 * by ../graphql.ts) and `createCommitOnBranch`. The commit is
 * written to the bare origin on the branch's head, only if the head is still
 * `expectedHeadOid` (STALE_DATA otherwise), authored by the token's user, committed and signed
 * by GitHub (verified). Answers carry only the fields the query selects; unknown fields are
 * refused before anything runs, as GitHub's validation refuses them.
 */
import type { RouteContext, RouteResult } from '../types.js'
import type { GitIdentity } from '../objects.js'
import { MissingPath, RefConflict, type ParsedCommit } from '../bare-repo.js'
import { grantLogin, nodeId, repoHtmlUrl, simpleUser } from '../objects.js'
import { INPUT_TYPES, OBJECT_TYPES, namedType } from '../graphql-schema.js'
import { rulesForBranch } from './branches.js'
import { answerAutoMerge } from '../graphql.js'

interface Selection {
  /** Response key (the alias, or the field name). */
  key: string
  field: string
  children: Selection[]
}

interface GraphqlError {
  type?: string
  path?: string[]
  extensions?: Record<string, unknown>
  locations: Array<{ line: number; column: number }>
  message: string
}

class GraphqlFailure extends Error {
  constructor(readonly error: Omit<GraphqlError, 'locations'>) {
    super(error.message)
  }
}

/** Tokens of a GraphQL document that matter for selections: names, punctuation, strings skipped. */
function tokenize(text: string): string[] {
  const tokens: string[] = []
  const pattern = /"(?:[^"\\]|\\.)*"|#[^\n]*|\.\.\.|[A-Za-z_$][\w]*|[{}():!,=[\]@]|-?\d+(?:\.\d+)?/g
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('#') || match[0] === ',') continue
    tokens.push(match[0])
  }
  return tokens
}

/** The selection set starting at tokens[i] (a `{`); returns it and the index after its `}`. */
function parseSelections(tokens: string[], start: number): [Selection[], number] {
  const selections: Selection[] = []
  let i = start + 1
  while (i < tokens.length && tokens[i] !== '}') {
    let key = tokens[i]
    let field = key
    i++
    if (tokens[i] === ':') {
      field = tokens[i + 1]
      i += 2
    }
    if (tokens[i] === '(') i = skipParens(tokens, i)
    let children: Selection[] = []
    if (tokens[i] === '{') [children, i] = parseSelections(tokens, i)
    if (key === '__typename') key = field = '__typename'
    selections.push({ key, field, children })
  }
  return [selections, i + 1]
}

function skipParens(tokens: string[], i: number): number {
  let depth = 0
  for (; i < tokens.length; i++) {
    if (tokens[i] === '(') depth++
    if (tokens[i] === ')' && --depth === 0) return i + 1
  }
  return i
}

/** The mutation's input variable name and its selection set. */
function findMutation(query: string): { variable?: string; selections: Selection[] } | undefined {
  const tokens = tokenize(query)
  const at = tokens.indexOf('createCommitOnBranch')
  if (at < 0 || !tokens.includes('mutation')) return undefined
  let i = at + 1
  let variable: string | undefined
  if (tokens[i] === '(') {
    const end = skipParens(tokens, i)
    const args = tokens.slice(i + 1, end - 1)
    const input = args.indexOf('input')
    const value = args[input + 2] ?? ''
    if (input >= 0 && args[input + 1] === ':' && value.startsWith('$')) variable = value.slice(1)
    i = end
  }
  const [selections] = tokens[i] === '{' ? parseSelections(tokens, i) : [[]]
  return { variable, selections }
}

/** GitHub's "Field 'x' doesn't exist on type 'T'" for the first unknown field. */
function checkFields(selections: Selection[], type: string): void {
  for (const s of selections) {
    if (s.field === '__typename') continue
    const fieldType = OBJECT_TYPES[type]?.[s.field]
    if (!fieldType) {
      throw new GraphqlFailure({
        extensions: { code: 'undefinedField', typeName: type, fieldName: s.field },
        message: `Field '${s.field}' doesn't exist on type '${type}'`
      })
    }
    const child = namedType(fieldType)
    if (OBJECT_TYPES[child]) checkFields(s.children, child)
  }
}

/** Checks an input object against the schema's required fields (GitHub's variable validation). */
function checkInput(value: unknown, type: string, path: string): void {
  const fields = INPUT_TYPES[type]
  if (typeof value !== 'object' || value === null) {
    throw new GraphqlFailure({
      extensions: { code: 'variableMismatch' },
      message: `Variable $input of type CreateCommitOnBranchInput! was provided invalid value for ${path}`
    })
  }
  for (const [field, required] of Object.entries(fields)) {
    const v = (value as Record<string, unknown>)[field]
    if (required && (v === undefined || v === null)) {
      throw new GraphqlFailure({
        extensions: { code: 'variableMismatch' },
        message: `Variable $input of type CreateCommitOnBranchInput! was provided invalid value for ${path ? `${path}.` : ''}${field} (Expected value to not be null)`
      })
    }
  }
}

/** The value of one selection set over a plain object of resolved fields. */
function project(value: unknown, selections: Selection[], type: string): unknown {
  if (value === null || value === undefined) return null
  const out: Record<string, unknown> = {}
  const source = value as Record<string, unknown>
  for (const s of selections) {
    if (s.field === '__typename') {
      out[s.key] = type
      continue
    }
    const child = namedType(OBJECT_TYPES[type][s.field])
    out[s.key] = OBJECT_TYPES[child] ? project(source[s.field], s.children, child) : source[s.field]
  }
  return out
}

interface CommitInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string }
  expectedHeadOid: string
  message: { headline: string; body?: string }
  fileChanges?: {
    additions?: Array<{ path: string; contents: string }>
    deletions?: Array<{ path: string }>
  }
  clientMutationId?: string
}

/** Answers one GraphQL request; errors come back with status 200, as GitHub sends them. */
export async function answerGraphql(ctx: RouteContext): Promise<RouteResult> {
  const body = (ctx.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> }
  if (typeof body.query === 'string' && /\benablePullRequestAutoMerge\b/.test(body.query)) {
    return answerAutoMerge(ctx.server, ctx.grant, ctx.body)
  }
  const query = typeof body.query === 'string' ? body.query : ''
  const mutation = findMutation(query)
  const locations = [{ line: 1, column: Math.max(1, query.indexOf('createCommitOnBranch') + 1) }]
  try {
    if (!mutation) {
      throw new GraphqlFailure({
        message:
          "The fake GitHub's GraphQL answers only the createCommitOnBranch and enablePullRequestAutoMerge mutations"
      })
    }
    checkFields(mutation.selections, 'CreateCommitOnBranchPayload')
    const input = (mutation.variable ? body.variables?.[mutation.variable] : undefined) as
      CommitInput | undefined
    checkInput(input, 'CreateCommitOnBranchInput', '')
    checkInput(input!.branch, 'CommittableBranch', 'branch')
    checkInput(input!.message, 'CommitMessage', 'message')
    for (const a of input!.fileChanges?.additions ?? [])
      checkInput(a, 'FileAddition', 'fileChanges.additions')
    for (const d of input!.fileChanges?.deletions ?? [])
      checkInput(d, 'FileDeletion', 'fileChanges.deletions')
    const payload = await createCommitOnBranch(ctx, input!)
    return {
      status: 200,
      body: {
        data: {
          createCommitOnBranch: project(payload, mutation.selections, 'CreateCommitOnBranchPayload')
        }
      }
    }
  } catch (error) {
    if (!(error instanceof GraphqlFailure)) throw error
    const failure: GraphqlError = { ...error.error, locations }
    // Validation errors come without data; execution errors with the field set to null.
    const data = error.error.type ? { data: { createCommitOnBranch: null } } : {}
    return { status: 200, body: { ...data, errors: [failure] } }
  }
}

function executionError(type: string, message: string): GraphqlFailure {
  return new GraphqlFailure({ type, path: ['createCommitOnBranch'], message })
}

async function createCommitOnBranch(
  ctx: RouteContext,
  input: CommitInput
): Promise<Record<string, unknown>> {
  const { server } = ctx
  const git = server.git
  const nameWithOwner = `${server.owner}/${server.repo}`
  if (
    !git ||
    (input.branch.repositoryNameWithOwner ?? '').toLowerCase() !== nameWithOwner.toLowerCase()
  ) {
    throw executionError(
      'NOT_FOUND',
      `Could not resolve to a Repository with the name '${input.branch.repositoryNameWithOwner ?? ''}'.`
    )
  }
  if (!server.holds(ctx.grant, ['contents', 'write'])) {
    throw executionError('FORBIDDEN', 'Resource not accessible by integration')
  }
  const branch = input.branch.branchName ?? ''
  const ref = `refs/heads/${branch}`
  const head = await git.resolveCommit(ref)
  if (!head) throw executionError('NOT_FOUND', `A ref named "${ref}" does not exist.`)
  if (head !== input.expectedHeadOid) {
    throw executionError(
      'STALE_DATA',
      `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`
    )
  }
  const rules = rulesForBranch(server, branch).map((r) => r.type)
  const classic = server.state.branchProtection.get(branch)
  if (rules.includes('pull_request') || classic?.required_pull_request_reviews) {
    throw executionError(
      'UNPROCESSABLE',
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    )
  }
  let tree: string
  try {
    tree = await git.treeWithChanges(
      head,
      (input.fileChanges?.additions ?? []).map((a) => ({
        path: a.path,
        contents: Buffer.from(a.contents, 'base64')
      })),
      (input.fileChanges?.deletions ?? []).map((d) => d.path)
    )
  } catch (error) {
    if (!(error instanceof MissingPath)) throw error
    throw executionError(
      'UNPROCESSABLE',
      `A path was requested for deletion which does not exist as of commit oid \`${head}\``
    )
  }
  const now = server.now()
  const user = simpleUser(server, grantLogin(ctx.grant))
  const author: GitIdentity = {
    name: user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    date: now
  }
  const committer: GitIdentity = { name: 'GitHub', email: 'noreply@github.com', date: now }
  const { headline, body } = input.message
  const message = body ? `${headline}\n\n${body}` : headline
  const sha = await git.commitTree(tree, [head], message, author, committer)
  server.state.verifiedCommits.add(sha)
  try {
    await git.writeRef(ref, sha, head)
  } catch (error) {
    if (!(error instanceof RefConflict)) throw error
    throw executionError(
      'STALE_DATA',
      `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`
    )
  }
  const commit = (await git.readCommit(sha))!
  const graphCommit = graphqlCommit(ctx, commit)
  return {
    clientMutationId: input.clientMutationId ?? null,
    commit: graphCommit,
    ref: {
      id: nodeId('Ref', `${nameWithOwner}:${ref}`),
      name: branch,
      prefix: 'refs/heads/',
      target: graphCommit
    }
  }
}

function graphqlCommit(ctx: RouteContext, commit: ParsedCommit): Record<string, unknown> {
  const [headline, ...rest] = commit.message.split('\n')
  return {
    abbreviatedOid: commit.sha.slice(0, 7),
    committedDate: commit.committer.date,
    id: nodeId('Commit', commit.sha),
    message: commit.message,
    messageBody: rest.join('\n').trim(),
    messageHeadline: headline,
    oid: commit.sha,
    signature: {
      isValid: true,
      state: 'VALID',
      wasSignedByGitHub: true,
      signature: '-----BEGIN PGP SIGNATURE-----\n\n-----END PGP SIGNATURE-----\n',
      payload: `tree ${commit.tree}\n`
    },
    tree: { id: nodeId('Tree', commit.tree), oid: commit.tree },
    url: `${repoHtmlUrl(ctx.server)}/commit/${commit.sha}`
  }
}
