/**
 * The part of GitHub's GraphQL schema the fake answers (from the public schema,
 * `schema.docs.graphql`): the `createCommitOnBranch` mutation, its input and its payload.
 * The fake refuses fields outside it the way GitHub refuses an unknown field, and the
 * conformance test checks every field here resolves to its declared type.
 */

/** A field's type: a scalar or object type name, `!` when non-null. */
export type FieldType = string

export const OBJECT_TYPES: Record<string, Record<string, FieldType>> = {
  CreateCommitOnBranchPayload: {
    clientMutationId: 'String',
    commit: 'Commit',
    ref: 'Ref'
  },
  Commit: {
    abbreviatedOid: 'String!',
    committedDate: 'DateTime!',
    id: 'ID!',
    message: 'String!',
    messageBody: 'String!',
    messageHeadline: 'String!',
    oid: 'GitObjectID!',
    signature: 'GitSignature',
    tree: 'Tree!',
    url: 'URI!'
  },
  Tree: { id: 'ID!', oid: 'GitObjectID!' },
  GitSignature: {
    isValid: 'Boolean!',
    state: 'GitSignatureState!',
    wasSignedByGitHub: 'Boolean!',
    signature: 'String!',
    payload: 'String!'
  },
  Ref: { id: 'ID!', name: 'String!', prefix: 'String!', target: 'Commit' }
}

/** Fields of `CreateCommitOnBranchInput` and its parts: name -> required. */
export const INPUT_TYPES: Record<string, Record<string, boolean>> = {
  CreateCommitOnBranchInput: {
    branch: true,
    expectedHeadOid: true,
    message: true,
    fileChanges: false,
    clientMutationId: false
  },
  CommittableBranch: { branchName: false, id: false, repositoryNameWithOwner: false },
  CommitMessage: { headline: true, body: false },
  FileChanges: { additions: false, deletions: false },
  FileAddition: { path: true, contents: true },
  FileDeletion: { path: true }
}

/** The type a field's value has once the `!` is dropped. */
export function namedType(type: FieldType): string {
  return type.replace(/!$/, '')
}
