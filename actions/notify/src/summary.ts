import { codeBlock, resultLine } from '../../../packages/action-kit/summary.js'

/** The job summary; it names the release link, never the webhook (a secret). */
export function notifySummary(args: {
  result: 'success' | 'failure' | 'dry-run' | 'unchanged'
  format: string
  url: string
  payload: unknown
  failure?: Error
}): string {
  const what = `the ${args.format} announcement of [the release](${args.url})`
  const detail =
    args.result === 'success'
      ? `Posted ${what} to the webhook.`
      : args.result === 'dry-run'
        ? `Would post ${what} to the webhook (payload below).`
        : args.result === 'unchanged'
          ? `Already posted ${what} to the webhook; not posted again (set 'repost: true' to post again).`
          : `The webhook refused ${what}: ${args.failure?.message ?? ''}`
  let body = resultLine('notify', args.result, detail)
  body += `<details><summary>Payload</summary>\n\n${codeBlock(JSON.stringify(args.payload, null, 2), 'json')}\n</details>\n`
  return body
}
