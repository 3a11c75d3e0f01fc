/**
 * The released project on GitHub, as deploy and monitor find it after create-tag: the released
 * repo (real git) with a checkout of main, the loopback GitHub over its origin holding releases
 * v1.2.0 and v1.3.0 (Latest), and readers of the books (deployment states, release bodies,
 * Latest).
 */
import { callApi } from './github/api-client.js'
import { seedDeployment } from './github/deployment-objects.js'
import { FakeGitHub } from './github/index.js'
import { createReleasedRepo } from './released-project.js'

export interface ReleasedWorld {
  repo: ReturnType<typeof createReleasedRepo>
  /** A checkout of main. */
  workspace: string
  github: FakeGitHub
  v120: { id: number }
  v130: { id: number }
  /** Seeds a production deployment (task `deploy`) of `version` with these statuses; its id. */
  deployment: (version: string, ...states: string[]) => Promise<number>
  /** The states posted to deployment `id`, in order. */
  states: (id: number) => string[]
  /** The body of release `id`. */
  body: (id: number) => string
  /** The tag of the Latest release. */
  latest: () => Promise<string>
}

/** Builds the world; what it starts is stopped by the functions it pushes onto `cleanups`. */
export async function releasedWorld(
  cleanups: Array<() => Promise<void> | void>
): Promise<ReleasedWorld> {
  const repo = createReleasedRepo()
  cleanups.push(() => repo.sandbox.cleanup())
  const workspace = repo.sandbox.checkout('ws-main', 'main')
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  cleanups.push(() => github.stop())
  const releases = `/repos/${github.owner}/${github.repo}/releases`
  const release = async (tag: string, body: string) =>
    (await callApi(github, 'POST', releases, { tag_name: tag, name: tag.slice(1), body })).body as {
      id: number
    }
  const v120 = await release('v1.2.0', '### Added\n- Initial release')
  const v130 = await release('v1.3.0', '### Added\n- New feature X (JIRA-1234)')
  return {
    repo,
    workspace,
    github,
    v120,
    v130,
    deployment: (version, ...states) => seedDeployment(github, { version, states, task: 'deploy' }),
    states: (id) => (github.state.deploymentStatuses.get(id) ?? []).map((s) => s.state),
    body: (id) => String(github.state.releases.find((r) => r.id === id)?.body),
    latest: async () =>
      ((await callApi(github, 'GET', `${releases}/latest`)).body as { tag_name: string }).tag_name
  }
}
