/**
 * A project in one shape, released and on its release branch: `files` committed on main, tagged
 * `v<released>` (annotated), and the release branch cut from main one commit on. Written straight
 * into a fresh origin by one `git fast-import`: the history a developer's clone would push,
 * without the clone and the pushes.
 */
import { execFileSync } from 'node:child_process'
import { kitGitEnv, Sandbox, TEST_IDENTITY } from './sandbox.js'

export interface ShapeProject {
  sandbox: Sandbox
  /** The release branch, on origin. */
  branch: string
}

export function shapeProject(
  files: Record<string, string | Uint8Array>,
  options: { released?: string; branch?: string } = {}
): ShapeProject {
  const sandbox = Sandbox.create()
  const version = options.released ?? '1.2.0'
  const branch = options.branch ?? 'release-v1.3.0'
  const who = `${TEST_IDENTITY.name} <${TEST_IDENTITY.email}> ${Math.floor(Date.now() / 1000)} +0000`
  const chunks: Buffer[] = []
  const line = (text: string) => chunks.push(Buffer.from(`${text}\n`))
  const data = (content: string | Uint8Array) => {
    const bytes = Buffer.from(content)
    line(`data ${bytes.length}`)
    chunks.push(bytes, Buffer.from('\n'))
  }
  line('commit refs/heads/main')
  line('mark :1')
  line(`committer ${who}`)
  data('Initial commit\n')
  for (const [path, content] of Object.entries(files)) {
    line(`M 100644 inline ${path}`)
    data(content)
  }
  line(`tag v${version}`)
  line('from :1')
  line(`tagger ${who}`)
  data(`Release ${version}\n`)
  line(`commit refs/heads/${branch}`)
  line(`committer ${who}`)
  data('Feature: something new\n')
  line('from :1')
  line('M 100644 inline NOTES.md')
  data('new\n')
  try {
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: sandbox.origin,
      env: kitGitEnv(sandbox.home),
      input: Buffer.concat(chunks),
      stdio: ['pipe', 'ignore', 'pipe']
    })
  } catch (error) {
    sandbox.cleanup()
    throw error
  }
  return { sandbox, branch }
}
