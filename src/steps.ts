/**
 * Every action of the suite, by the name users give as `step:` and as `actions/<name>`.
 * Each is loaded only when it runs, so one action's dependencies never slow another's start.
 */
export interface StepModule {
  run(): Promise<void>
}

export const STEPS = {
  'bump-version': () => import('../actions/bump-version/src/index.js'),
  'close-milestone': () => import('../actions/close-milestone/src/index.js'),
  notify: () => import('../actions/notify/src/index.js')
} satisfies Record<string, () => Promise<StepModule>>

export type StepName = keyof typeof STEPS

export function isStepName(name: string): name is StepName {
  return Object.hasOwn(STEPS, name)
}
