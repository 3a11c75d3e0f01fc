/**
 * What a test run makes once and keeps for all its tests (fixture templates: templates.ts;
 * checkouts: checkouts.ts), in the run's own temp directory, which global-setup.ts makes and
 * global-teardown.ts removes with everything in it. Outside a Jest run nothing is kept.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** Set by global-setup.ts to the run's temp directory. */
const SUITE_TMP = 'RELEASE_ACTIONS_SUITE_TMP'
/** The one entry of the run's temp directory that global-teardown.ts expects to find. */
const KEPT_DIR = 'ra-templates'

/** The directory `name` under what the run keeps, or undefined outside a Jest run. */
export function keptPath(...name: string[]): string | undefined {
  const suiteTmp = process.env[SUITE_TMP]
  return suiteTmp ? join(suiteTmp, KEPT_DIR, ...name) : undefined
}

/**
 * Puts a directory in place at `dir`, complete once it holds `marker`: `fill` writes it into a
 * directory of its own, which is then renamed to `dir`. Two workers may keep the same thing at
 * once: the loser's rename fails on the winner's directory and its own is thrown away.
 */
export function keep(dir: string, marker: string, fill: (holder: string) => void): void {
  mkdirSync(join(dir, '..'), { recursive: true })
  const holder = mkdtempSync(join(dir, '..', 'keeping-'))
  try {
    fill(holder)
    try {
      renameSync(holder, dir)
    } catch (error) {
      if (!existsSync(join(dir, marker))) throw error
    }
  } finally {
    rmSync(holder, { recursive: true, force: true })
  }
}
