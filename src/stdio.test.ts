import { describe, expect, test } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DescriptorWriter, writeAll } from './stdio.js'

function eagain(): NodeJS.ErrnoException {
  return Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), {
    code: 'EAGAIN'
  })
}

describe('writeAll', () => {
  test('resumes after partial writes and a full non-blocking pipe, losing and repeating nothing', () => {
    const written: string[] = []
    const answers = [3, 'EAGAIN', 'EAGAIN', 4, 100] as const
    let call = 0
    writeAll(1, Buffer.from('::error::boom\n'), (_fd, data) => {
      const answer = answers[call++]
      if (answer === 'EAGAIN') throw eagain()
      const n = Math.min(answer, data.length)
      written.push(Buffer.from(data.subarray(0, n)).toString())
      return n
    })
    expect(written.join('')).toBe('::error::boom\n')
    expect(written).toEqual(['::e', 'rror', '::boom\n'])
  })

  test('any other error is thrown', () => {
    const broken = Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' })
    expect(() =>
      writeAll(1, Buffer.from('x'), () => {
        throw broken
      })
    ).toThrow('EPIPE')
  })
})

describe('DescriptorWriter', () => {
  test('writes strings and bytes to its descriptor in order, calling back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ra-stdio-'))
    const file = join(dir, 'out')
    const fd = openSync(file, 'w')
    const writer = new DescriptorWriter(fd)
    const calls: Array<Error | null | undefined> = []
    expect(writer.write('::add-mask::secret\n')).toBe(true)
    writer.write(Buffer.from('bytes\n'), (error) => calls.push(error))
    writer.write('68690a', 'hex', (error) => calls.push(error))
    closeSync(fd)
    const written = readFileSync(file, 'utf8')
    rmSync(dir, { recursive: true, force: true })
    expect(written).toBe('::add-mask::secret\nbytes\nhi\n')
    expect(calls).toEqual([null, null])
  })

  test('a failed write goes to the callback when there is one, else it is thrown', () => {
    const writer = new DescriptorWriter(987654)
    const calls: Array<Error | null | undefined> = []
    expect(writer.write('x', (error) => calls.push(error))).toBe(false)
    expect(calls[0]?.message).toMatch(/EBADF/)
    expect(() => writer.write('x')).toThrow(/EBADF/)
  })
})
