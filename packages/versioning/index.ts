// Release versions: where they come from (input, branch, merge) and which ones the policy allows.
export * from './branches.js'
export * from './policy.js'
export * from './resolve.js'
export * from './tags.js'
export * from './version.js'
