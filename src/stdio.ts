/**
 * The runner reads an action's stdout and stderr through pipes, and for a pipe Node builds
 * `process.stdout` as a socket on first use: 1-2 ms, a tenth of Node's whole start, paid by
 * every action for its first log line. The suite owns its process, so it puts in their place
 * writers that write straight to the file descriptor, synchronously and in order, as Node's own
 * stdio does for a file. Everything that logs (our core, @actions/core, @actions/exec, console)
 * goes through them. They are event emitters, not `stream.Writable`s: loading node:stream
 * would cost most of what this saves.
 */
import { EventEmitter } from 'node:events'
import { writeSync } from 'node:fs'

let pause: Int32Array | undefined

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
      pause ??= new Int32Array(new SharedArrayBuffer(4))
      Atomics.wait(pause, 0, 0, 1) // the reader is behind: give it a millisecond
    }
  }
}

type Callback = (error?: Error | null) => void

/** What the suite and its libraries use of process.stdout: `write`, events, `fd`. */
export class DescriptorWriter extends EventEmitter {
  readonly isTTY = false
  readonly writable = true

  constructor(readonly fd: number) {
    super()
  }

  write(
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | Callback,
    done?: Callback
  ): boolean {
    const callback = typeof encoding === 'function' ? encoding : done
    const data =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : chunk
    try {
      writeAll(this.fd, data)
    } catch (error) {
      if (!callback) throw error
      callback(error as Error)
      return false
    }
    callback?.(null)
    return true
  }
}

/** Replaces process.stdout and process.stderr before anything has written to them. */
export function useDirectStdio(): void {
  for (const [name, fd] of [
    ['stdout', 1],
    ['stderr', 2]
  ] as const) {
    const writer = new DescriptorWriter(fd)
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get: () => writer
    })
  }
}
