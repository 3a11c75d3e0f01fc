/**
 * The release stages (our action names) and what each needs of the token: the table behind
 * preflight's permission check and the `permissions:` block it suggests.
 */

export const STAGES = [
  'start-release',
  'bump-version',
  'update-changelog',
  'open-release-pr',
  'create-tag',
  'deploy',
  'run-integration',
  'monitor',
  'back-merge',
  'close-milestone',
  'notify'
] as const

export type Stage = (typeof STAGES)[number]

/** A repository permission as a workflow's `permissions:` block names it. */
export type WorkflowPermission = 'contents' | 'pull-requests' | 'deployments' | 'issues'

/** The write permissions each stage needs, and why; read access to contents is assumed. */
export const STAGE_PERMISSIONS: Record<
  Stage,
  Array<{ permission: WorkflowPermission; why: string }>
> = {
  'start-release': [
    { permission: 'contents', why: 'pushes the new release branch' },
    { permission: 'issues', why: 'creates the milestone' }
  ],
  'bump-version': [{ permission: 'contents', why: 'pushes the bump commit' }],
  'update-changelog': [{ permission: 'contents', why: 'pushes the CHANGELOG commit' }],
  'open-release-pr': [{ permission: 'pull-requests', why: 'opens the release PR' }],
  'create-tag': [{ permission: 'contents', why: 'creates the tag and the GitHub Release' }],
  deploy: [{ permission: 'deployments', why: 'records the GitHub Deployment and its statuses' }],
  'run-integration': [],
  monitor: [{ permission: 'deployments', why: 'marks the deployment on regression' }],
  'back-merge': [
    { permission: 'contents', why: 'pushes the merge to develop' },
    { permission: 'pull-requests', why: 'opens the fallback PR' }
  ],
  'close-milestone': [{ permission: 'issues', why: 'closes the milestone' }],
  // notify's record of its announcement (a ref) wants contents: write, but without it notify
  // warns and posts anyway: nothing here to hold a release up for.
  notify: []
}

/** Stages that push commits to the release (or hotfix) branch they run on. */
export const RELEASE_BRANCH_PUSHERS: readonly Stage[] = ['bump-version', 'update-changelog']
/** Stages that read the version files and fail when they disagree. */
export const VERSION_FILE_READERS: readonly Stage[] = ['bump-version']
/** Stages that read or rewrite CHANGELOG.md. */
export const CHANGELOG_READERS: readonly Stage[] = [
  'update-changelog',
  'open-release-pr',
  'create-tag'
]
/** Stages whose pushes or pull requests are meant to start other workflows (the release PR's checks). */
export const TRIGGERING_STAGES: readonly Stage[] = [
  'start-release',
  'bump-version',
  'update-changelog',
  'open-release-pr',
  'back-merge'
]

export function isStage(name: string): name is Stage {
  return (STAGES as readonly string[]).includes(name)
}

/** Each needed write permission with the stages (in pipeline order) that need it. */
export function neededPermissions(stages: readonly Stage[]): Map<WorkflowPermission, Stage[]> {
  const needed = new Map<WorkflowPermission, Stage[]>()
  for (const stage of STAGES) {
    if (!stages.includes(stage)) continue
    for (const { permission } of STAGE_PERMISSIONS[stage]) {
      needed.set(permission, [...(needed.get(permission) ?? []), stage])
    }
  }
  return needed
}

/** The job's `permissions:` block for these stages, as YAML a user pastes into the workflow. */
export function permissionsBlock(stages: readonly Stage[]): string {
  const needed = neededPermissions(stages)
  const lines = ['permissions:']
  if (!needed.has('contents')) lines.push('  contents: read')
  for (const permission of needed.keys()) lines.push(`  ${permission}: write`)
  return lines.join('\n')
}
