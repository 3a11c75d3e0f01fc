"use strict";
exports.id = 544;
exports.ids = [544,217];
exports.modules = {

/***/ 7750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startReleaseStep: () => (/* binding */ startReleaseStep)
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
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/release/start-release.ts
var start_release = __webpack_require__(2160);
// EXTERNAL MODULE: ./actions/start-release/src/inputs.ts
var src_inputs = __webpack_require__(7555);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/start-release/src/summary.ts

function startSummary(plan, outcome, milestone, waiting) {
    const verb = outcome === 'dry-run' ? 'Would cut' : outcome === 'unchanged' ? 'Already cut:' : 'Cut';
    let body = (0,summary/* resultLine */.ow)('start-release', outcome, `${verb} \`${plan.branch}\` (${plan.kind} **${plan.version}**, after ${plan.latest?.name ?? 'no release yet'}) ` +
        `from \`${plan.from}\` at \`${plan.sha.slice(0, 12)}\`.`);
    if (milestone) {
        body += `Milestone [${plan.version}](${milestone.url}) ${milestone.created ? 'created' : 'exists'}.\n\n`;
    }
    if (waiting.length > 0) {
        body += `**Still open into the base branch** (not in this release):\n\n${waiting.map((w) => `- ${w}`).join('\n')}\n`;
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/start-release/src/step.ts
/** start-release's work, loaded once its inputs and the checkout are known to be good. */









async function startReleaseStep(inputs, context, git) {
    const plan = await (0,start_release/* planRelease */.F3)(git, { ...inputs, version: inputs.version });
    const needsApi = inputs.createMilestone || (inputs.warnOpenPullRequests && !inputs.hotfix);
    const repo = needsApi ? (0,action_kit_context/* requireRepository */.C)(context) : undefined;
    const github = repo &&
        (await (0,client.createGitHubClient)({
            token: inputs.token,
            apiUrl: context.apiUrl,
            log: logger/* actionsLogger */.M
        }));
    const waiting = [];
    if (github && repo && inputs.warnOpenPullRequests && !inputs.hotfix) {
        try {
            const open = await (0,pulls/* listOpenPullsInto */.zD)(github, repo, inputs.base);
            waiting.push(...open.map((p) => `#${p.number} ${p.title} (${p.head})`));
            if (open.length > 0) {
                (0,core/* warning */.$e)(`${open.length} pull request(s) into ${inputs.base} are still open and will not be in ${plan.branch}: ` +
                    `${waiting.join('; ')}. Merge them first if they belong in ${plan.version}.`);
            }
        }
        catch (error) {
            (0,core/* warning */.$e)(`Could not list the pull requests open into ${inputs.base}: ${(0,pulls/* describeApiError */.gg)(error).text}`);
        }
    }
    let outcome = inputs.dryRun ? 'dry-run' : await (0,start_release/* pushNewBranch */.b7)(git, plan);
    let milestone;
    if (github && repo && inputs.createMilestone) {
        if (inputs.dryRun) {
            const found = await (0,pulls/* findMilestone */.sR)(github, repo, plan.version);
            milestone = found ? { ...found, created: false } : undefined;
        }
        else {
            milestone = await (0,pulls/* ensureMilestone */.rE)(github, repo, plan.version, `Release ${plan.version} (${plan.branch})`);
            if (milestone.created && outcome === 'unchanged')
                outcome = 'updated';
        }
    }
    (0,core/* info */.pq)(outcome === 'unchanged'
        ? `${plan.branch} exists already at ${plan.sha.slice(0, 12)} (${plan.from}); nothing to do.`
        : `${outcome === 'dry-run' ? 'Would cut' : 'Cut'} ${plan.branch} from ${plan.from} at ${plan.sha.slice(0, 12)}.`);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.branch]: plan.branch,
        [src_inputs/* Output */.k7.version]: plan.version,
        [src_inputs/* Output */.k7.previousVersion]: plan.latest?.version ?? '',
        [src_inputs/* Output */.k7.sha]: plan.sha,
        [src_inputs/* Output */.k7.milestoneNumber]: milestone?.number ?? '',
        [src_inputs/* Output */.k7.result]: outcome
    });
    await (0,core/* appendSummary */.fe)(startSummary(plan, outcome, milestone, waiting));
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
//# sourceMappingURL=544.index.js.map