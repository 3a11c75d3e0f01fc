/**
 * Deployments as an earlier pipeline left them, made through the fake's own API (so their
 * shape is the routes' shape): one call per deployment and one per status.
 */
import { callApi } from './api-client.js'
import type { FakeGitHub } from './server.js'

export interface DeploymentInit {
  version: string
  /** The ref deployed; default `v<version>`. */
  ref?: string
  environment?: string
  /** The statuses posted in order, e.g. ['success', 'inactive']. */
  states?: string[]
  task?: string
}

/** Creates the deployment with `payload.version` and posts its statuses; returns its id. */
export async function seedDeployment(server: FakeGitHub, init: DeploymentInit): Promise<number> {
  const path = `/repos/${server.owner}/${server.repo}/deployments`
  const created = await callApi(server, 'POST', path, {
    ref: init.ref ?? `v${init.version}`,
    environment: init.environment ?? 'production',
    ...(init.task ? { task: init.task } : {}),
    payload: { version: init.version },
    auto_merge: false,
    required_contexts: []
  })
  const id = created.body.id as number
  for (const state of init.states ?? []) {
    await callApi(server, 'POST', `${path}/${id}/statuses`, { state })
  }
  return id
}
