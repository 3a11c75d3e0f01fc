/**
 * The runner reads an action's stdout and stderr through pipes, and for a pipe Node builds
 * `process.stdout` as a socket on first use: ~2 ms, a tenth of Node's whole start, paid by every
 * action for its first log line. The suite owns its process, so it puts in their place streams
 * that write straight to the file descriptor, synchronously, in order, as Node's own stdio does
 * for a file. Everything that logs (our core, @actions/core, @actions/exec) goes through them.
 */
import { writeSync } from 'node:fs'
import { Writable } from 'node:stream'

const PAUSE = new Int32Array(new SharedArrayBuffer(4))

/** Writes all of `data` to `fd`, resuming after a partial write or a full non-blocking pipe. */
export function writeAll(
  fd: number,
  data: Uint8Array,
  write: (fd: number, data: Uint8Array) => number = writeSync
): void {
  let rest = data
  while (rest.length > 0) {
    try {
      rest = rest.subarray(write(fd, rest))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(PAUSE, 0, 0, 1) // the reader is behind: give it a millisecond
    }
  }
}

function descriptorStream(fd: number): Writable {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        writeAll(fd, chunk)
        done()
      } catch (error) {
        done(error as Error)
      }
    }
  })
  return Object.assign(stream, { fd, isTTY: false })
}

/** Replaces process.stdout and process.stderr before anything has written to them. */
export function useDirectStdio(): void {
  for (const [name, fd] of [
    ['stdout', 1],
    ['stderr', 2]
  ] as const) {
    const stream = descriptorStream(fd)
    Object.defineProperty(process, name, { configurable: true, enumerable: true, get: () => stream })
  }
}
