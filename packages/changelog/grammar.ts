/**
 * The words of Keep a Changelog that inputs are checked against (its groups, its dates), apart
 * from the parser, so reading an action's inputs loads neither the parser nor semver.
 */

/** The groups of Keep a Changelog, in the order a section lists them. */
export const CHANGE_GROUPS = [
  'Added',
  'Changed',
  'Deprecated',
  'Removed',
  'Fixed',
  'Security'
] as const
export type ChangeGroup = (typeof CHANGE_GROUPS)[number]

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
