/** open-release-pr's work, loaded once its inputs are known to be good. */
import { confinedFile } from '../../../packages/action-kit/confine.js'
import { shown } from '../../../packages/base/shown.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { existsSync, readFileSync } from 'node:fs'
import {
  appendSummary,
  error,
  info,
  markFailed,
  warning
} from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { resultLine } from '../../../packages/action-kit/summary.js'
import { readReleaseSection } from '../../../packages/changelog/release-section.js'
import { Git } from '../../../packages/git/git.js'
import { forecastMerge } from '../../../packages/git/merge.js'
import {
  enableMergeCommitAutoMerge,
  type AutoMergeOutcome
} from '../../../packages/github/auto-merge.js'
import { createGitHubClient, type GitHubClient } from '../../../packages/github/client.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { remoteDefaultBranch } from '../../../packages/git/default-branch.js'
import { findMilestone, findOpenPull, upsertPull } from '../../../packages/github/pulls.js'
import {
  forecastSection,
  releasePullBody,
  type BackMergeForecast
} from '../../../packages/release/release-pr.js'
import {
  parseReleaseBranch,
  parseVersionInput,
  type ReleaseKind
} from '../../../packages/versioning/index.js'
import { Output, type PullInputs } from './inputs.js'

export async function openReleasePullStep(
  given: PullInputs,
  context: RunContext,
  repo: Repository
): Promise<void> {
  const github = await createGitHubClient({
    token: given.token,
    apiUrl: context.apiUrl,
    log: actionsLogger
  })
  const inputs = { ...given, base: given.base || (await defaultBase(given, context, github)) }
  const { head, version, kind } = await releaseBranch(inputs, context.branch)
  const notes = inputs.releaseNotes ?? changelogNotes(inputs, version)
  const forecast = inputs.conflictForecast ? await backMergeForecast(inputs, head) : undefined
  const existing = await findOpenPull(github, repo, head, inputs.base)
  const milestoneTitle = inputs.milestone ?? version
  const milestone = await findMilestone(github, repo, milestoneTitle)
  const spec = {
    head,
    base: inputs.base,
    title: inputs.title.replaceAll('{version}', version),
    body: releasePullBody({
      version,
      kind,
      notes,
      notesSource: inputs.changelogPath,
      issueUrl: inputs.issueUrl,
      issuePattern: inputs.issuePattern,
      base: inputs.base,
      backMergeTargets: [
        `\`${inputs.developBranch}\``,
        ...(kind === 'hotfix' ? ['the open release branch, if any'] : [])
      ],
      tagPrefix: inputs.tagPrefix,
      previousBody: existing?.body,
      forecast
    }),
    draft: inputs.draft,
    labels: inputs.labels,
    reviewers: inputs.reviewers,
    milestone: milestone?.state === 'open' ? milestone.number : undefined
  }
  if (inputs.dryRun) {
    info(`Would ${existing ? `update #${existing.number}` : 'open'} ${head} -> ${inputs.base}.`)
    await setOutputs({
      [Output.number]: existing?.number ?? '',
      [Output.url]: existing?.url ?? '',
      [Output.conflicts]: JSON.stringify(forecast?.conflicts ?? []),
      [Output.result]: 'dry-run'
    })
    await appendSummary(
      resultLine(
        'open-release-pr',
        'dry-run',
        `Would ${existing ? `update [#${existing.number}](${existing.url})` : 'open'} **${spec.title}** (\`${head}\` → \`${inputs.base}\`) with this body:`
      ) + `\n${spec.body}\n`
    )
    return
  }
  const { pull, result } = await upsertPull(github, repo, spec)
  info(
    `${result === 'created' ? 'Opened' : result === 'updated' ? 'Updated' : 'Unchanged:'} #${pull.number} ${pull.url}`
  )
  if (milestone && milestone.state !== 'open') {
    info(`Milestone ${milestoneTitle} is closed; not attached.`)
  }
  const autoMerge = inputs.autoMerge
    ? await enableMergeCommitAutoMerge(github, repo, pull.number)
    : undefined
  await setOutputs({
    [Output.number]: pull.number,
    [Output.url]: pull.url,
    [Output.conflicts]: JSON.stringify(forecast?.conflicts ?? []),
    [Output.autoMerge]: autoMerge?.result ?? '',
    [Output.result]: result
  })
  await appendSummary(
    resultLine(
      'open-release-pr',
      result,
      `[#${pull.number} ${spec.title}](${pull.url}): \`${head}\` → \`${inputs.base}\`` +
        (spec.labels.length > 0 ? `, labels ${spec.labels.join(', ')}` : '') +
        (spec.milestone !== undefined ? `, milestone ${milestoneTitle}` : '') +
        '.'
    ) + (forecast ? `\n${forecastSection(forecast).join('\n')}` : '')
  )
  if (autoMerge) await reportAutoMerge(autoMerge, pull.number, inputs.base)
  if (forecast?.result === 'conflict') {
    warning(
      `The back-merge of ${head} into ${forecast.target} will conflict in ${forecast.conflicts.join(', ')} (trial merge); resolve them before release day.`
    )
  }
}

/**
 * The trial back-merge of the release branch into develop (git merge-tree, no ref moved), or
 * undefined with a note when there is no checkout or no develop branch on origin.
 */
async function backMergeForecast(
  inputs: PullInputs,
  head: string
): Promise<BackMergeForecast | undefined> {
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  if (!(await git.isRepository())) {
    info('No checkout: no back-merge forecast (run actions/checkout first to get one).')
    return undefined
  }
  const target = inputs.developBranch
  const refs = await git.remoteRefs('refs/heads/*')
  for (const branch of [head, target]) {
    if (!refs.has(`refs/heads/${branch}`)) {
      info(`${branch} is not on origin: no back-merge forecast.`)
      return undefined
    }
  }
  // The merge base needs the history of both branches: a shallow checkout is deepened.
  await git.run([
    'fetch',
    '--no-tags',
    ...((await git.isShallow()) ? ['--unshallow'] : []),
    'origin',
    ...[head, target].map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`)
  ])
  const forecast = await forecastMerge(git, head, target)
  info(
    forecast.result === 'conflict'
      ? `Trial merge of ${head} into ${target}: conflicts in ${forecast.conflicts.join(', ')}.`
      : `Trial merge of ${head} into ${target}: ${forecast.result}.`
  )
  return forecast
}

/** The head branch and the version it releases; refuses a head that is no release branch. */
async function releaseBranch(
  inputs: PullInputs,
  runBranch: string | undefined
): Promise<{ head: string; version: string; kind: ReleaseKind }> {
  let head = inputs.head ?? runBranch
  if (!head) {
    const git = new Git(inputs.workingDirectory, { log: actionsLogger })
    head = (await git.isRepository()) ? await git.currentBranch() : undefined
  }
  if (!head) {
    throw new ConfigurationError(
      "HEAD is detached and the workflow names no branch, so there is no release branch to open a pull request from; set the 'head' input.",
      { input: 'head' }
    )
  }
  const found = parseReleaseBranch(head, inputs.patterns)
  if (!found && (inputs.version === undefined || inputs.head === undefined)) {
    throw new ConfigurationError(
      `${inputs.head === undefined ? `The branch ${shown(head)} is` : `Input 'head' is ${shown(head)}, which is`} not a release or hotfix branch (${[...inputs.patterns.release, ...inputs.patterns.hotfix].join(', ')}). ` +
        "Run on the release branch, or set both 'head' and 'version'.",
      { input: 'head' }
    )
  }
  if (head === inputs.base) {
    throw new ConfigurationError(`'head' and 'base' are both ${head}.`, { input: 'head' })
  }
  const version = inputs.version === undefined ? found!.version : parseVersionInput(inputs.version)
  const kind = found?.kind ?? (version.split('.')[2] === '0' ? 'release' : 'hotfix')
  return { head: found?.branch ?? head, version, kind }
}

/** An empty `main-branch`: the repository's default branch, by the rule every action follows. */
async function defaultBase(
  inputs: PullInputs,
  context: RunContext,
  github: GitHubClient
): Promise<string> {
  const fromApi = apiDefaultBranch({ context, log: actionsLogger, client: github })
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  const branch = (await git.isRepository())
    ? await remoteDefaultBranch(git, fromApi)
    : await fromApi()
  if (branch) return branch
  throw new ConfigurationError(
    "The repository's default branch is unknown (no checkout's origin, event or API says it); " +
      "set the 'main-branch' input to the branch the release pull request merges into.",
    { input: 'main-branch' }
  )
}

/** The version's changelog section, or undefined (with a note) when there is none yet. */
function changelogNotes(inputs: PullInputs, version: string): string | undefined {
  const path = confinedFile(inputs.workingDirectory, inputs.changelogPath)
  if (!existsSync(path)) {
    info(`${inputs.changelogPath} does not exist; the body says the notes are still to come.`)
    return undefined
  }
  const section = readReleaseSection(readFileSync(path, 'utf8'), version)
  if (!section) info(`${inputs.changelogPath} has no [${version}] section yet.`)
  return section?.body
}

async function reportAutoMerge(
  outcome: AutoMergeOutcome,
  number: number,
  base: string
): Promise<void> {
  if (outcome.result !== 'unavailable') {
    const said = outcome.result === 'enabled' ? 'enabled' : 'already on'
    info(`Auto-merge with a merge commit ${said} on #${number}.`)
    await appendSummary(
      `Auto-merge: ${said} (merge commit): approval merges it into \`${base}\`.\n`
    )
    return
  }
  const message =
    `GitHub did not enable auto-merge on #${number}: ${outcome.reason}. ` +
    (outcome.setting
      ? 'Allow auto-merge in the repository settings (General → Pull Requests), or set auto-merge: false.'
      : `Merge it with "Create a merge commit" once approved (never squash or rebase into \`${base}\`).`)
  if (outcome.setting) {
    error(message, undefined, 'open-release-pr: auto-merge')
    markFailed()
  } else {
    warning(message)
  }
  await appendSummary(`Auto-merge: not enabled: ${outcome.reason}.\n`)
}
