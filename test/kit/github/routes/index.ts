import type { FakeGitHub } from '../server.js'
import { registerDeploymentRoutes } from './deployments.js'
import { registerGitRoutes } from './git.js'
import { registerReleaseRoutes } from './releases.js'
import { registerRepoRoutes } from './repos.js'

/**
 * Every route area of the fake GitHub, one file each. To add an area: write
 * `routes/<area>.ts` exporting `register<Area>Routes(server)`, call it here, keep its state in
 * `RepoState` (state.ts), and add a sample request per route to conformance.test.ts.
 */
export function registerAllRoutes(server: FakeGitHub): void {
  registerRepoRoutes(server)
  registerGitRoutes(server)
  registerReleaseRoutes(server)
  registerDeploymentRoutes(server)
  // Still to come, one file each:
  // registerPullRoutes(server)             routes/pulls.ts       state.pulls (pull-object.ts builds them)
  // registerIssueRoutes(server)            routes/issues.ts      state.issues, milestones, labels
  // registerBranchProtectionRoutes(server) routes/branches.ts    state.branchProtection
}
