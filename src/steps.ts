/**
 * Every action of the suite, by the name users give as `step:` and as `actions/<name>`.
 * Each is loaded only when it runs, so one action's dependencies never slow another's start.
 */
export interface StepModule {
  run(): Promise<void>
}

export const STEPS = {
  'back-merge': () =>
    import(/* webpackChunkName: "back-merge" */ '../actions/back-merge/src/index.js'),
  'bump-version': () =>
    import(/* webpackChunkName: "bump-version" */ '../actions/bump-version/src/index.js'),
  'close-milestone': () =>
    import(/* webpackChunkName: "close-milestone" */ '../actions/close-milestone/src/index.js'),
  'create-tag': () =>
    import(/* webpackChunkName: "create-tag" */ '../actions/create-tag/src/index.js'),
  deploy: () => import(/* webpackChunkName: "deploy" */ '../actions/deploy/src/index.js'),
  monitor: () => import(/* webpackChunkName: "monitor" */ '../actions/monitor/src/index.js'),
  notify: () => import(/* webpackChunkName: "notify" */ '../actions/notify/src/index.js'),
  'open-release-pr': () =>
    import(/* webpackChunkName: "open-release-pr" */ '../actions/open-release-pr/src/index.js'),
  preflight: () => import(/* webpackChunkName: "preflight" */ '../actions/preflight/src/index.js'),
  'run-integration': () =>
    import(/* webpackChunkName: "run-integration" */ '../actions/run-integration/src/index.js'),
  'start-release': () =>
    import(/* webpackChunkName: "start-release" */ '../actions/start-release/src/index.js'),
  'update-changelog': () =>
    import(/* webpackChunkName: "update-changelog" */ '../actions/update-changelog/src/index.js')
} satisfies Record<string, () => Promise<StepModule>>

export type StepName = keyof typeof STEPS

export function isStepName(name: string): name is StepName {
  return Object.hasOwn(STEPS, name)
}
