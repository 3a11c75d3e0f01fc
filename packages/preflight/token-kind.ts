/** Telling what kind of token an action was given, from the token itself. */

export type TokenKind = 'github-token' | 'app' | 'classic-pat' | 'fine-grained-pat' | 'unknown'

export interface TokenIdentity {
  kind: TokenKind
  /** How the summary names the kind. */
  label: string
  /** Whether pushes and pull requests made with it start workflows; undefined when unknown. */
  triggersWorkflows: boolean | undefined
  /** Why the kind could not be told, when it could not. */
  warning?: string
}

const LABELS: Record<TokenKind, string> = {
  'github-token': 'GITHUB_TOKEN',
  app: 'GitHub App installation token',
  'classic-pat': 'classic personal access token',
  'fine-grained-pat': 'fine-grained personal access token',
  unknown: 'unknown kind of token'
}

function identity(kind: TokenKind, warning?: string): TokenIdentity {
  // GitHub does not start workflows for events the GITHUB_TOKEN caused (loops would follow).
  const triggersWorkflows = kind === 'unknown' ? undefined : kind !== 'github-token'
  return { kind, label: LABELS[kind], triggersWorkflows, warning }
}

/**
 * The kind of `token`: the GITHUB_TOKEN when it equals the workflow's own token
 * (`workflowToken`, from `${{ github.token }}`), else by GitHub's prefixes: `ghs_` an App
 * installation token, `ghp_` a classic PAT, `github_pat_` a fine-grained PAT.
 */
export function detectTokenKind(token: string, workflowToken: string | undefined): TokenIdentity {
  if (workflowToken && token === workflowToken) return identity('github-token')
  if (token.startsWith('github_pat_')) return identity('fine-grained-pat')
  if (token.startsWith('ghp_')) return identity('classic-pat')
  if (token.startsWith('ghs_')) {
    if (workflowToken) return identity('app')
    return identity(
      'unknown',
      "A ghs_ token is either the GITHUB_TOKEN or a GitHub App installation token; leave the 'github-token' input at its default (${{ github.token }}) so preflight can tell them apart."
    )
  }
  const prefix = /^[a-z]+_/.exec(token)?.[0]
  return identity(
    'unknown',
    `The token is not the GITHUB_TOKEN and its prefix (${prefix ?? 'none'}) is not one of ghs_ (App installation token), ghp_ (classic PAT), github_pat_ (fine-grained PAT); its kind is unknown.`
  )
}
