// `npm run bench`: every benchmark of the suite in one run. Each prints its own table with
// ratios against the floor or the peers it is compared with, measured in this same run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { benchBundles } from './bundle.mjs'

const only = process.argv[2]
if (!only || only === 'bundle') benchBundles()
for (const name of ['changelog', 'rehearsal']) {
  if (only && only !== name) continue
  const script = join(import.meta.dirname, name, 'run.mjs')
  if (existsSync(script)) await import(pathToFileURL(script).href)
}
