// Each benchmark writes its own section of bench/README.md, between `<!-- bench:NAME -->` and
// `<!-- /bench:NAME -->`, and leaves the rest of the file as it is: a run of one benchmark
// updates its table without erasing the others'. A section not yet in the file is appended.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

export const README = join(import.meta.dirname, 'README.md')

/** The machine line every section starts with: when, which Node, how loaded. */
export function runLine() {
  return (
    `Last run: ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ` +
    `${process.platform}-${process.arch}, load average ${loadavg()[0].toFixed(1)} when it ended ` +
    '(a shared machine: ratios are of one run, side by side).'
  )
}

/** The middle of the sorted values (the upper one of an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * The run line, then a table of each case's median and its ratio to `node -e 0`'s (a case of
 * `samples` by that name), for a section of interleaved runs.
 */
export function mediansTable(samples, runs) {
  const floor = median(samples['node -e 0'])
  return [
    runLine(),
    '',
    `Medians of ${runs} interleaved runs.`,
    '',
    '| what | median | vs node -e 0 |',
    '| --- | ---: | ---: |',
    ...Object.entries(samples).map(
      ([name, values]) =>
        `| ${name} | ${median(values).toFixed(0)} ms | ${(median(values) / floor).toFixed(2)}x |`
    )
  ]
}

/** Replaces (or appends) the section `name` of `file` with `lines`. */
export function writeSection(name, lines, file = README) {
  const open = `<!-- bench:${name} -->`
  const close = `<!-- /bench:${name} -->`
  const body = [open, ...lines, close].join('\n')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const start = text.indexOf(open)
  const end = text.indexOf(close)
  const next =
    start >= 0 && end > start
      ? text.slice(0, start) + body + text.slice(end + close.length)
      : `${text.trimEnd()}\n\n${body}\n`
  writeFileSync(file, next)
}
