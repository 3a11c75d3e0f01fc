import type { FakeGitHub } from '../server.js'
import { registerBranchRoutes } from './branches.js'
import { registerDeploymentRoutes } from './deployments.js'
import { registerGitRoutes } from './git.js'
import { registerIssueRoutes } from './issues.js'
import { registerLabelRoutes } from './labels.js'
import { registerMergeRoutes } from './merges.js'
import { registerAppRoutes } from './apps.js'
import { registerMilestoneRoutes } from './milestones.js'
import { registerPullRoutes } from './pulls.js'
import { registerReleaseRoutes } from './releases.js'
import { registerRepoRoutes } from './repos.js'
import { registerRulesetRoutes } from './rulesets.js'

/**
 * Every route area of the fake GitHub, one file each. To add an area: write
 * `routes/<area>.ts` exporting `register<Area>Routes(server)`, call it here, keep its state in
 * `RepoState` (state.ts), and add a sample request per route to conformance.test.ts.
 */
export function registerAllRoutes(server: FakeGitHub): void {
  registerRepoRoutes(server)
  registerGitRoutes(server)
  registerReleaseRoutes(server)
  registerPullRoutes(server)
  registerIssueRoutes(server)
  registerMilestoneRoutes(server)
  registerLabelRoutes(server)
  registerBranchRoutes(server)
  registerRulesetRoutes(server)
  registerDeploymentRoutes(server)
  registerMergeRoutes(server)
  registerAppRoutes(server)
}
