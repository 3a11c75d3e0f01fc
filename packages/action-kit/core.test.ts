/**
 * Our runner protocol against the reference: the same calls through @actions/core's public
 * functions and through ours write the same bytes to stdout, `$GITHUB_OUTPUT` and the summary.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import * as reference from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as ours from './core.js'
import { parseAnnotations, parseOutputFile, workflowCommands } from '../../test/kit/runner-files.js'

const HOSTILE = [
  'plain text',
  'percent 100% and %0A already escaped',
  'line one\nline two\r\nline three',
  'colons: and, commas',
  '::error::injected',
  ''
]

function captureStdout(body: () => void): string {
  const written: string[] = []
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
      return true
    })
  try {
    body()
  } finally {
    spy.mockRestore()
  }
  return written.join('')
}

describe('workflow commands on stdout', () => {
  test.each(HOSTILE)('annotations of %j are byte for byte what @actions/core writes', (message) => {
    const location = { file: 'src/a,b:c.py', line: 3, col: 7 }
    expect(captureStdout(() => ours.error(message, location, 'bump-version: invalid file'))).toBe(
      captureStdout(() =>
        reference.error(message, {
          file: location.file,
          startLine: location.line,
          startColumn: location.col,
          title: 'bump-version: invalid file'
        })
      )
    )
    expect(captureStdout(() => ours.warning(message))).toBe(
      captureStdout(() => reference.warning(message))
    )
    expect(captureStdout(() => ours.notice(message))).toBe(
      captureStdout(() => reference.notice(message))
    )
    expect(captureStdout(() => ours.debug(message))).toBe(
      captureStdout(() => reference.debug(message))
    )
  })

  test('an annotation reads back with its file, line, title and whole message', () => {
    const out = captureStdout(() =>
      ours.error('bad\nversion: 1,2', { file: 'pkg/setup.py', line: 12 }, 'a: b')
    )
    expect(parseAnnotations(out)).toEqual([
      {
        level: 'error',
        message: 'bad\nversion: 1,2',
        file: 'pkg/setup.py',
        line: 12,
        title: 'a: b'
      }
    ])
  })

  test('a log line that would be a command is printed between stop-commands, running nothing', () => {
    const out = captureStdout(() => ours.info('version 1.2.3\n::add-mask::x\n##[error]y'))
    expect(out).toContain('::add-mask::x')
    expect(workflowCommands(out)).toEqual([])
  })

  test('groups and masks are the reference commands', async () => {
    const ourGroup: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      ourGroup.push(String(chunk))
      return true
    })
    try {
      await ours.group('Fetch history', () => Promise.resolve())
      ours.setSecret('s3cret-value')
      const mine = ourGroup.splice(0).join('')
      await reference.group('Fetch history', () => Promise.resolve())
      reference.setSecret('s3cret-value')
      expect(mine).toBe(ourGroup.join(''))
    } finally {
      spy.mockRestore()
    }
  })
})

describe('runner files', () => {
  let dir: string
  const saved = { ...process.env }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ra-core-'))
  })
  afterEach(() => {
    process.env = { ...saved }
    rmSync(dir, { recursive: true, force: true })
  })

  test('outputs: the same heredoc blocks as @actions/core, read back whole', () => {
    const values = { version: '1.3.0', notes: '## Added\n- a\n- b', empty: '', n: 42 }
    for (const who of ['ours', 'reference'] as const) {
      const file = join(dir, `output-${who}`)
      writeFileSync(file, '')
      process.env.GITHUB_OUTPUT = file
      for (const [name, value] of Object.entries(values))
        (who === 'ours' ? ours.setOutput : reference.setOutput)(name, value)
    }
    const strip = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
    const mine = readFileSync(join(dir, 'output-ours'), 'utf8')
    expect(strip(mine)).toBe(strip(readFileSync(join(dir, 'output-reference'), 'utf8')))
    expect(parseOutputFile(mine)).toEqual({
      version: '1.3.0',
      notes: '## Added\n- a\n- b',
      empty: '',
      n: '42'
    })
  })

  test('a value that holds the delimiter drawn first gets another, and cannot end its block early', () => {
    const file = join(dir, 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    // The first draw is predicted and planted in the value, as a line of its own followed by an
    // output of the attacker's; the draw after it differs.
    const first = `ghadelimiter_${'8000000000000'.repeat(3)}`
    const draws = [0.5, 0.5, 0.5, 0.25, 0.25, 0.25]
    const spy = jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.75)
    const hostile = `notes\n${first}\nresult<<EOF\nupdated\nEOF`
    try {
      ours.setOutput('notes', hostile)
      ours.setOutput('tag', 'v1.3.0')
    } finally {
      spy.mockRestore()
    }
    const written = readFileSync(file, 'utf8')
    expect(written.split('\n')[0]).toMatch(/^notes<<ghadelimiter_[0-9a-f]{39}$/)
    expect(written.split('\n')[0]).not.toBe(`notes<<${first}`)
    expect(parseOutputFile(written)).toEqual({ notes: hostile, tag: 'v1.3.0' })
  })

  test('without $GITHUB_OUTPUT: the legacy set-output command, as @actions/core writes it', () => {
    delete process.env.GITHUB_OUTPUT
    expect(captureStdout(() => ours.setOutput('tag', 'v1.3.0'))).toBe(
      captureStdout(() => reference.setOutput('tag', 'v1.3.0'))
    )
  })

  test('the job summary is appended, masked values replaced', async () => {
    const file = join(dir, 'summary')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    captureStdout(() => ours.setSecret('hunter2-token'))
    await ours.appendSummary('| a | hunter2-token |')
    await ours.appendSummary('second')
    expect(readFileSync(file, 'utf8')).toBe('# before\n| a | *** |\nsecond\n')
  })
})
