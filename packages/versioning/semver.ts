/**
 * The semver functions the suite uses, each from its own module. semver's index loads all of
 * semver, its range machinery included (~60 kB), which no action needs, at every action's start.
 */
import compare from 'semver/functions/compare.js'
import eq from 'semver/functions/eq.js'
import gt from 'semver/functions/gt.js'
import gte from 'semver/functions/gte.js'
import inc from 'semver/functions/inc.js'
import lt from 'semver/functions/lt.js'
import major from 'semver/functions/major.js'
import minor from 'semver/functions/minor.js'
import parse from 'semver/functions/parse.js'
import patch from 'semver/functions/patch.js'
import prerelease from 'semver/functions/prerelease.js'
import rcompare from 'semver/functions/rcompare.js'
import valid from 'semver/functions/valid.js'

const semver = {
  compare,
  eq,
  gt,
  gte,
  inc,
  lt,
  major,
  minor,
  parse,
  patch,
  prerelease,
  rcompare,
  valid
}

export default semver
