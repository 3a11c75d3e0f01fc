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

// UNUSED EXPORTS: DEFAULT_HOTFIX_BRANCH_PATTERNS, DEFAULT_RELEASE_BRANCH_PATTERNS, RELEASE_TYPES, allowedVersions, diagnoseVersion, fitsForm, isReleaseVersion, latestReleaseTag, parseReleaseType, stableVersionNumbers, versionCore, versionFromMergeMessage

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
        .sort((a, b) => b.numbers[0] - a.numbers[0] || b.numbers[1] - a.numbers[1] || b.numbers[2] - a.numbers[2])
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