/**
 * What the token may do in the repository, judged from what the API says without writing
 * anything: the role flags of `GET /repos/{owner}/{repo}` (`permissions.push`, ...) and, for a
 * classic PAT, its OAuth scopes (`x-oauth-scopes`). Only what is certainly missing is "missing".
 */
import type { MergeSettings } from './merge-methods.js'
import type { TokenKind } from './token-kind.js'
import { neededPermissions, type Stage, type WorkflowPermission } from './stages.js'

/** The repository answer's role flags, as GitHub returns them for the caller. */
export interface RoleFlags {
  admin: boolean
  maintain?: boolean
  push: boolean
  triage?: boolean
  pull: boolean
}

export interface RepositoryAccess {
  /** Undefined when the repository answer carried no `permissions`. */
  role?: RoleFlags
  /** A classic PAT's scopes; undefined when the answer had no `x-oauth-scopes` header. */
  scopes?: string[]
  private: boolean
  /** Pull request merge settings; undefined when GitHub did not show them to this token. */
  mergeSettings?: MergeSettings
}

export type PermissionStatus = 'held' | 'missing' | 'unverified'

export interface PermissionAssessment {
  permission: WorkflowPermission
  stages: Stage[]
  status: PermissionStatus
  reason: string
}

/** Kinds whose access is granted permission by permission, below the actor's role. */
const PER_PERMISSION_KINDS: readonly TokenKind[] = ['github-token', 'app', 'fine-grained-pat']

function roleName(role: RoleFlags): string {
  if (role.admin) return 'admin'
  if (role.maintain) return 'maintain'
  if (role.push) return 'write'
  if (role.triage) return 'triage'
  return role.pull ? 'read' : 'none'
}

/** Whether the role allows a write of this permission at all. */
function roleAllows(permission: WorkflowPermission, role: RoleFlags): boolean {
  if (permission === 'issues' || permission === 'pull-requests') {
    return role.push || role.triage === true
  }
  return role.push
}

/** Judges one needed write permission; see the module comment for the sources. */
function assess(
  permission: WorkflowPermission,
  kind: TokenKind,
  access: RepositoryAccess
): { status: PermissionStatus; reason: string } {
  if (kind === 'classic-pat' && access.scopes) {
    const scoped =
      access.scopes.includes('repo') || (!access.private && access.scopes.includes('public_repo'))
    if (!scoped) {
      const scopes = access.scopes.length > 0 ? access.scopes.join(', ') : 'none'
      return {
        status: 'missing',
        reason: `the classic PAT lacks the ${access.private ? 'repo' : 'repo (or public_repo)'} scope (its scopes: ${scopes})`
      }
    }
  }
  if (!access.role) {
    return {
      status: 'unverified',
      reason: 'the repository answer did not say what this token may do'
    }
  }
  const role = roleName(access.role)
  if (!roleAllows(permission, access.role)) {
    return { status: 'missing', reason: `the token's access to the repository is ${role}` }
  }
  if (permission === 'contents') {
    return { status: 'held', reason: `the token may push (access: ${role})` }
  }
  if (PER_PERMISSION_KINDS.includes(kind)) {
    return {
      status: 'unverified',
      reason: `allowed by the token's access (${role}), but GitHub does not show a single permission of this kind of token without writing`
    }
  }
  return { status: 'held', reason: `the token's access is ${role}` }
}

/** Every write permission the stages need, judged against what the token may do. */
export function assessPermissions(
  stages: readonly Stage[],
  kind: TokenKind,
  access: RepositoryAccess
): PermissionAssessment[] {
  return [...neededPermissions(stages)].map(([permission, needing]) => ({
    permission,
    stages: needing,
    ...assess(permission, kind, access)
  }))
}
