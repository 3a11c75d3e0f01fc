// Holds every third-party action pinned in the workflows and docs we ship
// (`uses: owner/name@<40-hex sha> # <tag>`) to scripts/action-pins.json: the SHA must be one the
// table records as checked, and the comment must name the tag the table says that commit is.
// `--online` also asks GitHub (git ls-remote) that each tag still points at its recorded commit.
// Usage: node scripts/check-action-pins.mjs [--online] [files...]   (default: the shipped files)
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const { pins } = JSON.parse(readFileSync(join(root, 'scripts', 'action-pins.json'), 'utf8'))
const args = process.argv.slice(2)
const online = args.includes('--online')
const given = args.filter((a) => a !== '--online')

/** The files a user runs or copies: workflows, examples, READMEs, SECURITY.md. */
function shippedFiles() {
  const dirs = ['.github/workflows', 'examples/workflows']
  const files = dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(root, dir, f))
  )
  files.push(join(root, 'README.md'), join(root, 'SECURITY.md'))
  for (const name of readdirSync(join(root, 'actions')))
    files.push(join(root, 'actions', name, 'README.md'))
  return files.filter((f) => existsSync(f))
}

const USES = /uses:\s*['"]?([\w.-]+\/[\w.-]+)(?:\/[^@\s'"]*)?@([0-9a-f]{40})['"]?(?:\s*#\s*(\S+))?/g
const problems = []
let count = 0
for (const file of given.length > 0 ? given : shippedFiles()) {
  const lines = readFileSync(file, 'utf8').split('\n')
  for (const [index, line] of lines.entries()) {
    for (const [, action, sha, comment] of line.matchAll(USES)) {
      count++
      const shown = relative(root, file)
      const where = `${shown.startsWith('..') ? file : shown}:${index + 1}`
      const pin = pins.find((p) => p.action === action && p.sha === sha)
      if (!pin) {
        const known = pins.find((p) => p.action === action)
        problems.push(
          `${where}: ${action}@${sha} is not a verified pin` +
            (known
              ? ` (the table has ${known.tag} = ${known.sha})`
              : ' (not in scripts/action-pins.json)')
        )
      } else if (comment !== pin.tag) {
        problems.push(
          `${where}: ${action}@${sha} is ${pin.tag}, but its comment says ${comment ?? '(nothing)'}`
        )
      }
    }
  }
}

if (online) {
  for (const pin of pins) {
    const out = execFileSync(
      'git',
      [
        'ls-remote',
        `https://github.com/${pin.action}.git`,
        `refs/tags/${pin.tag}`,
        `refs/tags/${pin.tag}^{}`
      ],
      { encoding: 'utf8' }
    )
    const refs = Object.fromEntries(
      out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t').reverse())
    )
    const commit = refs[`refs/tags/${pin.tag}^{}`] ?? refs[`refs/tags/${pin.tag}`]
    if (commit !== pin.sha)
      problems.push(
        `${pin.action} ${pin.tag} is ${commit ?? '(no such tag)'} on GitHub, the table says ${pin.sha}`
      )
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(
  `${count} pinned uses: match scripts/action-pins.json (${pins.map((p) => `${p.action} ${p.tag}`).join(', ')})` +
    (online ? '; every tag checked on GitHub.' : '.')
)
