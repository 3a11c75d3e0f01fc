// Rebuilds everything generated (dist/, READMEs' tables, root action.yml, src/step-defaults.ts,
// packages/base/input-defaults.ts) and fails when the result differs from what is committed.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  cwd: root,
  stdio: 'inherit'
})
const paths = [
  'dist',
  'action.yml',
  'src/step-defaults.ts',
  'actions',
  'packages/base/input-defaults.ts'
]
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], {
  cwd: root,
  encoding: 'utf8'
})
if (status.trim() !== '') {
  console.error('Generated files differ from what is committed (run `npm run build` and commit):')
  console.error(status)
  console.error(
    execFileSync('git', ['diff', '--stat', '--', ...paths], { cwd: root, encoding: 'utf8' })
  )
  process.exit(1)
}
console.log('dist/ and generated docs are up to date.')
