"use strict";
exports.id = 856;
exports.ids = [856,217];
exports.modules = {

/***/ 8990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backMergeStep: () => (/* binding */ backMergeStep)
});

// EXTERNAL MODULE: ./packages/action-kit/context.ts
var action_kit_context = __webpack_require__(2399);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/release/back-merge.ts
var back_merge = __webpack_require__(9848);
// EXTERNAL MODULE: ./packages/release/arrival.ts
var arrival = __webpack_require__(1993);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./actions/back-merge/src/inputs.ts
var src_inputs = __webpack_require__(6475);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/back-merge/src/summary.ts

const SAID = {
    merged: 'merged',
    unchanged: 'already merged',
    'pull-request': 'pull request',
    'dry-run': 'dry run'
};
const ANCESTRY = {
    yes: 'yes',
    pending: 'pending (once the pull request is merged with a merge commit)',
    no: '**no**'
};
function backMergeSummary(report) {
    let body = (0,summary/* resultLine */.ow)('back-merge', report.result, `\`${report.source}\` (${report.version ?? 'no release tag'}, \`${report.sourceSha.slice(0, 12)}\`) into ` +
        `${report.targets.map((t) => `\`${t.target}\``).join(', ')}.`);
    body += (0,summary/* table */.tp)([
        'Target',
        'Result',
        'Commit',
        'Pull request',
        'Conflicting files',
        `${report.source} is an ancestor`
    ], report.targets.map((t) => [
        t.target,
        t.result === 'dry-run' && t.reason
            ? `dry run: would need a pull request (${t.reason})`
            : SAID[t.result],
        t.result === 'pull-request' ? '' : t.sha.slice(0, 12),
        t.pullRequestUrl ? `[#${t.pullRequestNumber}](${t.pullRequestUrl})` : '',
        t.conflicts.map((f) => `\`${f}\``).join(', '),
        ANCESTRY[t.ancestry]
    ]));
    if (report.arrival?.kind === 'squash') {
        const resolved = report.targets.flatMap((t) => t.resolved ?? []);
        body +=
            `\n⚠️ ${report.version ?? 'The release'} reached \`${report.source}\` squashed or rebased ` +
                `(${report.arrival.branch ?? 'release branch'} head \`${report.arrival.head?.slice(0, 12) ?? '?'}\` is not in its history). ` +
                (resolved.length > 0
                    ? `These files conflicted only because of it and were merged on the release branch's own base: ${resolved.map((f) => `\`${f}\``).join(', ')}.`
                    : 'Merged with that knowledge: content the target already had from the release branch is not a conflict.') +
                ' Merge release pull requests with a merge commit.\n';
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/back-merge/src/step.ts
/** back-merge's work, loaded once its inputs and the checkout are known to be good. */











async function backMergeStep(inputs, context, git) {
    const publishMerge = (0,commit_via/* stepMergePublisher */.Fn)(inputs.commitVia, {
        token: inputs.token,
        context,
        log: logger/* actionsLogger */.M
    });
    let client;
    const github = () => (client ??= (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    }));
    const report = await (0,back_merge/* backMerge */.WT)(git, { ...inputs, scratch: context.runnerTemp, publishMerge }, async (spec) => (0,pulls/* upsertPull */.N2)(await github(), (0,action_kit_context/* requireRepository */.C)(context), spec), async (sha) => (0,arrival/* mergedReleasePull */.pM)(await github(), (0,action_kit_context/* requireRepository */.C)(context), sha, inputs.patterns));
    for (const t of report.targets) {
        if (t.result === 'pull-request') {
            (0,core/* warning */.$e)(`${report.source} was not merged into ${t.target} directly (${t.reason === 'conflict' ? `conflicts: ${t.conflicts.join(', ')}` : 'protected branch'}); ` +
                `pull request ${t.pullRequestUrl ?? ''} waits for a person.`);
        }
        else {
            (0,core/* info */.pq)(`${t.target}: ${t.result}${t.conflicts.length ? ` (would conflict: ${t.conflicts.join(', ')})` : ''} at ${t.sha.slice(0, 12)}`);
        }
    }
    const primary = report.targets[0];
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.result]: report.result,
        [src_inputs/* Output */.k7.sha]: primary.result === 'pull-request' ? '' : primary.sha,
        [src_inputs/* Output */.k7.ancestry]: primary.ancestry,
        [src_inputs/* Output */.k7.pullRequestUrl]: report.targets.find((t) => t.pullRequestUrl)?.pullRequestUrl ?? '',
        [src_inputs/* Output */.k7.targets]: JSON.stringify(report.targets.map((t) => ({
            target: t.target,
            result: t.result,
            sha: t.result === 'pull-request' ? '' : t.sha,
            conflicts: t.conflicts,
            pullRequestUrl: t.pullRequestUrl ?? ''
        })))
    });
    await (0,core/* appendSummary */.fe)(backMergeSummary(report));
    const broken = report.targets.filter((t) => t.ancestry === 'no');
    if (broken.length > 0) {
        (0,core/* error */.z3)(`${report.source} is not an ancestor of ${broken.map((t) => t.target).join(', ')} on origin after the back-merge ` +
            '(someone pushed over the merge?): git-flow relies on it. Merge it again with a merge commit.', undefined, 'back-merge: ancestry');
        (0,core/* markFailed */.ZY)();
    }
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ow: () => (/* binding */ resultLine),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small markdown builders for job summaries; each action composes its summary from these. */
/** Escapes text for a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const head = `| ${header.map(cell).join(' | ')} |`;
    const rule = `| ${header.map(() => '---').join(' | ')} |`;
    return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}
function codeBlock(text, language = '') {
    const fence = text.includes('```') ? '````' : '```';
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** The first line every summary starts with: what ran and how it ended. */
function resultLine(action, result, detail) {
    const icon = result === 'failure'
        ? '❌'
        : result === 'dry-run'
            ? '🧪'
            : result === 'unchanged'
                ? '⏸️'
                : result === 'skipped'
                    ? '⏭️'
                    : '✅';
    return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`;
}


/***/ }),

/***/ 1597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ remoteDefaultBranch)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's default branch (`main`, `master`, ...), where the `main-branch` input is left
 * empty: what the clone knows of origin's HEAD, else what origin says, else the event payload's
 * `repository.default_branch` (what the API reports, delivered with every event).
 */

async function remoteDefaultBranch(git, remote = 'origin') {
    const known = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true
    });
    const name = known.stdout.trim();
    if (known.exitCode === 0 && name.startsWith(`${remote}/`))
        return name.slice(remote.length + 1);
    const listed = await git.run(['ls-remote', '--symref', remote, 'HEAD'], { allowFailure: true });
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(listed.stdout);
    if (symref)
        return symref[1];
    return eventDefaultBranch();
}
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

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   Di: () => (/* binding */ completeRange),
/* harmony export */   yY: () => (/* binding */ ensureReleaseHistory)
/* harmony export */ });
/* unused harmony export releaseTagsOnRemote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need, deeper step by step until its history holds a release
 * tag.
 */


const RELEASE_TAG = /^\d+\.\d+\.\d+$/;
/** Makes the release tags and the named branches' recent history available locally. */
async function ensureReleaseHistory(git, request) {
    const remote = request.remote ?? 'origin';
    const prefix = request.tagPrefix ?? 'v';
    const wasShallow = await git.isShallow();
    const remoteTags = await releaseTagsOnRemote(git, prefix, remote);
    const refspecs = request.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`;
    if (!wasShallow) {
        await git.run(['fetch', '--no-tags', remote, ...refspecs, tagSpec]);
        return { wasShallow, remoteTags };
    }
    if (remoteTags.size === 0) {
        // First release: the whole history is the release.
        await git.run(['fetch', '--no-tags', '--unshallow', remote, ...refspecs]);
        return { wasShallow, remoteTags };
    }
    await git.run(['fetch', '--no-tags', '--depth=1', remote, tagSpec]);
    const ends = request.endsRange ?? (() => true);
    for (const branch of request.branches)
        await deepenToReleaseTag(git, branch, prefix, remote, ends);
    return { wasShallow, remoteTags };
}
const FIRST_DEPTH = 16;
const MAX_ROUNDS = 4;
/**
 * Fetches `branch` deeper and deeper (16, 64, 256, 1024 commits) until a release tag is in its
 * history, then stops; past that, the whole history. `--shallow-exclude` would be exact, but git
 * (2.39) records a shallow boundary it never sends when the tip is a merge commit the clone
 * already has, and every later fetch then fails with "error in object: unshallow".
 */
async function deepenToReleaseTag(git, branch, prefix, remote, ends) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    const refspec = `+refs/heads/${branch}:${tracking}`;
    let depth = FIRST_DEPTH;
    for (let round = 0; round < MAX_ROUNDS; round++, depth *= 4) {
        await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec]);
        const reached = await git.tagsMergedInto(tracking, `${prefix}*`);
        if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
            return;
    }
    await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true });
}
/** The remote's `<prefix>X.Y.Z` tags, name -> commit (peeled). */
async function releaseTagsOnRemote(git, prefix = 'v', remote = 'origin') {
    const refs = await git.remoteRefs(`refs/tags/${prefix}*`, remote);
    const tags = new Map();
    for (const [ref, sha] of refs) {
        const name = ref.slice('refs/tags/'.length);
        if (RELEASE_TAG.test(name.slice(prefix.length)))
            tags.set(name, sha);
    }
    return tags;
}
/**
 * Makes `revisions` (e.g. `HEAD ^v1.2.0`) a complete range: while a commit in it is a shallow
 * boundary (its parents not fetched), fetches deeper (bounded), then the whole history. Throws
 * when the range still meets the boundary, so no caller reads a truncated range as the release.
 */
async function completeRange(git, revisions, remote = 'origin') {
    // One look at a full clone: no shallow boundary, nothing to check.
    if (!(await cutOffIn(git, revisions)))
        return;
    for (let step = 0; step < 4 && (step === 0 || (await cutOffIn(git, revisions))); step++) {
        await git.run(['fetch', '--no-tags', `--deepen=${64 * 4 ** step}`, remote], {
            allowFailure: true
        });
    }
    if (!(await cutOffIn(git, revisions)))
        return;
    await git.run(['fetch', '--no-tags', '--unshallow', remote], { allowFailure: true });
    if (await cutOffIn(git, revisions)) {
        throw new Error(`The range ${revisions.join(' ')} is cut off by the shallow clone even after fetching the whole history from ${remote}.`);
    }
}
/** Makes the whole history of HEAD available (a first release reads all of it). */
async function completeHistory(git, remote = 'origin') {
    if (!(await git.isShallow()))
        return;
    await git.run(['fetch', '--no-tags', '--unshallow', remote], { allowFailure: true });
    if (await git.isShallow())
        await completeRange(git, ['HEAD'], remote);
}
/** Whether a commit of the range is a shallow boundary (its parents not fetched). */
async function cutOffIn(git, revisions) {
    const shallow = await git.output(['rev-parse', '--git-path', 'shallow']);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(shallow) ? shallow : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.cwd, shallow);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return false;
    const boundary = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n').filter(Boolean));
    if (boundary.size === 0)
        return false;
    const commits = await git.output(['rev-list', ...revisions, '--']);
    return commits.split('\n').some((sha) => boundary.has(sha));
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   retryBaseMs: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _action_kit_app_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3528);


/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment so fault tests run quickly.
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/** Spacing between write requests; GitHub's guidance is one second, the tests shorten it. */
function writeSpacingMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_WRITE_SPACING_MS);
    return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.RELEASE_ACTIONS_WRITE_SPACING_MS
        ? fromEnv
        : 1000;
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 3934)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl,
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: retryBaseMs(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s); rate-limit waits honour retry-after.
            retryAfterBaseValue: retryBaseMs(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs() }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    }, retry, throttling);
    return octokit;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_action_kit_app_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .appTokenSource */ .Ef)();
    if (!app?.minted(token))
        return {};
    const auth = Object.assign(async () => ({ type: 'token', token: await app.fresh() }), {
        hook: async (request, route, parameters) => {
            const endpoint = request.endpoint.merge(route, parameters);
            endpoint.headers.authorization = `token ${await app.fresh()}`;
            return request(endpoint);
        }
    });
    return { authStrategy: () => auth };
}


/***/ })

};
;
//# sourceMappingURL=856.index.js.map