/**
 * Runs an action the way the GitHub runner does: `node <runs.main>` from its action.yml as a
 * child process, inputs as `INPUT_<NAME>` with the action.yml defaults filled in, the `GITHUB_*`
 * variables and an event file, and `$GITHUB_OUTPUT` / `$GITHUB_STEP_SUMMARY` read back after.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'
import {
  parseAnnotations,
  parseOutputFile,
  workflowCommands,
  type Annotation,
  type WorkflowCommand
} from './runner-files.js'
import { fileURLToPath } from 'node:url'
import { NO_AUTO_GC_ENV } from './sandbox.js'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface InvokeOptions {
  /** `bump-version`, or `.` for the root action. */
  action: string
  inputs?: Record<string, string | boolean | number>
  /** The checkout the job runs in (`GITHUB_WORKSPACE`, and the step's cwd). */
  workspace: string
  /** `owner/repo` */
  repository?: string
  eventName?: string
  event?: Record<string, unknown>
  ref?: string
  sha?: string
  headRef?: string
  apiUrl?: string
  serverUrl?: string
  /** What `${{ github.token }}` evaluates to. */
  token?: string
  env?: Record<string, string>
  timeoutMs?: number
}

export interface InvokeResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Every workflow command the runner would act on, as it would parse stdout. */
  commands: WorkflowCommand[]
  /**
   * What the step left in `RUNNER_TEMP` (by absolute path, as its outputs name them): the
   * directory itself is removed with the rest of the run's files once the step has ended.
   */
  runnerFiles: Record<string, string>
  /** The `::error` annotations' messages, joined: what a user reads first. */
  errors: string
  env: Record<string, string>
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string | number | boolean; required?: boolean }>
  runs: { using: string; main: string }
}

export function actionDir(action: string): string {
  return action === '.' ? REPO_ROOT : join(REPO_ROOT, 'actions', action)
}

export function readActionMetadata(action: string): ActionMetadata {
  return parse(readFileSync(join(actionDir(action), 'action.yml'), 'utf8')) as ActionMetadata
}

/** Evaluates the few expressions our action.yml defaults use, as the runner would. */
function evaluateDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    if (!(expr in context))
      throw new Error(`invoker: unsupported expression \${{ ${expr} }} in an action.yml default`)
    return context[expr] ?? ''
  })
}

export async function invokeAction(options: InvokeOptions): Promise<InvokeResult> {
  const metadata = readActionMetadata(options.action)
  const temp = mkdtempSync(join(tmpdir(), 'ra-run-'))
  try {
    return await invokeIn(temp, metadata, options)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** The runner's files (outputs, summary, event, HOME, RUNNER_TEMP) live in `temp`, removed after. */
async function invokeIn(
  temp: string,
  metadata: ActionMetadata,
  options: InvokeOptions
): Promise<InvokeResult> {
  const files = {
    output: join(temp, 'output'),
    summary: join(temp, 'summary'),
    env: join(temp, 'env'),
    state: join(temp, 'state'),
    path: join(temp, 'path'),
    event: join(temp, 'event.json')
  }
  for (const file of [files.output, files.summary, files.env, files.state, files.path])
    writeFileSync(file, '')
  writeFileSync(files.event, JSON.stringify(options.event ?? {}))
  const home = join(temp, 'home')
  const runnerTemp = join(temp, 'runner-temp')
  mkdirSync(home)
  mkdirSync(runnerTemp)
  const repository = options.repository ?? 'acme/app'
  const ref = options.ref ?? 'refs/heads/main'
  const token = options.token ?? 'test-token'
  const expressionContext: Record<string, string> = {
    'github.token': token,
    'github.sha': options.sha ?? '',
    'github.ref': ref,
    'github.ref_name': ref.replace(/^refs\/(heads|tags)\//, ''),
    'github.repository': repository,
    'github.workspace': options.workspace,
    'github.server_url': options.serverUrl ?? 'https://github.com',
    'github.api_url': options.apiUrl ?? 'https://api.github.com',
    'github.event_name': options.eventName ?? 'push'
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: expressionContext['github.ref_name'] ?? '',
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: options.headRef ?? '',
    GITHUB_BASE_REF: '',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'ci-cd',
    GITHUB_JOB: 'release',
    GITHUB_ACTION: options.action,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    RELEASE_ACTIONS_RETRY_BASE_MS: '20',
    RELEASE_ACTIONS_WRITE_SPACING_MS: '0',
    ...NO_AUTO_GC_ENV
  }
  const given = options.inputs ?? {}
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    const value =
      name in given
        ? String(given[name])
        : spec.default !== undefined
          ? evaluateDefault(String(spec.default), expressionContext)
          : ''
    env[inputVariable(name)] = value
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in (metadata.inputs ?? {})))
      throw new Error(`invoker: ${options.action} has no input '${name}' in its action.yml`)
    env[inputVariable(name)] = String(value)
  }
  Object.assign(env, options.env ?? {})
  // `npm run coverage`: the bundle's V8 coverage, mapped back to packages/ through its source maps.
  const coverage = process.env.RELEASE_ACTIONS_CHILD_COVERAGE
  if (coverage) env.NODE_V8_COVERAGE = coverage
  const main = resolve(actionDir(options.action), metadata.runs.main)
  const { exitCode, stdout, stderr } = await runNode(
    main,
    options.workspace,
    env,
    options.timeoutMs ?? 60000
  )
  const annotations = parseAnnotations(stdout)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations,
    commands: workflowCommands(stdout),
    runnerFiles: readTree(runnerTemp),
    errors: annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n'),
    env
  }
}

function readTree(dir: string, files: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) readTree(path, files)
    else if (entry.isFile()) files[path] = readFileSync(path, 'utf8')
  }
  return files
}

/** The runner's name for an input's variable: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function runNode(main: string, cwd: string, env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      mkdirSync(dirname(main), { recursive: true })
      const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolvePromise({ exitCode: code ?? 1, stdout, stderr })
      })
    }
  )
}
