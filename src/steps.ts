/**
 * Every action of the suite, by the name users give as `step:` and as `actions/<name>`.
 * Each is loaded only when it runs, so one action's dependencies never slow another's start.
 */
export interface StepModule {
  run(): Promise<void>
}

export const STEPS = {
  'back-merge': () => import('../actions/back-merge/src/index.js'),
  'bump-version': () => import('../actions/bump-version/src/index.js'),
  'close-milestone': () => import('../actions/close-milestone/src/index.js'),
  'create-tag': () => import('../actions/create-tag/src/index.js'),
  deploy: () => import('../actions/deploy/src/index.js'),
  monitor: () => import('../actions/monitor/src/index.js'),
  notify: () => import('../actions/notify/src/index.js'),
  'open-release-pr': () => import('../actions/open-release-pr/src/index.js'),
  preflight: () => import('../actions/preflight/src/index.js'),
  'run-integration': () => import('../actions/run-integration/src/index.js'),
  'start-release': () => import('../actions/start-release/src/index.js'),
  'update-changelog': () => import('../actions/update-changelog/src/index.js')
} satisfies Record<string, () => Promise<StepModule>>

export type StepName = keyof typeof STEPS

export function isStepName(name: string): name is StepName {
  return Object.hasOwn(STEPS, name)
}
