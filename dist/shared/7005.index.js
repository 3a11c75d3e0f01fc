"use strict";
exports.id = 7005;
exports.ids = [7005];
exports.modules = {

/***/ 9152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openReleasePullStep: () => (/* binding */ openReleasePullStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/base/shown.ts
var shown = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/changelog/release-section.ts
var release_section = __webpack_require__(9004);
// EXTERNAL MODULE: ./packages/git/default-branch.ts
var git_default_branch = __webpack_require__(1597);
// EXTERNAL MODULE: ./packages/git/merge.ts
var merge = __webpack_require__(3745);
;// CONCATENATED MODULE: ./packages/github/auto-merge.ts
/**
 * Auto-merge of the release pull request with a merge commit (git-flow's step 12,
 * `git merge --no-ff`), so a reviewer's approval finishes the merge the right way. REST cannot
 * enable auto-merge: GitHub's GraphQL mutation `enablePullRequestAutoMerge` does.
 */

const ENABLE = `mutation ($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod enabledAt } }
  }
}`;
/** Enables auto-merge with MERGE on pull request `number`, unless it is on with MERGE already. */
async function enableMergeCommitAutoMerge(github, repo, number) {
    const { data } = await github.rest.pulls.get({ ...repo, pull_number: number });
    if (data.auto_merge?.merge_method === 'merge')
        return { result: 'unchanged' };
    try {
        await github.graphql(ENABLE, { pullRequestId: data.node_id, mergeMethod: 'MERGE' });
        return { result: 'enabled' };
    }
    catch (error) {
        const reasons = error.errors;
        const reason = reasons?.map((e) => e.message).join('; ') || (0,errors/* errorMessage */.gJ)(error);
        // "clean status": nothing required is pending, so there is nothing to wait for.
        return {
            result: 'unavailable',
            reason,
            setting: /not allowed for this repository/i.test(reason)
        };
    }
}

// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 3 modules
var versioning = __webpack_require__(9636);
;// CONCATENATED MODULE: ./packages/release/release-pr.ts
/**
 * Step 7 of the process: the body of the release pull request (release branch -> main). Pure:
 * the release notes, the ticket keys they mention (linked when an issue url is set) and a
 * checklist of the steps still ahead, keeping the boxes a human has ticked on a rerun.
 */

const PULL_MARKER = '<!-- release-actions:open-release-pr -->';
/** The forecast as markdown: the files the back-merge (step 19) will meet as conflicts. */
function forecastSection(forecast) {
    const at = (branch, sha) => `\`${branch}\` (${sha.slice(0, 7)})`;
    const trial = `A trial merge of ${at(forecast.source, forecast.sourceSha)} into ${at(forecast.target, forecast.targetSha)}`;
    const lines = ['### Back-merge forecast', ''];
    if (forecast.result === 'conflict') {
        lines.push(`${trial} conflicts in ${forecast.conflicts.length} file${forecast.conflicts.length === 1 ? '' : 's'}; ` +
            `the back-merge into \`${forecast.target}\` (step 19) will meet ${forecast.conflicts.length === 1 ? 'it' : 'them'} ` +
            `unless they are resolved before (for example by merging \`${forecast.target}\` into this branch):`, '', ...forecast.conflicts.map((file) => `- \`${file}\``));
    }
    else if (forecast.result === 'clean') {
        lines.push(`${trial} is clean: no conflict expected at the back-merge (step 19).`);
    }
    else {
        lines.push(`\`${forecast.source}\` is already in \`${forecast.target}\`: nothing to merge back.`);
    }
    lines.push('', '_Updated on every push to this branch._', '');
    return lines;
}
/** The steps after step 7 (opening this pull request), as checklist items. */
function remainingSteps(args) {
    const { version, base, tagPrefix } = args;
    return [
        'Review the changes (step 8)',
        `CHANGELOG.md has the \`## [${version}]\` section (step 9)`,
        `Version files say ${version} (step 10)`,
        'Final testing passed (step 11)',
        `Merge into \`${base}\` (step 12); the tag \`${tagPrefix}${version}\`, staging, integration tests and production follow (steps 13-17)`,
        'Production monitored without regressions (step 18)',
        `\`${base}\` merged back into ${args.backMergeTargets.join(' and ')} (step 19)`,
        `Milestone and Jira version ${version} closed (step 20)`,
        'Release announced (step 21)'
    ];
}
/** The full pull request body. */
function releasePullBody(args) {
    const ticked = tickedItems(args.previousBody ?? '');
    const notes = args.notes?.trim() ||
        `_${args.notesSource} has no \`## [${args.version}]\` section yet; update-changelog writes it (step 9)._`;
    const keys = args.notes ? (0,release_section/* ticketKeys */.PD)(args.notes, args.issuePattern) : [];
    const parts = [
        PULL_MARKER,
        `## ${args.kind === 'hotfix' ? 'Hotfix' : 'Release'} ${args.version}`,
        '',
        notes,
        ''
    ];
    if (keys.length > 0) {
        parts.push('### Tickets', '', ...keys.map((key) => `- ${ticketLink(key, args.issueUrl)}`), '');
    }
    if (args.forecast)
        parts.push(...forecastSection(args.forecast));
    parts.push('### Remaining steps', '', ...remainingSteps(args).map((step) => `- [${ticked.has(step) ? 'x' : ' '}] ${step}`), '');
    return parts.join('\n');
}
/** `[JIRA-1234](https://jira.example.com/browse/JIRA-1234)`, or the bare key without a url. */
function ticketLink(key, issueUrl) {
    return issueUrl ? `[${key}](${issueUrl.replaceAll('{key}', key)})` : key;
}
/** The checklist items a body has ticked (`- [x] ...`). */
function tickedItems(body) {
    const ticked = new Set();
    for (const line of body.split(/\r?\n/)) {
        const match = /^\s*[-*] \[[xX]\] (.+?)\s*$/.exec(line);
        if (match)
            ticked.add(match[1]);
    }
    return ticked;
}

;// CONCATENATED MODULE: ./packages/release/open-release-pr.ts
/**
 * Step 11 of the process: open (or update) the release pull request from the release or hotfix
 * branch into main, its body the version's changelog section, with labels, reviewers, the
 * version's milestone, a trial back-merge into develop and, when asked, auto-merge with a merge
 * commit. Plain values in, the checkout, the GitHub client and a logger injected.
 */











async function openReleasePull(services, given) {
    const { github, repo, log } = services;
    const { head, version, kind } = await releaseBranch(services, given);
    // The forecast's one ls-remote asks for origin's HEAD too when the base is the default branch.
    const listing = given.conflictForecast && services.git
        ? await services.git.listRemote([
            ...(given.base ? [] : ['HEAD']),
            ...[head, given.developBranch].map((branch) => `refs/heads/${branch}`)
        ])
        : undefined;
    const request = { ...given, base: given.base || (await defaultBase(services)) };
    if (head === request.base) {
        throw new errors/* ConfigurationError */.j1(`'head' and 'base' are both ${head}.`, { input: 'head' });
    }
    const notes = request.releaseNotes ?? changelogNotes(request, version, log);
    const forecast = listing && services.git
        ? await backMergeForecast(services.git, listing, head, request.developBranch, log)
        : undefined;
    if (request.conflictForecast && !services.git)
        log.info('No checkout: no back-merge forecast (run actions/checkout first to get one).');
    const existing = await (0,pulls/* findOpenPull */.zl)(github, repo, head, request.base);
    const milestoneTitle = request.milestone ?? version;
    const milestone = await (0,pulls/* findMilestone */.sR)(github, repo, milestoneTitle);
    const spec = {
        head,
        base: request.base,
        title: request.title.replaceAll('{version}', version),
        body: releasePullBody({
            version,
            kind,
            notes,
            notesSource: request.changelogPath,
            issueUrl: request.issueUrl,
            issuePattern: request.issuePattern,
            base: request.base,
            backMergeTargets: [
                `\`${request.developBranch}\``,
                ...(kind === 'hotfix' ? ['the open release branch, if any'] : [])
            ],
            tagPrefix: request.tagPrefix,
            previousBody: existing?.body,
            forecast
        }),
        draft: request.draft,
        labels: request.labels,
        reviewers: request.reviewers,
        milestone: milestone?.state === 'open' ? milestone.number : undefined
    };
    const report = {
        head,
        base: request.base,
        version,
        title: spec.title,
        body: spec.body,
        labels: spec.labels,
        milestone: { title: milestoneTitle, attached: spec.milestone !== undefined },
        forecast
    };
    if (request.dryRun) {
        log.info(`Would ${existing ? `update #${existing.number}` : 'open'} ${head} -> ${request.base}.`);
        return { ...report, result: 'dry-run', pull: existing };
    }
    const { pull, result } = await (0,pulls/* upsertPull */.N2)(github, repo, spec);
    log.info(`${result === 'created' ? 'Opened' : result === 'updated' ? 'Updated' : 'Unchanged:'} #${pull.number} ${pull.url}`);
    if (milestone && milestone.state !== 'open') {
        log.info(`Milestone ${milestoneTitle} is closed; not attached.`);
    }
    const autoMerge = request.autoMerge
        ? await enableMergeCommitAutoMerge(github, repo, pull.number)
        : undefined;
    if (forecast?.result === 'conflict') {
        log.warning(`The back-merge of ${head} into ${forecast.target} will conflict in ${forecast.conflicts.join(', ')} (trial merge); resolve them before release day.`);
    }
    return { ...report, result, pull, autoMerge };
}
/**
 * The trial back-merge of the release branch into develop (git merge-tree, no ref moved), or
 * undefined with a note when either branch is not on origin. `listing`: origin's answer for both
 * branches; only what the clone lacks is fetched (nothing when it has both as origin has them).
 */
async function backMergeForecast(git, listing, head, target, log) {
    for (const branch of [head, target]) {
        if (!listing.refs.has(`refs/heads/${branch}`)) {
            log.info(`${branch} is not on origin: no back-merge forecast.`);
            return undefined;
        }
    }
    await fetchForForecast(git, listing, [head, target]);
    const forecast = await (0,merge/* forecastMerge */.q)(git, head, target);
    log.info(forecast.result === 'conflict'
        ? `Trial merge of ${head} into ${target}: conflicts in ${forecast.conflicts.join(', ')}.`
        : `Trial merge of ${head} into ${target}: ${forecast.result}.`);
    return forecast;
}
/**
 * The merge base needs the history of both branches: a shallow clone fetches both with the whole
 * history, in one fetch; a full clone fetches only a branch whose tracking ref is not where
 * origin has it, and nothing when both are.
 */
async function fetchForForecast(git, listing, branches) {
    const shallow = await git.isShallow();
    const tracking = (b) => `refs/remotes/origin/${b}`;
    const out = await git.output([
        'for-each-ref',
        '--format=%(objectname) %(refname)',
        ...branches.map(tracking)
    ]);
    const local = new Map(out
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(line.indexOf(' ') + 1), line.slice(0, line.indexOf(' '))]));
    const stale = branches.filter((b) => local.get(tracking(b)) !== listing.refs.get(`refs/heads/${b}`));
    if (!shallow && stale.length === 0)
        return;
    await git.run([
        'fetch',
        '--no-tags',
        ...(shallow ? ['--unshallow'] : []),
        'origin',
        ...(shallow ? branches : stale).map((b) => `+refs/heads/${b}:${tracking(b)}`)
    ]);
}
/** The head branch and the version it releases; refuses a head that is no release branch. */
async function releaseBranch({ git }, request) {
    const head = request.head ?? request.runBranch ?? (git ? await git.currentBranch() : undefined);
    if (!head) {
        throw new errors/* ConfigurationError */.j1("HEAD is detached and the workflow names no branch, so there is no release branch to open a pull request from; set the 'head' input.", { input: 'head' });
    }
    const found = (0,versioning/* parseReleaseBranch */.lO)(head, request.patterns);
    if (!found && (request.version === undefined || request.head === undefined)) {
        throw new errors/* ConfigurationError */.j1(`${request.head === undefined ? `The branch ${(0,shown/* shown */.S)(head)} is` : `Input 'head' is ${(0,shown/* shown */.S)(head)}, which is`} not a release or hotfix branch (${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}). ` +
            "Run on the release branch, or set both 'head' and 'version'.", { input: 'head' });
    }
    const version = request.version === undefined ? found.version : (0,versioning/* parseVersionInput */.gX)(request.version);
    const kind = found?.kind ?? (version.split('.')[2] === '0' ? 'release' : 'hotfix');
    return { head: found?.branch ?? head, version, kind };
}
/** An empty `main-branch`: the repository's default branch, by the rule every action follows. */
async function defaultBase({ git, defaultBranch }) {
    const branch = git ? await (0,git_default_branch/* remoteDefaultBranch */.Ki)(git, defaultBranch) : await defaultBranch();
    if (branch)
        return branch;
    throw new errors/* ConfigurationError */.j1("The repository's default branch is unknown (no checkout's origin, event or API says it); " +
        "set the 'main-branch' input to the branch the release pull request merges into.", { input: 'main-branch' });
}
/** The version's changelog section, or undefined (with a note) when there is none yet. */
function changelogNotes(request, version, log) {
    const path = (0,confine/* confinedFile */.dD)(request.workingDirectory, request.changelogPath);
    if (!(0,external_node_fs_.existsSync)(path)) {
        log.info(`${request.changelogPath} does not exist; the body says the notes are still to come.`);
        return undefined;
    }
    const section = (0,release_section/* readReleaseSection */.Dz)((0,external_node_fs_.readFileSync)(path, 'utf8'), version);
    if (!section)
        log.info(`${request.changelogPath} has no [${version}] section yet.`);
    return section?.body;
}

// EXTERNAL MODULE: ./actions/open-release-pr/src/inputs.ts
var src_inputs = __webpack_require__(3588);
;// CONCATENATED MODULE: ./actions/open-release-pr/src/step.ts










async function openReleasePullStep(inputs, context, repo) {
    const github = await (0,client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    });
    const git = new git_git/* Git */.TU(inputs.workingDirectory, { log: logger/* actionsLogger */.M, token: inputs.token });
    const report = await openReleasePull({
        github,
        repo,
        git: (await git.isRepository()) ? git : undefined,
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, client: github }),
        log: logger/* actionsLogger */.M
    }, { ...inputs, runBranch: context.branch });
    const { result, pull, forecast, head, base } = report;
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.number]: pull?.number ?? '',
        [src_inputs/* Output */.k7.url]: pull?.url ?? '',
        [src_inputs/* Output */.k7.conflicts]: JSON.stringify(forecast?.conflicts ?? []),
        ...(result === 'dry-run' ? {} : { [src_inputs/* Output */.k7.autoMerge]: report.autoMerge?.result ?? '' }),
        [src_inputs/* Output */.k7.result]: result
    });
    if (result === 'dry-run') {
        await (0,core/* appendSummary */.fe)((0,summary/* resultLine */.ow)('open-release-pr', 'dry-run', `Would ${pull ? `update [#${pull.number}](${pull.url})` : 'open'} **${report.title}** (\`${head}\` → \`${base}\`) with this body:`) + `\n${report.body}\n`);
        return;
    }
    await (0,core/* appendSummary */.fe)((0,summary/* resultLine */.ow)('open-release-pr', result, `[#${pull.number} ${report.title}](${pull.url}): \`${head}\` → \`${base}\`` +
        (report.labels.length > 0 ? `, labels ${report.labels.join(', ')}` : '') +
        (report.milestone.attached ? `, milestone ${report.milestone.title}` : '') +
        '.') + (forecast ? `\n${forecastSection(forecast).join('\n')}` : ''));
    if (report.autoMerge)
        await reportAutoMerge(report.autoMerge, pull.number, base);
}
async function reportAutoMerge(outcome, number, base) {
    if (outcome.result !== 'unavailable') {
        const said = outcome.result === 'enabled' ? 'enabled' : 'already on';
        (0,core/* info */.pq)(`Auto-merge with a merge commit ${said} on #${number}.`);
        await (0,core/* appendSummary */.fe)(`Auto-merge: ${said} (merge commit): approval merges it into \`${base}\`.\n`);
        return;
    }
    const message = `GitHub did not enable auto-merge on #${number}: ${outcome.reason}. ` +
        (outcome.setting
            ? 'Allow auto-merge in the repository settings (General → Pull Requests), or set auto-merge: false.'
            : `Merge it with "Create a merge commit" once approved (never squash or rebase into \`${base}\`).`);
    if (outcome.setting) {
        (0,core/* error */.z3)(message, undefined, 'open-release-pr: auto-merge');
        (0,core/* markFailed */.ZY)();
    }
    else {
        (0,core/* warning */.$e)(message);
    }
    await (0,core/* appendSummary */.fe)(`Auto-merge: not enabled: ${outcome.reason}.\n`);
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
const actionsLogger = {
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
};


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   NZ: () => (/* binding */ parseClassificationRules),
/* harmony export */   OY: () => (/* binding */ pullRequestMergeNumber),
/* harmony export */   Xk: () => (/* binding */ parseChangeGroup),
/* harmony export */   oo: () => (/* binding */ classifyCommit)
/* harmony export */ });
/* unused harmony exports DEFAULT_SKIP, breakingNote */
/* harmony import */ var _base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4385);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/**
 * Which Keep a Changelog group a commit belongs to, from its subject: the seed's style
 * (`Feature: ...`, `Fix: ...`, `Improved ...`) and Conventional Commits (`feat(api)!: ...`),
 * after any rules the user gave. Commits that are not notable (merges, chores, our own bump and
 * changelog commits) get no group.
 */



/** The suite's own commits: bump-version's and ours, with their default messages. */
const DEFAULT_SKIP = [
    /^Bump version to \S+$/,
    /^Update CHANGELOG for \S+$/
];
const CONVENTIONAL = /^([a-zA-Z]+)(?:\(([^)]*)\))?(!)?: *(.+)$/;
const CONVENTIONAL_GROUPS = {
    feat: 'Added',
    feature: 'Added',
    fix: 'Fixed',
    bugfix: 'Fixed',
    perf: 'Changed',
    refactor: 'Changed',
    revert: 'Changed',
    security: 'Security',
    deprecate: 'Deprecated',
    remove: 'Removed',
    chore: 'skip',
    ci: 'skip',
    docs: 'skip',
    doc: 'skip',
    test: 'skip',
    tests: 'skip',
    build: 'skip',
    style: 'skip',
    wip: 'skip'
};
/** The seed's style: `Label: text` keeps the text, a leading verb keeps the whole subject. */
const SEED_LABELS = [
    [/^(?:Feature|Add|Added|New): */i, 'Added'],
    [/^(?:Fix|Fixed|Bug|Bugfix|Hotfix): */i, 'Fixed'],
    [/^(?:Change|Changed|Improve|Improvement|Update|Updated|Perf|Performance): */i, 'Changed'],
    [/^(?:Remove|Removed): */i, 'Removed'],
    [/^(?:Deprecate|Deprecated): */i, 'Deprecated'],
    [/^Security: */i, 'Security']
];
const SEED_VERBS = [
    [/^(?:Add|Adds|Added|Introduce|Introduces|Introduced|Support|Supports) /i, 'Added'],
    [
        /^(?:Fix|Fixes|Fixed|Bug|Bugfix|Correct|Corrects|Corrected|Resolve|Resolves|Resolved) /i,
        'Fixed'
    ],
    [
        /^(?:Improve|Improves|Improved|Improvement|Change|Changes|Changed|Update|Updates|Updated|Refactor|Refactored|Speed up|Optimi[sz]e|Optimi[sz]ed) /i,
        'Changed'
    ],
    [/^(?:Remove|Removes|Removed|Drop|Drops|Dropped|Delete|Deleted) /i, 'Removed'],
    [/^(?:Deprecate|Deprecates|Deprecated) /i, 'Deprecated'],
    [/^Revert "/, 'Changed']
];
const MERGE_SUBJECT = /^Merge (?:branch|remote-tracking branch|tag|commit|pull request|[0-9a-f]{7,40}) /;
/** A ticket key leading the subject, Apache/Jira style: `[CLI-123] ...` or `CLI-123: ...`. */
const JIRA_PREFIX = /^(?:\[([A-Z][A-Z0-9_]+-\d+)\]:?|([A-Z][A-Z0-9_]+-\d+):)\s*(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: /m;
/**
 * Classifies one commit, or returns undefined when it is left out. `body` is read for
 * `BREAKING CHANGE:` footers.
 */
function classifyCommit(subject, body, options) {
    const line = subject.trim();
    if (line === '' || MERGE_SUBJECT.test(line))
        return undefined;
    if (DEFAULT_SKIP.some((p) => p.test(line)) || options.skip.some((p) => p.test(line)))
        return undefined;
    // Read for every commit of a rebuild: the plain search first, the pattern only if it can match.
    const breakingFooter = body.includes('BREAKING') && BREAKING_FOOTER.test(body);
    const note = breakingFooter ? breakingNote(body) : undefined;
    for (const rule of options.rules) {
        const match = rule.pattern.exec(line);
        if (!match)
            continue;
        if (rule.group === 'skip')
            return undefined;
        const text = match.groups?.text ??
            (match.index === 0 && match[0].length < line.length ? line.slice(match[0].length) : line);
        return finish(rule.group, text, breakingFooter, note);
    }
    const keyed = JIRA_PREFIX.exec(line);
    if (keyed) {
        // `[CLI-123] Fix ...`, `CLI-123: Fix ...`: classified by the words, the key kept at the end.
        const key = keyed[1] ?? keyed[2];
        const rest = classifyCommit(keyed[3], body, options);
        if (!rest)
            return undefined;
        return rest.text.includes(key) ? rest : { ...rest, text: `${rest.text} (${key})` };
    }
    const conventional = CONVENTIONAL.exec(line);
    if (conventional) {
        const [, type = '', scope, bang, description = ''] = conventional;
        // Own keys only: `constructor: x` is no type, though every object has a constructor.
        const key = type.toLowerCase();
        const group = Object.hasOwn(CONVENTIONAL_GROUPS, key) ? CONVENTIONAL_GROUPS[key] : undefined;
        const breaking = bang === '!' || breakingFooter;
        if (group !== undefined && (group !== 'skip' || breaking)) {
            const text = scope ? `**${scope}:** ${capitalize(description)}` : description;
            return finish(group === 'skip' ? 'Changed' : group, text, breaking, note);
        }
        if (group === 'skip')
            return undefined;
    }
    // Every label ends in a colon: a subject without one is not tried against them.
    for (const [pattern, group] of line.includes(':') ? SEED_LABELS : []) {
        const match = pattern.exec(line);
        if (match && match[0].includes(':'))
            return finish(group, line.slice(match[0].length), breakingFooter, note);
    }
    for (const [pattern, group] of SEED_VERBS) {
        if (pattern.test(line))
            return finish(group, line, breakingFooter, note);
    }
    return options.unclassified ? finish(options.unclassified, line, breakingFooter, note) : undefined;
}
function finish(group, text, breaking, note) {
    const clean = capitalize(text.trim());
    if (clean === '')
        return undefined;
    if (!breaking)
        return { group, text: clean, breaking };
    return { group, text: `**Breaking:** ${clean}${note ? ` — ${note}` : ''}`, breaking };
}
/**
 * The text of a `BREAKING CHANGE:` footer, its continuation lines joined, up to the next footer
 * (`Token: ` or `Token #`) or a blank line: what a user must know, so it goes into the entry.
 */
function breakingNote(body) {
    const lines = body.split(/\r?\n/);
    const start = lines.findIndex((l) => BREAKING_FOOTER.test(l));
    if (start === -1)
        return undefined;
    const parts = [lines[start].replace(BREAKING_FOOTER, '')];
    for (const line of lines.slice(start + 1)) {
        if (line.trim() === '' || /^[\w-]+(?:: | #)/.test(line))
            break;
        parts.push(line.trim());
    }
    const note = parts.join(' ').replace(/\s+/g, ' ').trim();
    return note === '' ? undefined : note;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** `Merge pull request #12 from owner/branch`: the PR's number, else undefined. */
function pullRequestMergeNumber(subject) {
    const match = /^Merge pull request #(\d+) from \S+/.exec(subject);
    return match ? Number(match[1]) : undefined;
}
/** Looks a group name up case-insensitively (`added`, `Fixed`), or undefined. */
function parseChangeGroup(name) {
    return _grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.find((g) => g.toLowerCase() === name.trim().toLowerCase());
}
/**
 * Reads the `group-patterns` input: one `regex => Group` (or `=> skip`) per line. Patterns are
 * case-insensitive; a named group `text` picks the entry's text.
 */
function parseClassificationRules(lines, input) {
    return lines.map((raw) => {
        const arrow = raw.lastIndexOf('=>');
        const source = arrow === -1 ? '' : raw.slice(0, arrow).trim();
        const target = arrow === -1 ? '' : raw.slice(arrow + 2).trim();
        const group = target.toLowerCase() === 'skip' ? 'skip' : parseChangeGroup(target);
        if (!source || !group) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has the line '${raw}'; write 'regex => Group' with Group one of ${_grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.join(', ')} or skip.`, { input });
        }
        return { pattern: compilePattern(source, input), group };
    });
}
/** Compiles a user's regex (case-insensitive), naming the input when it is not valid. */
function compilePattern(source, input, flags = 'i') {
    let regex;
    try {
        regex = new RegExp(source, flags);
    }
    catch (error) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has '${source}', which is not a valid regular expression: ${error.message}.`, { input });
    }
    return (0,_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUserRegex */ .Hm)(regex, input);
}


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ CHANGE_GROUPS),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   sC: () => (/* binding */ DEFAULT_TICKET_PATTERN),
/* harmony export */   vK: () => (/* binding */ DEFAULT_ISSUE_PATTERN)
/* harmony export */ });
/**
 * The words of Keep a Changelog that inputs are checked against (its groups, its dates, the
 * ticket keys), apart from the parser and the renderer, so reading an action's inputs loads
 * neither them nor semver.
 */
/** The groups of Keep a Changelog, in the order a section lists them. */
const CHANGE_GROUPS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security'
];
/** Jira-style keys: `JIRA-1234`, `ABC2-7`. */
const DEFAULT_ISSUE_PATTERN = '\\b[A-Z][A-Z0-9]+-\\d+\\b';
const DEFAULT_TICKET_PATTERN = new RegExp(DEFAULT_ISSUE_PATTERN, 'g');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}


/***/ }),

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* reexport safe */ _index_js__WEBPACK_IMPORTED_MODULE_0__.Dz),
/* harmony export */   PD: () => (/* binding */ ticketKeys)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2397);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/**
 * Reading one released section and its ticket keys: the entry point create-tag,
 * open-release-pr and close-milestone use. One parser serves writer and readers alike.
 */



/** The ticket keys (JIRA-1234) in a text, in order of first appearance, each once. */
function ticketKeys(text, pattern = _render_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TICKET_PATTERN */ .sC) {
    return (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .ticketKeys */ .PD)(text, pattern);
}


/***/ }),

/***/ 1597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ eventDefaultBranch),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch)
/* harmony export */ });
/* unused harmony export localDefaultBranch */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's default branch (`main`, `master`, ...), where the `main-branch` input is left
 * empty: what origin said of its HEAD earlier in the run (the stage's one `ls-remote`), else what
 * the clone knows of origin's HEAD, else what origin says, else the event payload's
 * `repository.default_branch` (what the API reports, delivered with every event), else the API
 * itself (`GET /repos/{owner}/{repo}`), asked through `fromApi` by the caller that has a token.
 * Every action that needs the main branch asks here, so they all follow one rule.
 */

async function remoteDefaultBranch(git, fromApi, remote = 'origin') {
    // What origin said of its HEAD earlier in this run is fresher than the clone's note of it.
    if (remote === 'origin' && git.originHead)
        return git.originHead;
    const name = await localDefaultBranch(git, remote);
    if (name)
        return name;
    const listed = await git.run(['ls-remote', '--symref', remote, 'HEAD'], { allowFailure: true });
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(listed.stdout);
    if (symref)
        return symref[1];
    return eventDefaultBranch() ?? (await fromApi?.());
}
/** What the clone knows of origin's HEAD (`refs/remotes/origin/HEAD`), without asking origin. */
async function localDefaultBranch(git, remote = 'origin') {
    const known = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
    const name = known.stdout.trim();
    return known.exitCode === 0 && name.startsWith(`${remote}/`)
        ? name.slice(remote.length + 1)
        : undefined;
}
/** The event payload's `repository.default_branch`. */
function eventDefaultBranch() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch !== '' ? branch : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  iR: () => (/* binding */ GitCommandError)
});

// UNUSED EXPORTS: authHeaderKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/base/token-source.ts
var token_source = __webpack_require__(5681);
;// CONCATENATED MODULE: ./packages/base/logger.ts
/** A logger that keeps every line, for tests and for the CLI rehearsal. */
class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./packages/base/round-trips.ts
var round_trips = __webpack_require__(9695);
;// CONCATENATED MODULE: ./packages/git/git.ts
/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */





class GitCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitCommandError';
    }
}
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull']);
/**
 * Commands after which git starts `git maintenance run --auto` (or `gc --auto`): a process
 * more per call, and on a large history a repack, in a checkout the runner throws away.
 */
const AUTO_MAINTENANCE = new Set(['fetch', 'pull', 'commit', 'merge', 'rebase', 'am']);
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'];
const ORIGIN_CALL = {
    fetch: 'fetch',
    pull: 'fetch',
    push: 'push',
    'ls-remote': 'ls-remote'
};
/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command, args, options) {
    const { getExecOutput } = await __webpack_require__.e(/* import() | actions-exec */ 2810).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command === 'git' ? gitExecutable() : command, args, options);
}
/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map();
function gitExecutable() {
    if (process.platform === 'win32')
        return 'git';
    const path = process.env.PATH ?? '';
    let found = gitOnPath.get(path);
    if (found === undefined) {
        found =
            path
                .split(external_node_path_.delimiter)
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.join)(dir, 'git'))
                .find(isExecutableFile) ?? 'git';
        gitOnPath.set(path, found);
    }
    return found;
}
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
class Git {
    cwd;
    log;
    identity;
    token;
    serverUrl;
    checkoutAuth;
    /** The branch origin's HEAD named in this run's `ls-remote --symref ... HEAD`, once asked. */
    originHead;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
        this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    }
    /** The same git (log, identity, token, server) in another directory, e.g. a worktree. */
    at(cwd) {
        return new Git(cwd, {
            log: this.log,
            identity: this.identity,
            token: this.token,
            serverUrl: this.serverUrl
        });
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure` (or `allowExit`). */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const call = ORIGIN_CALL[args[0] ?? ''];
        if (call)
            (0,round_trips/* countOriginCall */.ud)(call);
        const quiet = AUTO_MAINTENANCE.has(args[0] ?? '') ? NO_AUTO_MAINTENANCE : [];
        const result = await exec('git', [...auth, ...quiet, ...args], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: {
                ...stringEnv(process.env),
                ...this.identityEnv(),
                GIT_TERMINAL_PROMPT: '0',
                ...options.env
            }
        });
        if (result.exitCode !== 0 &&
            !options.allowFailure &&
            !options.allowExit?.includes(result.exitCode))
            throw new GitCommandError(args, result);
        return result;
    }
    /** Runs git and returns its trimmed standard output. */
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /**
     * Whether git takes the directory for a repository. One `git config` answers it (a repository
     * always has a local `core.repositoryformatversion`) and, in the same process, whether the
     * checkout left an auth header for network commands: one git process where two would do.
     */
    async isRepository() {
        // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
        if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        const config = await this.run([
            'config',
            '--show-scope',
            '--get-regexp',
            '^(http\\..*extraheader|core\\.repositoryformatversion)$'
        ], { allowFailure: true });
        const lines = config.exitCode === 0 ? config.stdout.split('\n') : [];
        if (lines.some((line) => /^local\tcore\.repositoryformatversion /.test(line))) {
            this.checkoutAuth ??= Promise.resolve(lines.some((line) => /^\w+\thttp\..*extraheader( |$)/.test(line)));
            return true;
        }
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    /**
     * Whether the clone is shallow: its `shallow` file read where git keeps it, no git process;
     * git asked only when the repository's directory cannot be told from the working directory.
     */
    async isShallow() {
        const file = this.shallowFile();
        if (file !== undefined)
            return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).size > 0;
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** `$GIT_COMMON_DIR/shallow`, as git finds it (GIT_DIR, a .git directory or gitfile, commondir). */
    shallowFile() {
        const common = this.commonDir();
        return common === undefined ? undefined : (0,external_node_path_.join)(common, 'shallow');
    }
    /**
     * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
     * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
     */
    commonDir() {
        return commonDirOf(findGitDir(this.cwd), this.cwd);
    }
    /**
     * HEAD's commit read from the files git keeps it in, no git process: HEAD itself (detached),
     * or the loose ref of the branch it names, which git writes on every update of that branch.
     * Undefined where the files do not tell: an unborn branch, a ref only in packed-refs, a
     * reftable repository, a directory git cannot be found from.
     */
    headFromFiles() {
        const gitDir = findGitDir(this.cwd);
        const common = commonDirOf(gitDir, this.cwd);
        if (gitDir === undefined || common === undefined)
            return undefined;
        try {
            let content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8').trim();
            const branch = /^ref: (refs\/heads\/[^\s]+)$/.exec(content)?.[1];
            if (branch !== undefined) {
                if (branch.split('/').includes('..'))
                    return undefined;
                content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(common, branch), 'utf8').trim();
            }
            return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(content) ? content : undefined;
        }
        catch {
            return undefined;
        }
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The checked-out branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true
        });
        return result.exitCode === 0;
    }
    /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
    async remoteRefs(pattern, remote = 'origin') {
        return (await this.listRemote([pattern], remote)).refs;
    }
    /**
     * Everything a step needs to know of origin in one `ls-remote`: the refs matching any of
     * `patterns` (`HEAD` among them gives the default branch too, through `--symref`).
     */
    async listRemote(patterns, remote = 'origin') {
        const out = await this.output(['ls-remote', '--symref', remote, ...patterns]);
        const listing = { refs: new Map(), objects: new Map() };
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (sha.startsWith('ref: ')) {
                if (ref === 'HEAD')
                    listing.head = sha.slice('ref: refs/heads/'.length);
            }
            else if (ref.endsWith('^{}')) {
                listing.refs.set(ref.slice(0, -3), sha);
            }
            else {
                listing.objects.set(ref, sha);
                if (!listing.refs.has(ref))
                    listing.refs.set(ref, sha);
            }
        }
        if (listing.head && remote === 'origin')
            this.originHead = listing.head;
        // HEAD's line carries the default branch's commit: the branch is known without naming it.
        const head = listing.refs.get('HEAD');
        if (listing.head && head) {
            listing.refs.set(`refs/heads/${listing.head}`, head);
            listing.objects.set(`refs/heads/${listing.head}`, head);
        }
        return listing;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /**
     * The tags of `tagsMergedInto`, or undefined when `ref` names nothing: one git process where
     * `resolveCommit` and then `tagsMergedInto` would take two.
     */
    async tagsMergedIntoIfExists(ref, glob) {
        try {
            return await this.tagsMergedInto(ref, glob);
        }
        catch (error) {
            if (error instanceof GitCommandError && /malformed object name/.test(error.result.stderr))
                return undefined;
            throw error;
        }
    }
    /**
     * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
     * out); the new commit and its parent, or undefined when nothing changed. One git process when
     * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
     * paths are staged and committed again, and only then is it asked whether anything changed.
     * The new commit and its parent are HEAD after and before, read from git's files where they
     * tell it (`headFromFiles`); git is asked only where they do not.
     */
    async commit(paths, message) {
        const before = this.headFromFiles();
        const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths];
        let made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            await this.run(['add', '--', ...paths]);
            made = await this.run(args, { allowFailure: true });
        }
        if (made.exitCode !== 0) {
            const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
                allowFailure: true
            });
            if (changed.exitCode === 0)
                return undefined;
            throw new GitCommandError(args, made);
        }
        const after = this.headFromFiles();
        if (before !== undefined && after !== undefined && after !== before)
            return { sha: after, parent: before };
        const [sha = '', parent = ''] = (await this.output(['log', '-1', '--format=%H%n%P', 'HEAD']))
            .split('\n')
            .map((line) => line.split(' ')[0] ?? '');
        return { sha, parent };
    }
    /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
    async blobBytes(revision) {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', ['cat-file', 'blob', revision], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
        });
    }
    identityEnv() {
        if (!this.identity)
            return {};
        return {
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email
        };
    }
    /**
     * actions/checkout leaves an `http.<server>.extraheader` with the token unless
     * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
     * An App installation token lives an hour: each network command asks the run's token source
     * for a token valid a while yet (minted again near its end), never the first one kept.
     */
    async networkAuthArgs() {
        if (!this.token)
            return [];
        this.checkoutAuth ??= exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        }).then((existing) => existing.exitCode === 0 && existing.stdout.trim() !== '');
        if (await this.checkoutAuth)
            return [];
        const app = (0,token_source/* tokenSource */.Z)();
        const token = app?.minted(this.token) ? await app.fresh() : this.token;
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        // Scoped to the GitHub server: an origin naming another host never receives the token.
        return ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`];
    }
}
/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
function authHeaderKey(serverUrl) {
    const url = new URL(serverUrl);
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
/** The repository directory git would use for `cwd`, or undefined when it cannot be told here. */
function findGitDir(cwd) {
    if (process.env.GIT_DIR)
        return (0,external_node_path_.resolve)(cwd, process.env.GIT_DIR);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const entry = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(entry)) {
            if ((0,external_node_fs_.statSync)(entry).isDirectory())
                return entry;
            const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(entry, 'utf8'));
            return line ? (0,external_node_path_.resolve)(dir, line[1].trim()) : undefined;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The common dir of `gitDir` (see `Git.commonDir`); `cwd` resolves a relative GIT_COMMON_DIR. */
function commonDirOf(gitDir, cwd) {
    if (!gitDir)
        return undefined;
    let common = gitDir;
    if (process.env.GIT_COMMON_DIR)
        common = (0,external_node_path_.resolve)(cwd, process.env.GIT_COMMON_DIR);
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
        common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? common : undefined;
}
function hasGitEntryAbove(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ }),

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ mergeAndPush),
/* harmony export */   q: () => (/* binding */ forecastMerge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4553);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7801);
/**
 * Merging one remote branch into another and pushing the merge commit, in a scratch worktree so
 * the job's own checkout is left as it was. A push that loses a race redoes the merge on the new
 * head (a merge commit cannot be rebased); a conflict or a refused push is reported, not forced:
 * the push leases the head it merged on and only ever fast-forwards it.
 */




/** Merges `origin/<source>` into `origin/<target>` with a merge commit and pushes it. */
async function mergeAndPush(git, request) {
    const maxAttempts = request.maxAttempts ?? 4;
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.scratch, 'back-merge-'));
    const tracking = (branch) => `refs/remotes/origin/${branch}`;
    await git.run(['worktree', 'add', '--detach', '--quiet', dir, tracking(request.target)]);
    const tree = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(dir, { log: git.log, identity: git.identity });
    try {
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const targetSha = await git.output(['rev-parse', tracking(request.target)]);
            const sourceSha = await git.output(['rev-parse', tracking(request.source)]);
            if (await git.isAncestor(sourceSha, targetSha))
                return { kind: 'unchanged', sha: targetSha };
            await tree.run(['checkout', '--quiet', '--force', '--detach', targetSha]);
            const merge = await tree.run(['merge', '--no-ff', '--no-edit', '--no-verify', '-m', request.message, sourceSha], { allowFailure: true });
            let resolved;
            if (merge.exitCode !== 0) {
                const files = (await tree.output(['diff', '--name-only', '--diff-filter=U']))
                    .split('\n')
                    .filter(Boolean);
                if (files.length === 0) {
                    await tree.run(['merge', '--abort'], { allowFailure: true });
                    throw new Error(`git merge failed: ${merge.stderr.trim() || merge.stdout.trim()}`);
                }
                const left = request.squashed
                    ? await resolveSquashed(tree, files, request.squashed, targetSha)
                    : files;
                if (left.length > 0) {
                    await tree.run(['merge', '--abort'], { allowFailure: true });
                    return { kind: 'conflict', files: left, targetSha };
                }
                await tree.run(['commit', '--quiet', '--no-verify', '-m', request.message]);
                resolved = files;
            }
            if (request.dryRun) {
                return { kind: 'merged', sha: targetSha, replays: 0, wouldMerge: true, resolved };
            }
            const mergeSha = await tree.headSha();
            if (request.publish && resolved) {
                // GitHub's merges API merges without our resolution of a squashed release's files.
                git.log.warning(`The release arrived on ${request.source} squashed; ${resolved.join(', ')} merged on the release branch's base here, so the merge commit is pushed with git, not made through the API.`);
            }
            if (request.publish && !resolved) {
                const published = await request.publish(request.target, sourceSha, request.message);
                if (published.kind === 'refused')
                    return { ...published, targetSha };
                if (published.kind !== 'moved') {
                    await fetchTarget(git, request.target);
                    const sha = await git.output(['rev-parse', tracking(request.target)]);
                    if (published.kind === 'unchanged')
                        return { kind: 'unchanged', sha };
                    await checkSameTree(git, published.sha, mergeSha, targetSha);
                    return { kind: 'merged', sha: published.sha, replays: attempt - 1 };
                }
            }
            else {
                // Pushed from the checkout itself (same objects), so its credentials and token apply.
                // The lease is the head we merged on: origin takes the push only while the target is
                // still there, so another push in between (a commit, or a force-push back) fails ours
                // and we merge again on the new head; the update itself is always a fast-forward.
                const ref = `refs/heads/${request.target}`;
                const push = await git.run([
                    'push',
                    '--porcelain',
                    `--force-with-lease=${ref}:${targetSha}`,
                    'origin',
                    `${mergeSha}:${ref}`
                ], { allowFailure: true });
                if (push.exitCode === 0) {
                    return { kind: 'merged', sha: mergeSha, replays: attempt - 1, resolved };
                }
                const rejection = (0,_push_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyPushFailure */ .hN)(push);
                if (rejection !== 'race') {
                    return {
                        kind: 'refused',
                        rejection,
                        detail: (0,_push_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteMessage */ .aT)(push) || push.stderr.trim(),
                        targetSha
                    };
                }
            }
            git.log.info(`${request.target} moved while we merged; merging again on its new head (attempt ${attempt}).`);
            await fetchTarget(git, request.target);
        }
        throw new Error(`Pushing the merge into ${request.target} kept losing races with other pushes (${maxAttempts} attempts); nothing was forced, rerun the job.`);
    }
    finally {
        await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        await git.run(['worktree', 'prune'], { allowFailure: true });
    }
}
/**
 * Merges each conflicting file again, three-way on the release branch's merge base with the
 * target, when the squash commit's content of it is the release head's: what the target already
 * has of the release is then no conflict. Resolved files are staged; the rest are returned.
 */
async function resolveSquashed(tree, files, squashed, targetSha) {
    const base = await tree.run(['merge-base', squashed.head, targetSha], { allowFailure: true });
    if (base.exitCode !== 0)
        return files;
    const baseSha = base.stdout.trim();
    const blob = async (commit, path) => {
        const r = await tree.run(['rev-parse', '--verify', '--quiet', `${commit}:${path}`], {
            allowFailure: true
        });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    };
    const left = [];
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(tree.cwd), 'squash-'));
    try {
        for (const file of files) {
            const theirs = await blob(squashed.head, file);
            const [ours, inBase, inSquash] = await Promise.all([
                blob(targetSha, file),
                blob(baseSha, file),
                blob(squashed.commit, file)
            ]);
            if (!theirs || theirs !== inSquash || !ours || !inBase) {
                left.push(file);
                continue;
            }
            const paths = ['ours', 'base', 'theirs'].map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, name));
            for (const [index, sha] of [ours, inBase, theirs].entries()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(paths[index], (await tree.run(['cat-file', 'blob', sha])).stdout);
            }
            const merged = await tree.run(['merge-file', '-p', ...paths], { allowFailure: true });
            if (merged.exitCode !== 0) {
                left.push(file);
                continue;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tree.cwd, file), merged.stdout);
            await tree.run(['add', '--', file]);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
    return left;
}
/**
 * A trial merge of `origin/<source>` into `origin/<target>` with `git merge-tree --write-tree`
 * (git 2.38+): the objects it writes belong to no ref, no branch, index or worktree changes.
 * The caller has fetched both branches with their history.
 */
async function forecastMerge(git, source, target) {
    const [sourceSha, targetSha] = await Promise.all([source, target].map((b) => git.output(['rev-parse', `refs/remotes/origin/${b}`])));
    const base = { source, target, sourceSha, targetSha };
    if (await git.isAncestor(sourceSha, targetSha)) {
        return { ...base, result: 'unchanged', conflicts: [] };
    }
    const trial = await git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', targetSha, sourceSha], { allowFailure: true });
    // Exit 0: clean; 1: conflicts (the tree, then the conflicted paths); else an error.
    if (trial.exitCode !== 0 && trial.exitCode !== 1) {
        throw new Error(`git merge-tree failed: ${trial.stderr.trim() || trial.stdout.trim()}`);
    }
    const conflicts = trial.exitCode === 1 ? trial.stdout.trim().split('\n').slice(1) : [];
    return { ...base, result: conflicts.length > 0 ? 'conflict' : 'clean', conflicts };
}
async function fetchTarget(git, target) {
    await git.run([
        'fetch',
        '--no-tags',
        'origin',
        `+refs/heads/${target}:refs/remotes/origin/${target}`
    ]);
}
/**
 * GitHub's merge commit, when made on the head we merged locally, must hold the local merge's
 * tree: the same content either way. (On a head that moved meanwhile it is a merge of its own.)
 */
async function checkSameTree(git, published, local, targetSha) {
    if ((await git.output(['rev-parse', `${published}^1`])) !== targetSha)
        return;
    const [theirs, ours] = await Promise.all([
        git.output(['rev-parse', `${published}^{tree}`]),
        git.output(['rev-parse', `${local}^{tree}`])
    ]);
    if (theirs !== ours) {
        throw new Error(`GitHub's merge commit ${published} has tree ${theirs}, not the local merge's ${ours}.`);
    }
}


/***/ }),

/***/ 7102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ apiDefaultBranch)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6217);


/**
 * A lookup of the default branch through the API, with `client` (or one made from `token` on
 * first use). Without a token or a repository it says nothing; an API failure is a warning.
 */
function apiDefaultBranch(options) {
    const { context, log } = options;
    return async () => {
        if (!context.owner || !context.repo || (!options.client && !options.token))
            return undefined;
        try {
            const github = options.client ??
                (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token: options.token, apiUrl: context.apiUrl, log }));
            const { data } = await github.request('GET /repos/{owner}/{repo}', {
                owner: context.owner,
                repo: context.repo
            });
            return data.default_branch || undefined;
        }
        catch (error) {
            log.warning(`GitHub did not say the repository's default branch: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        }
    };
}


/***/ }),

/***/ 9636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xG: () => (/* reexport */ branches/* branchNameFor */.xG),
  cP: () => (/* reexport */ versioning_version/* checkPrereleaseId */.cP),
  bm: () => (/* reexport */ checkVersionPolicy),
  Qg: () => (/* reexport */ versioning_version/* isStableVersion */.Qg),
  yU: () => (/* reexport */ versioning_version/* nextVersion */.yU),
  W7: () => (/* reexport */ versioning_version/* olderThan */.W7),
  dV: () => (/* reexport */ branches/* parseBranchPatterns */.dV),
  lO: () => (/* reexport */ branches/* parseReleaseBranch */.lO),
  GU: () => (/* reexport */ parseReleaseTags),
  gX: () => (/* reexport */ versioning_version/* parseVersionInput */.gX),
  zD: () => (/* reexport */ versioning_version/* releaseTagName */.zD),
  me: () => (/* reexport */ resolveReleaseVersion)
});

// UNUSED EXPORTS: DEFAULT_HOTFIX_BRANCH_PATTERNS, DEFAULT_RELEASE_BRANCH_PATTERNS, RELEASE_TYPES, allowedVersions, compareVersionNumbers, diagnoseVersion, fitsForm, isReleaseVersion, latestReleaseTag, parseReleaseType, stableVersionNumbers, versionCore, versionFromMergeMessage

// EXTERNAL MODULE: ./packages/versioning/branches.ts
var branches = __webpack_require__(4555);
// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/versioning/version.ts
var versioning_version = __webpack_require__(15);
// EXTERNAL MODULE: ./packages/versioning/release-type.ts
var release_type = __webpack_require__(8411);
;// CONCATENATED MODULE: ./packages/versioning/policy.ts




/**
 * The versions that may follow `latest`: for `auto` a release is the next minor or major and a
 * hotfix the next patch; `minor`/`major`/`patch` force that bump. Empty for `any` (no check)
 * and before the first release (anything goes).
 */
function allowedVersions(latest, kind, releaseType) {
    if (latest === undefined || releaseType === 'any')
        return [];
    const bumps = releaseType !== 'auto' ? [releaseType] : kind === 'hotfix' ? ['patch'] : ['minor', 'major'];
    return bumps.map((bump) => ({ version: (0,versioning_version/* nextVersion */.yU)(latest.version, bump), bump }));
}
/**
 * Enforces the version policy of `release-type`. A pre-release is judged by its X.Y.Z. Refuses,
 * with one ConfigurationError naming the latest tag and the valid versions, a version that
 * repeats an existing tag, goes backwards, or skips. No latest tag: any valid version passes.
 */
function checkVersionPolicy(args) {
    const { version, kind, releaseType, latest } = args;
    if (releaseType === 'any')
        return;
    if (!(0,versioning_version/* isReleaseVersion */.O9)(version)) {
        throw policyError(args, 'which is not a release version (X.Y.Z)');
    }
    const core = (0,versioning_version/* versionCore */.C0)(version);
    const existing = new Set(args.existingVersions.map((v) => v.trim().replace(/^v(?=\d)/, '')));
    const allowed = allowedVersions(latest, kind, releaseType);
    if (existing.has(version) || (core !== version && existing.has(core))) {
        const tagged = existing.has(version) ? version : core;
        throw policyError(args, `which repeats an existing tag (${tagged} is already tagged)`, allowed);
    }
    if (latest === undefined || allowed.some((a) => a.version === core))
        return;
    throw policyError(args, describeMove(core, latest, allowed, args), allowed);
}
function describeMove(core, latest, allowed, args) {
    const { kind, releaseType } = args;
    const order = semver/* default */.A.compare(core, latest.version);
    if (order < 0)
        return 'which goes backwards';
    if (order === 0)
        return `which repeats the latest tag ${latest.name}`;
    if (allowed.some((a) => semver/* default */.A.gt(core, a.version)))
        return 'which skips a version';
    return releaseType === 'auto'
        ? `which is too small a bump for a ${kind}`
        : `which is not the ${releaseType} bump \`release-type\` asks for`;
}
function policyError(args, problem, allowed = []) {
    const { version, kind, latest, releaseType, source, branch } = args;
    const fromInput = source === 'input' || (source === undefined && branch === undefined);
    const named = branch === undefined ? '' : ` \`${branch}\``;
    const subject = fromInput
        ? `Input \`version\` is ${version}`
        : `${source === 'merge' ? 'The merged branch' : 'Branch'}${named} gives version ${version}`;
    const judged = (0,versioning_version/* isReleaseVersion */.O9)(version) && (0,versioning_version/* versionCore */.C0)(version) !== version;
    const core = judged ? ` (a pre-release is judged by its X.Y.Z, ${(0,versioning_version/* versionCore */.C0)(version)})` : '';
    const fix = fromInput
        ? 'Set `version` to a valid one'
        : source === 'merge'
            ? 'Set the `version` input'
            : 'Rename the branch or set the `version` input';
    return new errors/* ConfigurationError */.j1(`${subject}${core}, ${problem}.${describeRule(kind, releaseType, latest, allowed)} ${fix}, ` +
        'or set `release-type: any` to turn this check off.', fromInput ? { input: 'version' } : {});
}
function describeRule(kind, releaseType, latest, allowed) {
    if (latest === undefined) {
        return ' There is no latest release tag, so any version that has no tag yet is valid.';
    }
    const valid = allowed.map((a) => `${a.version} (next ${a.bump})`).join(' or ');
    const rule = releaseType === 'auto'
        ? `a ${kind} must be ${valid}`
        : `release-type: ${releaseType} asks for ${valid}`;
    return ` The latest release tag is ${latest.name}, so ${rule}.`;
}

;// CONCATENATED MODULE: ./packages/versioning/resolve.ts




// Subjects git and GitHub write for a merge. A remote-tracking branch carries its remote in
// front (`origin/`), a pull request its owner (`org/`); `Merge branch` names the branch itself.
const MERGE_SUBJECTS = [
    { pattern: /^Merge branch '([^']+)'/, qualified: false },
    { pattern: /^Merge remote-tracking branch '([^']+)'/, qualified: true },
    { pattern: /^Merge pull request #\d+ from (\S+)/, qualified: true }
];
/**
 * The release branch a merge commit merged, read from its subject: `Merge branch 'release-v1.3.0'`
 * (optionally `into main`), `Merge remote-tracking branch 'origin/release-v1.3.0'`,
 * `Merge pull request #12 from org/release-v1.3.0`. Undefined for any other commit, squash
 * merges (`Release 1.3.0 (#12)`) included: their subject names no branch.
 */
function versionFromMergeMessage(message, patterns) {
    const subject = message.trim().split(/\r?\n/)[0].trim();
    for (const { pattern, qualified } of MERGE_SUBJECTS) {
        const match = pattern.exec(subject);
        if (match)
            return (0,branches/* parseReleaseBranch */.lO)(unqualified(match[1], qualified), patterns);
    }
    return undefined;
}
/**
 * Resolves the release version, in the order of the contract: the `version` input (a leading `v`
 * is dropped; kind from the branch or merged branch, else hotfix when the patch is non-zero), the
 * branch name, the merged branch of `mergeMessage`. Undefined when none yields a version.
 */
function resolveReleaseVersion(args) {
    const { input, branch, mergeMessage, patterns } = args;
    if (input !== undefined && input.trim() !== '') {
        const version = (0,versioning_version/* parseVersionInput */.gX)(input);
        const known = quietly(() => fromBranchOrMerge(branch, mergeMessage, patterns));
        const kind = known?.kind ?? (semver/* default */.A.patch(version) === 0 ? 'release' : 'hotfix');
        return { version, kind, source: 'input', ...(known && { branch: known.branch }) };
    }
    const onBranch = branch ? (0,branches/* parseReleaseBranch */.lO)(branch, patterns) : undefined;
    if (onBranch)
        return resolvedFrom(onBranch, 'branch');
    const merged = mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined;
    return merged && resolvedFrom(merged, 'merge');
}
function resolvedFrom(found, source) {
    return { version: found.version, kind: found.kind, source, branch: found.branch };
}
function fromBranchOrMerge(branch, mergeMessage, patterns) {
    return ((branch ? (0,branches/* parseReleaseBranch */.lO)(branch, patterns) : undefined) ??
        (mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined));
}
// With an explicit `version`, a misnamed branch only fails to tell the kind; it is not an error.
function quietly(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return undefined;
        throw error;
    }
}
// `origin/release/1.3.0` is `release/1.3.0`: remote and owner names hold no slash.
function unqualified(name, qualified) {
    const slash = name.indexOf('/');
    return qualified && slash > 0 ? name.slice(slash + 1) : name;
}

// EXTERNAL MODULE: ./packages/base/input-defaults.ts
var input_defaults = __webpack_require__(8389);
;// CONCATENATED MODULE: ./packages/versioning/tags.ts


/**
 * Picks the release tags out of a repository's tag names (`refs/tags/` accepted): exactly
 * prefix + X.Y.Z, so `v1.2.0-rc.1`, `v1`, `latest` and `foo` are left out. Sorted newest
 * first by semver, duplicates dropped.
 */
function parseReleaseTags(tagNames, prefix = input_defaults/* SHARED_DEFAULTS */.R['tag-prefix']) {
    const byName = new Map();
    for (const raw of tagNames) {
        const name = raw.trim().replace(/^refs\/tags\//, '');
        if (!name.startsWith(prefix))
            continue;
        const version = name.slice(prefix.length);
        const numbers = (0,versioning_version/* stableVersionNumbers */.O6)(version);
        if (numbers)
            byName.set(name, { tag: { name, version }, numbers });
    }
    // X.Y.Z only, so semver's order is the numbers' order. Each tag is parsed once, not at every
    // comparison: semver.rcompare parses both sides each time, 12 ms for 500 tags in a cold
    // process against 1 ms this way.
    return [...byName.values()]
        .sort((a, b) => (0,versioning_version/* compareVersionNumbers */.Y0)(b.numbers, a.numbers))
        .map((entry) => entry.tag);
}
/** The newest release tag, or undefined before the first release. */
function latestReleaseTag(tagNames, prefix = SHARED_DEFAULTS['tag-prefix']) {
    return parseReleaseTags(tagNames, prefix)[0];
}

;// CONCATENATED MODULE: ./packages/versioning/index.ts
// Release versions: where they come from (input, branch, merge) and which ones the policy allows.







/***/ }),

/***/ 8235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5082);
/* harmony import */ var semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6599);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2338);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8511);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2603);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8756);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5714);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2173);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12__);
/**
 * The semver functions the suite uses, each from its own module. semver's index loads all of
 * semver, its range machinery included (~60 kB), which no action needs, at every action's start.
 */













const semver = {
    compare: (semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()),
    eq: (semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1___default()),
    gt: (semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2___default()),
    gte: (semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3___default()),
    inc: (semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4___default()),
    lt: (semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5___default()),
    major: (semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6___default()),
    minor: (semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7___default()),
    parse: (semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8___default()),
    patch: (semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9___default()),
    prerelease: (semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10___default()),
    rcompare: (semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11___default()),
    valid: (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12___default())
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (semver);


/***/ })

};
;
//# sourceMappingURL=7005.index.js.map