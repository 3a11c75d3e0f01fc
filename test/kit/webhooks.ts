/**
 * A loopback webhook receiver (Slack, Teams or any JSON endpoint) for the notify tests: real
 * HTTP on 127.0.0.1 (port 0), every POST recorded, answers scripted (404, 500 then 200, 429
 * with retry-after), and validators that check a payload against each format's rules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'

export interface ReceivedPost {
  method: string
  path: string
  headers: Record<string, string>
  raw: string
  /** The parsed JSON body; undefined when it was not JSON. */
  json: unknown
}

export interface ScriptedAnswer {
  status: number
  body?: string
  headers?: Record<string, string>
}

export class WebhookReceiver {
  readonly posts: ReceivedPost[] = []
  /** The secret part of the URL, as Slack's and Teams' webhooks carry their credential. */
  readonly secretPath = `/services/T0FAKE/B0FAKE/${randomBytes(12).toString('hex')}`
  private readonly script: ScriptedAnswer[] = []
  private http?: Server
  private port = 0

  private constructor(
    private readonly normal: ScriptedAnswer,
    private readonly scheme: 'http' | 'https'
  ) {}

  /**
   * Starts a receiver that answers `normal` (default 200 "ok", as Slack does) unless scripted;
   * over https with `tls` (a certificate the caller's client is told to trust).
   */
  static async start(
    normal: ScriptedAnswer = { status: 200, body: 'ok' },
    tls?: { key: string; cert: string }
  ): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(normal, tls ? 'https' : 'http')
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = JSON.parse(raw)
        } catch {
          json = undefined
        }
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers[name] = value
        }
        receiver.posts.push({ method: req.method ?? '', path: req.url ?? '', headers, raw, json })
        const known = req.url === receiver.secretPath && req.method === 'POST'
        const answer = known
          ? (receiver.script.shift() ?? receiver.normal)
          : { status: 404, body: 'no_service' }
        res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers })
        res.end(answer.body ?? '')
      })
    }
    const http = tls ? createTlsServer(tls, handle) : createServer(handle)
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    receiver.port = (http.address() as AddressInfo).port
    receiver.http = http
    return receiver
  }

  /** The webhook URL: a secret in the tests, as in real life. */
  get url(): string {
    return this.urlAt('127.0.0.1')
  }

  /** The webhook URL under another host name (one a proxy resolves to this receiver). */
  urlAt(host: string): string {
    return `${this.scheme}://${host}:${this.port}${this.secretPath}`
  }

  /** The next POSTs get these answers, in order; then the normal answer again. */
  answer(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers)
  }

  async stop(): Promise<void> {
    const http = this.http
    if (!http) return
    this.http = undefined
    await new Promise<void>((resolve, reject) => {
      http.close((error) => (error ? reject(error) : resolve()))
      http.closeAllConnections()
    })
  }
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Problems of a Slack message against Block Kit's rules (empty when it is valid): a `text`
 * fallback, at most 50 blocks, header plain_text of at most 150 characters, section and
 * context text of at most 3000, known block types, balanced `<...>` links.
 */
export function slackProblems(payload: unknown): string[] {
  const problems: string[] = []
  if (!isObject(payload)) return ['the payload is not a JSON object']
  if (typeof payload.text !== 'string' || payload.text.trim() === '')
    problems.push('no text fallback')
  const blocks = payload.blocks
  if (!Array.isArray(blocks)) return [...problems, 'blocks is not an array']
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (at most 50)`)
  blocks.forEach((block: unknown, i) => {
    if (!isObject(block)) {
      problems.push(`block ${i} is not an object`)
      return
    }
    const text = block.text as Json | undefined
    switch (block.type) {
      case 'header':
        if (text?.type !== 'plain_text') problems.push(`header ${i} is not plain_text`)
        if (typeof text?.text !== 'string' || text.text.length > 150 || text.text === '')
          problems.push(`header ${i} text must be 1-150 characters`)
        break
      case 'section':
        if (text?.type !== 'mrkdwn' && text?.type !== 'plain_text')
          problems.push(`section ${i} text type`)
        if (typeof text?.text !== 'string' || text.text.length > 3000 || text.text === '')
          problems.push(
            `section ${i} text must be 1-3000 characters (${String(text?.text).length})`
          )
        else problems.push(...mrkdwnProblems(text.text, `section ${i}`))
        break
      case 'context': {
        const elements = block.elements
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
          problems.push(`context ${i} needs 1-10 elements`)
        else
          for (const e of elements as Json[])
            if (typeof e.text !== 'string' || e.text.length > 3000)
              problems.push(`context ${i} text`)
        break
      }
      case 'divider':
      case 'actions':
        break
      default:
        problems.push(`block ${i} has unknown type ${String(block.type)}`)
    }
  })
  return problems
}

/** Unescaped `<`/`>`/`&` outside links, as Slack would misread them. */
function mrkdwnProblems(text: string, where: string): string[] {
  const withoutLinks = text.replace(/<[^<>|\s]+\|[^<>]*>|<[^<>|\s]+>/g, '')
  const problems: string[] = []
  if (/[<>]/.test(withoutLinks)) problems.push(`${where} has an unescaped < or >`)
  if (/&(?!amp;|lt;|gt;)/.test(withoutLinks)) problems.push(`${where} has an unescaped &`)
  return problems
}

const CARD_ELEMENTS = [
  'TextBlock',
  'FactSet',
  'ColumnSet',
  'Container',
  'Image',
  'RichTextBlock',
  'ActionSet'
]
const CARD_ACTIONS = ['Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']

/**
 * Problems of a Teams message: `type: message` with one attachment whose contentType is
 * application/vnd.microsoft.card.adaptive and whose content is an AdaptiveCard with a
 * version and a body of known element types (TextBlock text, FactSet facts), actions known.
 */
export function teamsProblems(payload: unknown): string[] {
  if (!isObject(payload)) return ['the payload is not a JSON object']
  const problems: string[] = []
  if (payload.type !== 'message') problems.push(`type is ${String(payload.type)}, not message`)
  const attachment = (Array.isArray(payload.attachments) ? payload.attachments[0] : undefined) as
    Json | undefined
  if (!attachment) return [...problems, 'no attachments[0]']
  if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive')
    problems.push(`attachments[0].contentType is ${String(attachment.contentType)}`)
  const card = attachment.content as Json | undefined
  if (!isObject(card)) return [...problems, 'attachments[0].content is not a card']
  if (card.type !== 'AdaptiveCard') problems.push('content.type is not AdaptiveCard')
  if (typeof card.version !== 'string' || !/^1\.[0-6]$/.test(card.version))
    problems.push('content.version is not 1.0-1.6')
  if (!Array.isArray(card.body) || card.body.length === 0)
    return [...problems, 'content.body is empty']
  for (const [i, element] of (card.body as Json[]).entries()) {
    if (!CARD_ELEMENTS.includes(String(element.type)))
      problems.push(`body[${i}] has unknown type ${String(element.type)}`)
    if (element.type === 'TextBlock' && (typeof element.text !== 'string' || element.text === ''))
      problems.push(`body[${i}] TextBlock has no text`)
    if (
      element.type === 'FactSet' &&
      !(
        Array.isArray(element.facts) &&
        (element.facts as Json[]).every(
          (f) => typeof f.title === 'string' && typeof f.value === 'string'
        )
      )
    )
      problems.push(`body[${i}] FactSet facts need title and value strings`)
  }
  for (const [i, action] of ((card.actions ?? []) as Json[]).entries()) {
    if (!CARD_ACTIONS.includes(String(action.type)))
      problems.push(`actions[${i}] has unknown type ${String(action.type)}`)
    if (action.type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(action.url)))
      problems.push(`actions[${i}] url`)
  }
  if (Buffer.byteLength(JSON.stringify(payload)) > 28_000) problems.push('message over 28 KB')
  return problems
}

/** Problems of the `json` format against its documented schema (actions/notify/README.md). */
export function jsonPayloadProblems(payload: unknown): string[] {
  if (!isObject(payload)) return ['the payload is not a JSON object']
  const problems: string[] = []
  const strings = ['repository', 'version', 'tag', 'url', 'title', 'text', 'notes', 'sent_at']
  if (payload.schema !== 'release-actions/notify@1')
    problems.push('schema is not release-actions/notify@1')
  if (payload.event !== 'release' && payload.event !== 'rollback')
    problems.push('event is not release or rollback')
  if (payload.event === 'rollback') {
    const back = payload.rolled_back
    if (!isObject(back) || typeof back.environment !== 'string')
      problems.push('rolled_back is not {environment, reason, previous_version}')
    else
      for (const field of ['reason', 'previous_version'])
        if (back[field] !== null && typeof back[field] !== 'string')
          problems.push(`rolled_back.${field} is not a string or null`)
  } else if ('rolled_back' in payload) problems.push('rolled_back on a release event')
  for (const field of strings)
    if (typeof payload[field] !== 'string') problems.push(`${field} is not a string`)
  for (const field of ['sha', 'run_url'])
    if (payload[field] !== null && typeof payload[field] !== 'string')
      problems.push(`${field} is not a string or null`)
  if (typeof payload.sent_at === 'string' && Number.isNaN(Date.parse(payload.sent_at)))
    problems.push('sent_at is not a date')
  const known = new Set(['schema', 'event', 'sha', 'run_url', 'rolled_back', ...strings])
  for (const field of Object.keys(payload))
    if (!known.has(field)) problems.push(`unexpected field ${field}`)
  return problems
}
