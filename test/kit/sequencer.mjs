// Jest's own order of test files, with one change for a run that has no timings yet (a fresh
// clone, as CI runs): the files that run whole pipelines, then those that run actions as child
// processes, go first. Without timings Jest orders by file size, and a short file that runs a
// whole release (test/e2e, test/workflows: 25-30 s each) could start last and run alone while the
// other worker idled; measured on a fresh clone, the last 21 s of the run. Once Jest has timings
// (any later run on the same checkout), its longest-first order stands.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import jestSequencer from '@jest/test-sequencer'

const { default: TestSequencer } = jestSequencer

/** Where a file's tests start whole pipelines. */
const PIPELINES = /^test\/(?:e2e|workflows)\//
/** The test kit's ways of running an action or a workflow as the runner does. */
const CHILD_PROCESSES = /\b(?:invokeAction|runWorkflow|releasedWorld)\(/

export default class PipelinesFirst extends TestSequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    if (sorted.some((test) => test.duration != null)) return sorted
    const weight = (test) => {
      const path = relative(test.context.config.rootDir, test.path)
      if (PIPELINES.test(path)) return 2
      return CHILD_PROCESSES.test(readFileSync(test.path, 'utf8')) ? 1 : 0
    }
    const weights = new Map(sorted.map((test) => [test, weight(test)]))
    // Array sort is stable: within a weight, Jest's order (largest file first) is kept.
    return [...sorted].sort((a, b) => weights.get(b) - weights.get(a))
  }
}
