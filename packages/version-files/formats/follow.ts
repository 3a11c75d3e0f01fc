import type { FollowedFile } from '../types.js'

/**
 * The module file of a dotted `attr` (`pkg.about.__version__` -> `pkg/about.py` or
 * `pkg/about/__init__.py`, at the root or under `src/`), as setuptools resolves `attr:`.
 */
export function followAttr(attr: string, namedBy: string): FollowedFile | undefined {
  const parts = attr.trim().split('.')
  const variable = parts.pop()
  if (!variable || parts.length === 0 || parts.some((p) => !/^[A-Za-z_]\w*$/.test(p))) {
    return undefined
  }
  const module = parts.join('/')
  const paths = ['', 'src/'].flatMap((root) => [
    `${root}${module}/__init__.py`,
    `${root}${module}.py`
  ])
  return { paths, format: 'python-module', variable, namedBy }
}

/** A file named by path (`file: VERSION`, `[tool.hatch.version] path`), relative to the project. */
export function followPath(
  path: string,
  format: FollowedFile['format'],
  namedBy: string
): FollowedFile {
  return { paths: [path.trim().replace(/^\.\//, '')], format, namedBy }
}
