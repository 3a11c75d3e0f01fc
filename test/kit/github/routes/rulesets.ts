import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult, TokenGrant } from '../types.js'
import type { Ruleset } from '../state.js'
import { notFound } from '../api-error.js'
import { repoApiUrl, repoHtmlUrl } from '../objects.js'
import { paginate } from '../pagination.js'
import { REPO } from './support.js'

/**
 * The repository's rulesets as anyone who can read it sees them (schema repository-ruleset):
 * the list without conditions and rules, one ruleset in full; `current_user_can_bypass` says
 * whether the asking token is on the ruleset's bypass list. Bypass lists themselves are shown
 * only to admins, and the fake's tokens are none.
 */
export function registerRulesetRoutes(server: FakeGitHub): void {
  server.route('GET', `${REPO}/rulesets`, listRulesets, ['metadata', 'read'])
  server.route('GET', `${REPO}/rulesets/{ruleset_id}`, getRuleset, ['metadata', 'read'])
}

function summary(ctx: RouteContext, ruleset: Ruleset) {
  const { server } = ctx
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target,
    source_type: 'Repository',
    source: `${server.owner}/${server.repo}`,
    enforcement: ruleset.enforcement,
    node_id: `RRS_${Buffer.from(`ruleset:${ruleset.id}`).toString('base64url')}`,
    _links: {
      self: { href: `${repoApiUrl(server)}/rulesets/${ruleset.id}` },
      html: { href: `${repoHtmlUrl(server)}/rules/${ruleset.id}` }
    },
    created_at: server.state.repository.created_at,
    updated_at: server.state.repository.created_at
  }
}

function canBypass(ruleset: Ruleset, grant: TokenGrant): 'always' | 'never' {
  return ruleset.bypass?.includes(grant.kind as 'app') ? 'always' : 'never'
}

function listRulesets(ctx: RouteContext): RouteResult {
  const targets = (ctx.query.targets ?? '').split(',').filter(Boolean)
  const chosen = ctx.server.state.rulesets.filter(
    (r) => targets.length === 0 || targets.includes(r.target)
  )
  return paginate(
    ctx,
    chosen.map((r) => ({ ...summary(ctx, r), current_user_can_bypass: canBypass(r, ctx.grant) }))
  )
}

function getRuleset(ctx: RouteContext): RouteResult {
  const ruleset = ctx.server.state.rulesets.find((r) => String(r.id) === ctx.params.ruleset_id)
  if (!ruleset) throw notFound()
  return {
    status: 200,
    body: {
      ...summary(ctx, ruleset),
      current_user_can_bypass: canBypass(ruleset, ctx.grant),
      conditions: ruleset.conditions,
      rules: ruleset.rules
    }
  }
}
