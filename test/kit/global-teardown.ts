import { readdirSync, rmSync } from 'node:fs'

/**
 * Fails the run when a test left anything in the run's temp directory (a sandbox not disposed,
 * a runner file not removed), then removes the directory either way.
 */
/** Set by global-setup.ts (Jest loads the two hooks on their own: no import between them). */
const SUITE_TMP = 'RELEASE_ACTIONS_SUITE_TMP'
/** The fixture templates the run built once for all tests (templates.ts): meant to stay to here. */
const TEMPLATES_DIR = 'ra-templates'

export default function globalTeardown(): void {
  const dir = process.env[SUITE_TMP]
  if (!dir) return
  delete process.env[SUITE_TMP]
  let left: string[] = []
  try {
    left = readdirSync(dir).filter((entry) => entry !== TEMPLATES_DIR)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  if (left.length > 0)
    throw new Error(
      `The tests left ${left.length} temp entr${left.length === 1 ? 'y' : 'ies'} behind: ${left.slice(0, 20).join(', ')}`
    )
}
