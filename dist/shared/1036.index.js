"use strict";
exports.id = 1036;
exports.ids = [1036];
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
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/release/start-release.ts
var start_release = __webpack_require__(2160);
// EXTERNAL MODULE: ./actions/start-release/src/inputs.ts
var src_inputs = __webpack_require__(7555);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/start-release/src/summary.ts

function startSummary({ plan, result, milestone, waiting }) {
    const verb = result === 'dry-run' ? 'Would cut' : result === 'unchanged' ? 'Already cut:' : 'Cut';
    let body = (0,summary/* resultLine */.ow)('start-release', result, `${verb} \`${plan.branch}\` (${plan.kind} **${plan.version}**, after ${plan.latest?.name ?? 'no release yet'}) ` +
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
    const report = await (0,start_release/* startRelease */.I$)({
        git,
        github: async () => {
            const repo = (0,action_kit_context/* requireRepository */.C)(context);
            const client = await (0,github_client.createGitHubClient)({
                token: inputs.token,
                apiUrl: context.apiUrl,
                log: logger/* actionsLogger */.M
            });
            return { client, repo };
        },
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }),
        log: logger/* actionsLogger */.M
    }, inputs);
    const { plan, milestone } = report;
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.branch]: plan.branch,
        [src_inputs/* Output */.k7.version]: plan.version,
        [src_inputs/* Output */.k7.previousVersion]: plan.latest?.version ?? '',
        [src_inputs/* Output */.k7.sha]: plan.sha,
        [src_inputs/* Output */.k7.milestoneNumber]: milestone?.number ?? '',
        [src_inputs/* Output */.k7.result]: report.result
    });
    await (0,core/* appendSummary */.fe)(startSummary(report));
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

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ startRelease),
/* harmony export */   j$: () => (/* binding */ headsOf),
/* harmony export */   mx: () => (/* binding */ openReleaseBranches)
/* harmony export */ });
/* unused harmony exports planRelease, pushNewBranch */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8815);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7801);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2888);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9636);
/**
 * Step 2 of the process: cut `release-vX.Y.0` from the tip of develop (or, for a hotfix,
 * `hotfix-vX.Y.Z` from main at the latest release tag) and push it as a new branch, with the
 * version's milestone when asked, warning of pull requests still open into develop. Everything
 * is checked before the push; the push creates the branch and never moves an existing one.
 * Plain values in, the checkout, the GitHub client and a logger injected.
 */







/** Plans the branch, warns of open pull requests, pushes the branch, makes its milestone. */
async function startRelease(services, request) {
    const { git, log } = services;
    const plan = await planRelease(git, request, services.defaultBranch);
    const warnOpen = request.warnOpenPullRequests && !request.hotfix;
    const api = request.createMilestone || warnOpen ? await services.github() : undefined;
    const waiting = api && warnOpen ? await pullsStillOpen(api, request.base, plan, log) : [];
    let result = request.dryRun ? 'dry-run' : await pushNewBranch(git, plan);
    const milestone = api && request.createMilestone ? await releaseMilestone(api, plan, request.dryRun) : undefined;
    const branchExisted = result === 'unchanged';
    // A rerun that makes the milestone an earlier run could not: it created it, updated nothing.
    if (milestone?.created && branchExisted)
        result = 'created';
    log.info(branchExisted
        ? `${plan.branch} exists already at ${plan.sha.slice(0, 12)} (${plan.from}); ` +
            (milestone?.created ? `created its milestone ${plan.version}.` : 'nothing to do.')
        : `${result === 'dry-run' ? 'Would cut' : 'Cut'} ${plan.branch} from ${plan.from} at ${plan.sha.slice(0, 12)}.`);
    return { plan, result, milestone, waiting };
}
/** The pull requests open into `base`, warned of; a failed listing is a warning, not a failure. */
async function pullsStillOpen(api, base, plan, log) {
    try {
        const open = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .listOpenPullsInto */ .zD)(api.client, api.repo, base);
        const waiting = open.map((p) => `#${p.number} ${p.title} (${p.head})`);
        if (open.length > 0) {
            log.warning(`${open.length} pull request(s) into ${base} are still open and will not be in ${plan.branch}: ` +
                `${waiting.join('; ')}. Merge them first if they belong in ${plan.version}.`);
        }
        return waiting;
    }
    catch (error) {
        log.warning(`Could not list the pull requests open into ${base}: ${(0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .describeApiError */ .gg)(error).text}`);
        return [];
    }
}
/** The version's milestone, created when missing; a dry run only looks for it. */
async function releaseMilestone(api, plan, dryRun) {
    if (dryRun) {
        const found = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .findMilestone */ .sR)(api.client, api.repo, plan.version);
        return found && { number: found.number, url: found.url, created: false };
    }
    return (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureMilestone */ .rE)(api.client, api.repo, plan.version, `Release ${plan.version} (${plan.branch})`);
}
/** The remote's release and hotfix branches whose version is not tagged yet. */
function openReleaseBranches(remoteHeads, tags, patterns, tagPrefix) {
    const open = [];
    for (const name of remoteHeads) {
        let found;
        try {
            found = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseBranch */ .lO)(name, patterns);
        }
        catch {
            continue; // a misnamed branch is nobody's release
        }
        if (found && !tags.has(`${tagPrefix}${found.version}`)) {
            open.push({ branch: found.branch, kind: found.kind, version: found.version });
        }
    }
    return open;
}
/** Fetches what is needed and decides which branch to cut where; refuses with one clear error. */
async function planRelease(git, given, defaultBranch) {
    // One ls-remote: origin's HEAD (when the main branch is not given), its branches, its tags.
    const listing = await git.listRemote([
        ...(given.mainBranch ? [] : ['HEAD']),
        'refs/heads/*',
        `refs/tags/${given.tagPrefix}*`
    ]);
    // An empty main-branch is the repository's default branch (origin's HEAD, just listed).
    const request = given.mainBranch
        ? given
        : { ...given, mainBranch: (await (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteDefaultBranch */ .Ki)(git, defaultBranch)) ?? 'main' };
    const heads = headsOf(listing);
    for (const branch of new Set([request.mainBranch, ...(request.hotfix ? [] : [request.base])])) {
        if (!heads.has(branch)) {
            const input = branch === request.mainBranch ? 'main-branch' : (request.baseInput ?? 'develop-branch');
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Branch ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(branch)} does not exist on origin, so there is nothing to cut the ` +
                `${request.hotfix ? 'hotfix' : 'release'} from. Push it first, or set ` +
                `Input '${input}' to the branch you use.`, { input });
        }
    }
    const branches = request.hotfix ? [request.mainBranch] : [request.mainBranch, request.base];
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        listing,
        branches: [...new Set(branches)],
        tagPrefix: request.tagPrefix
    });
    const onMain = history.reached.get(request.mainBranch) ??
        (await git.tagsMergedInto(`refs/remotes/origin/${request.mainBranch}`, `${request.tagPrefix}*`));
    const latest = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseTags */ .GU)(onMain, request.tagPrefix)[0];
    const kind = request.hotfix ? 'hotfix' : 'release';
    const version = chooseVersion(request, latest, [...history.remoteTags.keys()], kind);
    const branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .branchNameFor */ .xG)(version, kind, request.patterns);
    const tag = `${request.tagPrefix}${version}`;
    if (history.remoteTags.has(tag)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Tag ${tag} exists already: ${version} has been released. Start the next one (the latest tag on ${request.mainBranch} is ${latest?.name ?? 'none'}).`, { input: 'version' });
    }
    let sha;
    let from;
    if (request.hotfix) {
        if (!latest) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`There is no release tag (${request.tagPrefix}X.Y.Z) on ${request.mainBranch}, so there is no release to hotfix.`);
        }
        sha =
            history.remoteTags.get(latest.name) ??
                (await git.output(['rev-parse', `${latest.name}^{commit}`]));
        from = latest.name;
    }
    else {
        sha = heads.get(request.base);
        from = request.base;
    }
    const existing = heads.get(branch);
    if (existing !== undefined && existing !== sha) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Branch ${branch} exists already on origin (at ${existing.slice(0, 12)}, while ${from} is at ` +
            `${sha.slice(0, 12)}). It was started before; continue on it, or delete it if it was a mistake. Nothing was pushed.`);
    }
    const others = openReleaseBranches([...heads.keys()], history.remoteTags, request.patterns, request.tagPrefix).filter((b) => b.kind === kind && b.branch !== branch);
    if (others.length > 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Another ${kind} branch is still open: ${others.map((b) => b.branch).join(', ')} ` +
            `(its version has no ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(`${request.tagPrefix}X.Y.Z`)} tag yet` +
            // No tag of that form at all: the prefix is the likelier mistake.
            `${latest ? '' : `; no tag on ${request.mainBranch} has that form: check Input 'tag-prefix'`}). Finish it (merge to ${request.mainBranch} and tag) or delete it before starting ${branch}.`);
    }
    return { version, kind, branch, sha, from, latest, exists: existing === sha };
}
function chooseVersion(request, latest, tags, kind) {
    if (request.version === undefined) {
        return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .nextVersion */ .yU)(latest?.version, request.hotfix ? 'patch' : request.bump);
    }
    const version = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionInput */ .gX)(request.version);
    (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkVersionPolicy */ .bm)({
        version,
        kind,
        releaseType: request.releaseType,
        latest,
        existingVersions: tags.map((t) => t.slice(request.tagPrefix.length)),
        source: 'input'
    });
    return version;
}
/** Pushes `plan.sha` as the new branch; a branch that appeared meanwhile is refused, not moved. */
async function pushNewBranch(git, plan) {
    if (plan.exists)
        return 'unchanged';
    const ref = `refs/heads/${plan.branch}`;
    const result = await git.run(['push', '--porcelain', 'origin', `${plan.sha}:${ref}`], {
        allowFailure: true
    });
    if (result.exitCode === 0)
        return 'created';
    const kind = (0,_git_push_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyPushFailure */ .hN)(result);
    const detail = (0,_git_push_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteMessage */ .aT)(result) || result.stderr.trim();
    if (kind === 'race') {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Branch ${plan.branch} was created on origin by someone else while this ran; it was left as it is.\n${detail}`);
    }
    if (kind === 'protected' || kind === 'permission') {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused to create ${plan.branch} (a rule or the token's permissions; the job needs 'contents: write').\n${detail}`);
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pushing ${plan.branch} failed.\n${detail}`);
}
/** The branches of a listing, name -> commit. */
function headsOf(listing) {
    const heads = new Map();
    for (const [ref, sha] of listing.refs)
        if (ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), sha);
    return heads;
}


/***/ })

};
;
//# sourceMappingURL=1036.index.js.map