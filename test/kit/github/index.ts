export { FakeGitHub } from './server.js'
export type {
  AccessLevel,
  Fault,
  PermissionRule,
  FakeGitHubOptions,
  Permission,
  RecordedRequest,
  RequestMatch,
  RouteContext,
  RouteHandler,
  RouteResult,
  TokenGrant
} from './types.js'
export { nextId, nextNumber, nextMilestoneNumber } from './state.js'
export type {
  RepoState,
  Release,
  ApiTagObject,
  RepositorySettings,
  Ruleset,
  RulesetRule
} from './state.js'
export { ApiError, notFound, validationFailed, unprocessable } from './api-error.js'
export { paginate } from './pagination.js'
export { seedPullRequest, pullRequestObject } from './pull-object.js'
export type { PullRequest, PullRequestInit } from './pull-object.js'
export { simpleUser, nodeId } from './objects.js'
export type { SimpleUser, GitIdentity } from './objects.js'
export { seedIssue, seedLabel, seedMilestone, issueItems } from './issue-objects.js'
export type {
  Issue,
  IssueComment,
  IssueInit,
  IssueLike,
  Label,
  Milestone,
  MilestoneInit
} from './issue-objects.js'
export { protectBranch, addRuleset, rulesForBranch } from './routes/branches.js'
export type { BranchProtectionInit } from './routes/branches.js'
export { installApp } from './routes/apps.js'
export { enforceSignedPushes, signatureRequirement } from './signing.js'
export type { InstalledApp } from './state.js'
