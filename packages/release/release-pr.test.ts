import { pullRequestBody, pullRequestBranch } from './back-merge.js'
import { releasePullBody, tickedItems, ticketLink } from './release-pr.js'
import { openReleaseBranches } from './start-release.js'
import { parseBranchPatterns } from '../versioning/index.js'

const base = {
  version: '1.3.0',
  kind: 'release' as const,
  notesSource: 'CHANGELOG.md',
  base: 'main',
  backMergeTargets: ['`develop`'],
  tagPrefix: 'v'
}

describe('releasePullBody', () => {
  test('notes, each ticket key once and linked, the remaining steps unticked', () => {
    const body = releasePullBody({
      ...base,
      notes: '### Added\n- X (JIRA-1234)\n- Y (JIRA-1235, JIRA-1234)',
      issueUrl: 'https://jira.example.com/browse/{key}'
    })
    expect(body).toContain('## Release 1.3.0\n\n### Added\n- X (JIRA-1234)')
    expect(body).toContain(
      '### Tickets\n\n- [JIRA-1234](https://jira.example.com/browse/JIRA-1234)\n- [JIRA-1235](https://jira.example.com/browse/JIRA-1235)\n\n'
    )
    expect(body).toContain('- [ ] Merge into `main` (step 12); the tag `v1.3.0`')
    expect(body).toContain('- [ ] `main` merged back into `develop` (step 19)')
  })

  test('without notes: a placeholder naming the section, no ticket list', () => {
    const body = releasePullBody(base)
    expect(body).toContain('_CHANGELOG.md has no `## [1.3.0]` section yet;')
    expect(body).not.toContain('### Tickets')
  })

  test('boxes ticked in the previous body stay ticked; the rest is rewritten', () => {
    const first = releasePullBody(base)
    const edited = first.replace('- [ ] Final testing passed', '- [x] Final testing passed')
    const again = releasePullBody({ ...base, notes: 'New notes', previousBody: edited })
    expect(again).toContain('- [x] Final testing passed (step 11)')
    expect(again).toContain('- [ ] Review the changes (step 8)')
    expect(again).toContain('New notes')
  })

  test.each([
    ['- [x] A\n* [X] B\n- [ ] C\n  - [x] D  ', ['A', 'B', 'D']],
    ['no boxes', []]
  ])('tickedItems(%j)', (body, items) => {
    expect([...tickedItems(body)]).toEqual(items)
  })

  test('ticketLink without a url is the bare key', () => {
    expect(ticketLink('JIRA-1', undefined)).toBe('JIRA-1')
    expect(ticketLink('JIRA-1', 'https://j/{key}?x={key}')).toBe(
      '[JIRA-1](https://j/JIRA-1?x=JIRA-1)'
    )
  })
})

describe('openReleaseBranches', () => {
  test('release and hotfix branches without a tag; misnamed and other branches ignored', () => {
    const tags = new Map([['v1.2.0', 'a']])
    const open = openReleaseBranches(
      [
        'main',
        'develop',
        'release-v1.2.0',
        'release-v1.3.0',
        'release-v1.3',
        'hotfix/1.2.1',
        'feature/x'
      ],
      tags,
      parseBranchPatterns(),
      'v'
    )
    expect(open).toEqual([
      { branch: 'release-v1.3.0', kind: 'release', version: '1.3.0' },
      { branch: 'hotfix/1.2.1', kind: 'hotfix', version: '1.2.1' }
    ])
  })
})

describe('back-merge pull requests', () => {
  const request = { pullRequestBranch: 'back-merge/{version}', target: 'develop', source: 'main' }
  test.each([
    ['develop', '1.3.0', 'back-merge/1.3.0'],
    ['release/1.4.0', '1.3.1', 'back-merge/1.3.1-release-1.4.0'],
    ['develop', undefined, 'back-merge/main-0123456789ab']
  ])('into %s after %s: %s', (target, version, branch) => {
    expect(pullRequestBranch(request, target, { version, sourceSha: '0123456789abcdef' })).toBe(
      branch
    )
  })

  test('the body lists the conflicting files and how to resolve them', () => {
    const body = pullRequestBody(request, 'develop', 'back-merge/1.3.0', 'conflict', [
      'a.py',
      'b/c.py'
    ])
    expect(body).toContain('- `a.py`\n- `b/c.py`')
    expect(body).toContain('git checkout back-merge/1.3.0\ngit merge origin/develop')
    expect(body).toContain('Use a merge commit (not squash or rebase)')
  })
})
