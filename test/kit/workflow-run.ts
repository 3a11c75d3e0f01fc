/**
 * Runs a workflow file the way GitHub runs it, for one event: GitHub's own parser
 * (`@actions/workflow-parser`) reads it and fetches the reusable workflow it calls, and GitHub's
 * expression evaluator (`@actions/expressions`) decides every `if:`, `with:`, `env:`, `secrets`,
 * job `outputs`, `needs`, `runs-on` and environment name. Jobs run in order; a job's
 * GITHUB_TOKEN has exactly the permissions the job declares. Steps run as the runner runs them:
 * `run:` by bash with `$GITHUB_OUTPUT`, this suite's actions by the invoker, and the third-party
 * actions the workflows use done the way they do it (actions/checkout: a depth-1 clone, or the
 * suite at the asked commit).
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
  type WorkflowTemplate
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { FakeGitHub } from './github/index.js'
import type { Permission, AccessLevel } from './github/types.js'
import { REPO_ROOT, invokeAction, type InvokeResult } from './invoker.js'
import { parseOutputFile } from './runner-files.js'
import type { Sandbox } from './sandbox.js'

/** Where `uses: <owner>/release-actions/...@<ref>` and `job.workflow_*` point in these runs. */
export const SUITE = { repository: 'YOUR_ORG/release-actions', sha: 'c0ffee'.padEnd(40, '0') }

export interface WorkflowEvent {
  name: 'push' | 'workflow_dispatch'
  /** The branch the run is for. */
  branch: string
  /** workflow_dispatch inputs as given. */
  inputs?: Record<string, string>
}

export interface WorkflowRunOptions {
  sandbox: Sandbox
  github: FakeGitHub
  /** The workflow file's text (the caller). */
  workflow: string
  event: WorkflowEvent
  vars?: Record<string, string>
  secrets?: Record<string, string>
  /** Extra environment for the actions (e.g. the sample app's state directory). */
  env?: Record<string, string>
  /**
   * Jobs of the repository's own (its test suite, e.g. pytest) that succeed without running:
   * they are the project's, not ours, and would need its toolchain.
   */
  projectJobs?: string[]
  /** Reusable workflows by the `uses:` that names them, instead of this repository's files. */
  workflows?: Record<string, string>
}

export interface StepRun {
  id: string
  uses?: string
  result: 'success' | 'failure' | 'skipped'
  inputs?: Record<string, string>
  outputs: Record<string, string>
  invocation?: InvokeResult
  log: string
  /** Wall time of the step and the GitHub API requests it made. */
  ms?: number
  apiRequests?: number
}

export interface JobRun {
  id: string
  /** `release/tag` for a job of a called workflow. */
  path: string
  result: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  steps: StepRun[]
  environment?: string
  runsOn?: unknown
  /** Why it failed before or between steps. */
  error?: string
}

export interface WorkflowRun {
  jobs: JobRun[]
  job(path: string): JobRun
  /** The result of this suite's action step in the run, by action name (last one wins). */
  action(name: string): StepRun | undefined
}

type Json = unknown
type Context = Record<string, Json>
interface Status {
  success: boolean
  failure: boolean
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always']

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

function fromData(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json
}

/** One `${{ }}` expression, evaluated by GitHub's evaluator. */
export function evaluateExpression(expression: string, context: Context, status?: Status): Json {
  const lexed = new Lexer(expression).lex()
  const functions = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))
  const tree = new Parser(lexed.tokens, Object.keys(context), functions).parse()
  const implementations = new Map(
    STATUS_FUNCTIONS.map((name) => [
      name,
      {
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () =>
          new data.BooleanData(
            name === 'always'
              ? true
              : name === 'cancelled'
                ? false
                : name === 'success'
                  ? (status?.success ?? true)
                  : (status?.failure ?? false)
          )
      }
    ])
  )
  return fromData(
    new Evaluator(tree, toData(context) as data.Dictionary, implementations).evaluate()
  )
}

interface Token {
  isExpression: boolean
  isLiteral: boolean
  expression?: string
  value?: unknown
  count?: number
  get?(index: number): { key: Token; value: Token }
  [Symbol.iterator]?(): Iterator<Token | { key: Token; value: Token }>
}

/** A template token's value: literals as they are, expressions evaluated, maps and lists deep. */
export function evaluateToken(
  token: TemplateToken | undefined,
  context: Context,
  status?: Status
): Json {
  const t = token as unknown as Token | undefined
  if (t === undefined) return undefined
  if (t.isExpression) return evaluateExpression(t.expression ?? '', context, status)
  if (t.isLiteral) return t.value ?? null
  if (typeof t.get === 'function') {
    const out: Record<string, Json> = {}
    for (let i = 0; i < (t.count ?? 0); i++) {
      const pair = t.get(i)
      out[String(evaluateToken(pair.key as unknown as TemplateToken, context, status))] =
        evaluateToken(pair.value as unknown as TemplateToken, context, status)
    }
    return out
  }
  const items: Json[] = []
  for (const item of t as unknown as Iterable<TemplateToken>)
    items.push(evaluateToken(item, context, status))
  return items
}

/** How the runner turns a value into an input or env string. */
function asString(value: Json): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

function strings(value: Json): Record<string, string> {
  return Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, Json>).map(([k, v]) => [k, asString(v)])
  )
}

function truthy(value: Json): boolean {
  return !(value === false || value === null || value === undefined || value === 0 || value === '')
}

let overrides: Record<string, string> = {}

/** The workflows a `uses:` may name: this repository's, or the suite under its placeholder owner. */
function workflowFile(ref: string): string {
  const given = overrides[ref]
  if (given !== undefined) return given
  const local = /^\.\/(.+)$/.exec(ref)
  const remote = new RegExp(`^${SUITE.repository}/(.+)@[^@]+$`).exec(ref)
  const path = local?.[1] ?? remote?.[1]
  if (!path) throw new Error(`workflow-run: cannot fetch the reusable workflow ${ref}`)
  return readFileSync(join(REPO_ROOT, path), 'utf8')
}

type RawJob = { permissions?: unknown }
type RawWorkflow = {
  jobs?: Record<string, RawJob>
  on?: Record<string, { inputs?: Record<string, { default?: Json; type?: string }> }>
}

const ALL_PERMISSIONS: Permission[] = [
  'contents',
  'pull_requests',
  'issues',
  'deployments',
  'actions',
  'checks',
  'statuses'
] as Permission[]

function grantOf(permissions: unknown, fallback: Partial<Record<Permission, AccessLevel>>) {
  if (permissions === undefined) return fallback
  if (permissions === 'write-all')
    return Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, 'write'])) as Partial<
      Record<Permission, AccessLevel>
    >
  if (permissions === 'read-all')
    return Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, 'read'])) as Partial<
      Record<Permission, AccessLevel>
    >
  // A workflow says pull-requests, the API's grants say pull_requests.
  return Object.fromEntries(
    Object.entries((permissions ?? {}) as Record<string, string>)
      .filter(([, level]) => level !== 'none')
      .map(([scope, level]) => [scope.replaceAll('-', '_'), level])
  ) as Partial<Record<Permission, AccessLevel>>
}

const LEVEL = { none: 0, read: 1, write: 2 } as const
let tokens = 0

type Mapping = { find(key: string): unknown }
type Sequence = { get(index: number): unknown }

/** The converted model leaves out a step's `with:`; it is read from the parsed template. */
function stepWith(root: TemplateToken, jobId: string, index: number): TemplateToken | undefined {
  const jobs = (root as unknown as Mapping).find('jobs') as Mapping | undefined
  const job = jobs?.find(jobId) as Mapping | undefined
  const steps = job?.find('steps') as Sequence | undefined
  const step = steps?.get(index) as Mapping | undefined
  return step?.find('with') as TemplateToken | undefined
}

function parsedRoot(name: string, content: string): TemplateToken {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  if (!parsed.value) throw new Error(`${name}: does not parse`)
  return parsed.value
}

async function template(name: string, content: string): Promise<WorkflowTemplate> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((e) => e.message)
  if (errors.length > 0 || !parsed.value) throw new Error(`${name}: ${errors.join('; ')}`)
  const provider = {
    getFileContent: (ref: {
      path: string
      owner?: string
      repository?: string
      version?: string
    }) =>
      Promise.resolve({
        name: ref.path,
        content: workflowFile(
          ref.owner ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`
        )
      })
  }
  const converted = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
    fetchReusableWorkflowDepth: 1
  })
  if (converted.errors?.length)
    throw new Error(`${name}: ${converted.errors.map((e) => e.Message).join('; ')}`)
  return converted
}

/** Runs the workflow for the event; resolves when every job is done. */
export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const { sandbox, github, event } = options
  overrides = options.workflows ?? {}
  const caller = await template('caller.yml', options.workflow)
  const callerRaw = parse(options.workflow) as RawWorkflow
  const sha = sandbox.remoteSha(`refs/heads/${event.branch}`) ?? ''
  if (!sha) throw new Error(`workflow-run: origin has no branch ${event.branch}`)
  const headMessage = sandbox.git(sandbox.origin, 'log', '-1', '--format=%B', sha)
  const repository = `${github.owner}/${github.repo}`
  const payload: Record<string, Json> =
    event.name === 'push'
      ? {
          ref: `refs/heads/${event.branch}`,
          after: sha,
          head_commit: { id: sha, message: headMessage },
          repository: { full_name: repository, default_branch: 'main' }
        }
      : {
          ref: `refs/heads/${event.branch}`,
          inputs: event.inputs ?? {},
          repository: { full_name: repository, default_branch: 'main' }
        }
  const githubContext = {
    event_name: event.name,
    event: payload,
    ref: `refs/heads/${event.branch}`,
    ref_name: event.branch,
    sha,
    repository,
    repository_owner: github.owner,
    server_url: 'https://github.com',
    api_url: github.url,
    workflow_sha: sha,
    run_id: '1001'
  }
  const dispatchDefaults = Object.fromEntries(
    Object.entries(callerRaw.on?.workflow_dispatch?.inputs ?? {}).map(([k, v]) => [
      k,
      v.default ?? ''
    ])
  )
  const callerInputs =
    event.name === 'workflow_dispatch' ? { ...dispatchDefaults, ...event.inputs } : {}
  const runs: JobRun[] = []
  let scratch = 0
  const workDir = mkdtempSync(join(sandbox.root, 'runner-'))

  async function runJobs(
    jobs: WorkflowTemplate['jobs'],
    raw: RawWorkflow,
    root: TemplateToken,
    context: Context,
    prefix: string,
    callerGrant?: Partial<Record<Permission, AccessLevel>>
  ): Promise<Record<string, JobRun>> {
    const done: Record<string, JobRun> = {}
    for (const job of jobs) {
      const id = job.id.value
      const path = prefix + id
      const needs = (job.needs ?? []).map((n) => n.value)
      const needsContext = Object.fromEntries(
        needs.map((n) => [n, { result: done[n]?.result, outputs: done[n]?.outputs ?? {} }])
      )
      const status = {
        success: needs.every((n) => done[n]?.result === 'success'),
        failure: needs.some((n) => done[n]?.result === 'failure')
      }
      const jobContext: Context = { ...context, needs: needsContext }
      const run: JobRun = { id, path, result: 'skipped', outputs: {}, steps: [] }
      runs.push(run)
      done[id] = run
      if (!truthy(evaluateExpression(job.if.expression, jobContext, status))) continue
      if (options.projectJobs?.includes(path)) {
        run.result = 'success'
        continue
      }
      const declared = grantOf(
        raw.jobs?.[id]?.permissions,
        grantOf((raw as { permissions?: unknown }).permissions, {})
      )
      if (callerGrant) {
        // GitHub refuses the whole run when a called job asks for more than the caller grants.
        for (const [scope, level] of Object.entries(declared)) {
          if (LEVEL[level] > LEVEL[(callerGrant[scope as Permission] ?? 'none') as AccessLevel]) {
            run.result = 'failure'
            run.error = `The nested job '${id}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${callerGrant[scope as Permission] ?? 'none'}'.`
            break
          }
        }
        if (run.error) continue
      }
      if (job.type === 'reusableWorkflowJob') {
        const definitions =
          (parse(workflowFile(job.ref.value)) as RawWorkflow).on?.workflow_call?.inputs ?? {}
        const given = (evaluateToken(job['input-values'], jobContext) ?? {}) as Record<string, Json>
        const inputs: Record<string, Json> = {}
        for (const [name, spec] of Object.entries(definitions)) {
          const value =
            name in given ? given[name] : (spec.default ?? (spec.type === 'boolean' ? false : ''))
          inputs[name] =
            spec.type === 'boolean'
              ? value === true || value === 'true'
              : spec.type === 'number'
                ? Number(value)
                : asString(value)
        }
        for (const name of Object.keys(given))
          if (!(name in definitions))
            throw new Error(`${path}: the called workflow has no input '${name}'`)
        const secrets = job['inherit-secrets']
          ? { ...(options.secrets ?? {}) }
          : strings(
              evaluateToken(job['secret-values'], { ...jobContext, secrets: options.secrets ?? {} })
            )
        const calledText = workflowFile(job.ref.value)
        const called = await runJobs(
          job.jobs ?? [],
          parse(calledText) as RawWorkflow,
          parsedRoot(job.ref.value, calledText),
          {
            github: githubContext,
            inputs,
            vars: options.vars ?? {},
            secrets,
            job: { workflow_repository: SUITE.repository, workflow_sha: SUITE.sha },
            runner: { os: 'Linux', temp: workDir }
          },
          `${path}/`,
          declared
        )
        const results = Object.values(called).map((j) => j.result)
        run.result = results.includes('failure') ? 'failure' : 'success'
        continue
      }
      run.runsOn = evaluateToken(job['runs-on'], jobContext)
      if (job.environment) {
        const environment = evaluateToken(job.environment, jobContext)
        run.environment = asString(
          typeof environment === 'object' && environment
            ? (environment as { name?: Json }).name
            : environment
        )
      }
      ++scratch
      const token = `ghs_job${++tokens}x`.padEnd(40, '0')
      github.addToken(token, { kind: 'github-token', permissions: declared })
      const workspace = join(workDir, `job-${scratch}-${id}`)
      mkdirSync(workspace)
      const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {}
      let failed = false
      for (const [index, step] of job.steps.entries()) {
        const stepContext = {
          ...jobContext,
          github: { ...(jobContext.github as object), token },
          steps
        }
        const stepId = step.id || `__${index}`
        const record: StepRun = { id: stepId, result: 'skipped', outputs: {}, log: '' }
        run.steps.push(record)
        const condition = 'if' in step && step.if ? step.if.expression : 'success()'
        if (
          !truthy(evaluateExpression(condition, stepContext, { success: !failed, failure: failed }))
        ) {
          steps[stepId] = { outputs: {}, outcome: 'skipped' }
          continue
        }
        const env = strings(evaluateToken((step as { env?: TemplateToken }).env, stepContext))
        if ('uses' in step) {
          const uses = step.uses.value
          record.uses = uses
          const inputs = strings(evaluateToken(stepWith(root, id, index), stepContext))
          record.inputs = inputs
          const started = Date.now()
          const requests = github.requests.length
          const outcome = await runAction(uses, inputs, env, {
            workspace,
            token,
            sha,
            event,
            payload,
            github,
            sandbox,
            extraEnv: options.env ?? {},
            name: `job-${scratch}`
          })
          Object.assign(record, outcome, {
            ms: Date.now() - started,
            apiRequests: github.requests.length - requests
          })
        } else if ('run' in step) {
          // The variables the runner gives every step.
          const runner = {
            GITHUB_API_URL: github.url,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_REPOSITORY: repository,
            GITHUB_EVENT_NAME: event.name,
            GITHUB_REF: `refs/heads/${event.branch}`,
            GITHUB_REF_NAME: event.branch,
            GITHUB_SHA: sha,
            GITHUB_WORKSPACE: workspace
          }
          Object.assign(
            record,
            await runScript(
              asString(evaluateToken(step.run, stepContext)),
              { ...runner, ...env },
              workspace,
              workDir
            )
          )
        }
        steps[stepId] = { outputs: record.outputs, outcome: record.result }
        if (record.result === 'failure') failed = true
      }
      run.result = failed ? 'failure' : 'success'
      run.outputs = strings(evaluateToken(job.outputs, { ...jobContext, steps }))
    }
    return done
  }

  try {
    await runJobs(
      caller.jobs,
      callerRaw,
      parsedRoot('caller.yml', options.workflow),
      {
        github: githubContext,
        inputs: callerInputs,
        vars: options.vars ?? {},
        secrets: options.secrets ?? {}
      },
      ''
    )
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  return {
    jobs: runs,
    job(path: string) {
      const found = runs.find((j) => j.path === path)
      if (!found) throw new Error(`no job ${path}; jobs: ${runs.map((j) => j.path).join(', ')}`)
      return found
    },
    action(name: string) {
      const step = new RegExp(`/actions/${name}(@|$)`)
      const steps = runs.flatMap((j) => j.steps).filter((s) => step.test(s.uses ?? ''))
      return steps.at(-1)
    }
  }
}

interface ActionContext {
  workspace: string
  token: string
  sha: string
  event: WorkflowEvent
  payload: Record<string, Json>
  github: FakeGitHub
  sandbox: Sandbox
  extraEnv: Record<string, string>
  name: string
}

async function runAction(
  uses: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  ctx: ActionContext
): Promise<Partial<StepRun>> {
  // The suite referred to by repository: only the workflow's own commit is this code.
  const remote = new RegExp(`^${SUITE.repository}/actions/([a-z-]+)@(.+)$`).exec(uses)
  if (remote && remote[2] !== SUITE.sha)
    return {
      result: 'failure',
      outputs: {},
      log: `${uses}: @${remote[2]} is not the workflow's own commit ${SUITE.sha}; it may be other code`
    }
  const ours = /^\.\/\.release-actions\/actions\/([a-z-]+)$/.exec(uses) ?? remote
  if (ours) {
    const action = ours[1] ?? ''
    const invocation = await invokeAction({
      action,
      workspace: ctx.workspace,
      inputs,
      ref: `refs/heads/${ctx.event.branch}`,
      sha: ctx.sha,
      eventName: ctx.event.name,
      event: ctx.payload,
      apiUrl: ctx.github.url,
      repository: `${ctx.github.owner}/${ctx.github.repo}`,
      token: ctx.token,
      env: { ...ctx.extraEnv, ...env }
    })
    return {
      invocation,
      outputs: invocation.outputs,
      result: invocation.exitCode === 0 ? 'success' : 'failure',
      log: invocation.errors || invocation.stderr
    }
  }
  if (/^actions\/checkout@[0-9a-f]{40}$/.test(uses)) {
    if (inputs['persist-credentials'] !== 'false')
      return {
        result: 'failure',
        outputs: {},
        log: 'checkout would leave the token in .git/config'
      }
    const repository = inputs.repository || `${ctx.github.owner}/${ctx.github.repo}`
    if (repository === `${ctx.github.owner}/${ctx.github.repo}`) {
      // A depth-1 clone of the commit the run is for, as actions/checkout makes it.
      ctx.sandbox.checkoutInto(ctx.workspace, ctx.event.branch)
      // fetch-depth: 0 is every branch and tag with all history, as actions/checkout fetches it.
      if (inputs['fetch-depth'] === '0') {
        const shallow = existsSync(join(ctx.workspace, '.git', 'shallow'))
        const fetch = spawnSync(
          'git',
          [
            'fetch',
            '--quiet',
            '--tags',
            ...(shallow ? ['--unshallow'] : []),
            'origin',
            '+refs/heads/*:refs/remotes/origin/*'
          ],
          { cwd: ctx.workspace }
        )
        if (fetch.status !== 0)
          return { result: 'failure', outputs: {}, log: fetch.stderr.toString() }
      }
      return { result: 'success', outputs: {} }
    }
    // The suite itself: only at the commit of the running workflow is it this code.
    if (repository !== SUITE.repository || inputs.ref !== SUITE.sha || !inputs.path)
      return {
        result: 'failure',
        outputs: {},
        log: `checkout of ${repository}@${inputs.ref || '(default branch)'} into '${inputs.path}' is not the suite at the workflow's commit ${SUITE.repository}@${SUITE.sha}`
      }
    symlinkSync(REPO_ROOT, join(ctx.workspace, inputs.path))
    return { result: 'success', outputs: {} }
  }
  return { result: 'failure', outputs: {}, log: `workflow-run: no stand-in for ${uses}` }
}

/**
 * A `run:` step by bash. Asynchronous, so the loopback servers of this process (the fake
 * GitHub) answer what the script asks them (curl to GITHUB_API_URL).
 */
async function runScript(
  script: string,
  env: Record<string, string>,
  cwd: string,
  workDir: string
): Promise<Partial<StepRun>> {
  const output = join(workDir, `output-${Math.random().toString(36).slice(2)}`)
  const summary = `${output}-summary`
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: workDir,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const result = await new Promise<{
    status: number | null
    signal: NodeJS.Signals | null
    error?: Error
  }>((resolve) => {
    child.on('error', (error) => resolve({ status: null, signal: null, error }))
    child.on('close', (status, signal) => resolve({ status, signal }))
  })
  return {
    result: result.status === 0 ? 'success' : 'failure',
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    log:
      `${stdout}${stderr}${readFileSync(summary, 'utf8')}` +
      (result.error ? `\n(bash could not run: ${result.error.message})` : '') +
      (result.signal ? `\n(bash ended by ${result.signal})` : '') +
      (result.status !== 0 && result.status !== null ? `\n(exit code ${result.status})` : '')
  }
}
