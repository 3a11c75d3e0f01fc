import { codeBlock, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { BumpResult } from '../../../packages/release/bump-version.js'
import type { ReleaseTarget } from '../../../packages/release/target.js'

export function bumpSummary(
  target: ReleaseTarget,
  result: BumpResult,
  previous: string | undefined
): string {
  const source = {
    input: "the 'version' input",
    branch: `branch ${target.branch ?? ''}`,
    merge: 'the merged release branch'
  }[target.source]
  const detail =
    result.result === 'unchanged'
      ? `Every version file already says **${target.version}** (from ${source}); no commit.`
      : `**${previous ?? '(none)'} → ${target.version}** (from ${source}, ${target.kind}; latest tag ${target.latest?.name ?? 'none'}).` +
        (result.commitSha
          ? ` Commit \`${result.commitSha.slice(0, 12)}\`${result.pushed ? ` pushed to \`${target.branch ?? ''}\`` : ''}.`
          : '') +
        (result.replays > 0 ? ` Replayed on top of ${result.replays} concurrent push(es).` : '')
  let body = resultLine('bump-version', result.result, detail)
  if (result.changes.length > 0) {
    body += table(
      ['File', 'Was', 'Now'],
      result.changes.map((c) => [c.file, c.from, target.version])
    )
    const diff = result.changes
      .flatMap((c) => [
        `--- ${c.file}`,
        `+++ ${c.file}`,
        ...c.lines.flatMap((l) => [`@@ line ${l.line} @@`, `-${l.before}`, `+${l.after}`])
      ])
      .join('\n')
    body += `\n${codeBlock(diff, 'diff')}`
  }
  return body
}

/** The summary of a project whose version is derived from the tag: nothing written. */
export function derivedSummary(target: ReleaseTarget, from: string[]): string {
  return resultLine(
    'bump-version',
    'derived',
    `The version is derived from the git tag at build time (${from.join(', ')}); nothing to ` +
      `write. The release tag **${target.tag}** will be version **${target.version}**.`
  )
}
