"use strict";
exports.id = 9516;
exports.ids = [9516];
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

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   Di: () => (/* binding */ completeRange),
/* harmony export */   wR: () => (/* binding */ releaseTagsOnRemote),
/* harmony export */   yY: () => (/* binding */ ensureReleaseHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _local_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3845);
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
    const listing = request.listing ??
        (await git.listRemote([...request.branches.map((b) => `refs/heads/${b}`), `refs/tags/${prefix}*`], remote));
    const remoteTags = releaseTags(listing, prefix);
    const local = request.local ?? (await (0,_local_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocalRefs */ .c)(git, prefix, remote));
    const missing = missingLocally(local, listing, request.branches, prefix);
    const refspecs = missing.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const tagSpecs = missing.tags.length > 0 ? [`+refs/tags/${prefix}*:refs/tags/${prefix}*`] : [];
    // A tag fetch brings every tag of the prefix origin has (pre-releases too), as origin has it.
    const localTags = new Map([...local.tags].map(([name, tag]) => [name, tag.commit]));
    if (tagSpecs.length > 0)
        for (const [ref, sha] of listing.refs)
            if (ref.startsWith(`refs/tags/${prefix}`))
                localTags.set(ref.slice('refs/tags/'.length), sha);
    const report = { wasShallow, remoteTags, localTags };
    if (!wasShallow) {
        // A full clone that has origin's branches and tags as they are needs no fetch at all.
        if (refspecs.length + tagSpecs.length > 0)
            await git.run(['fetch', '--no-tags', remote, ...refspecs, ...tagSpecs]);
        return report;
    }
    if (remoteTags.size === 0) {
        // First release: the whole history is the release.
        const all = request.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
        await git.run(['fetch', '--no-tags', '--unshallow', remote, ...all]);
        return report;
    }
    const ends = request.endsRange ?? (() => true);
    // A branch the clone has no tracking ref of is short of a tag without asking git.
    const absent = request.branches.filter((b) => !local.tracking.has(b));
    const behind = [
        ...absent,
        ...(await branchesShortOfTag(git, request.branches.filter((b) => local.tracking.has(b)), prefix, remote, ends))
    ];
    const spec = (b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`;
    const stale = new Set(missing.branches);
    let check = behind;
    if (missing.tags.length <= ONE_FETCH_TAGS) {
        // One fetch for all of it. git leaves out of a fetch every ref whose destination already
        // names origin's commit, so a tip the clone has (the checked-out branch) is asked for without
        // a destination: that makes it a want, and the depth applies to it as to the new refs.
        const wants = [...behind.map((b) => (stale.has(b) ? spec(b) : `refs/heads/${b}`)), ...tagSpecs];
        if (wants.length > 0)
            await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...wants]);
    }
    else {
        // Many tags: each one commit deep (with the new branches), then the tips short of a release
        // tag deepened together; fetching every tag as deep as a branch would cost more than a trip.
        const first = [...absent.map(spec), ...tagSpecs];
        if (first.length > 0)
            await git.run(['fetch', '--no-tags', '--depth=1', remote, ...first]);
        check = await branchesShortOfTag(git, behind, prefix, remote, ends);
        if (check.length > 0)
            await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...check.map(spec)]);
    }
    for (const branch of await branchesShortOfTag(git, check, prefix, remote, ends))
        await deepenToReleaseTag(git, branch, prefix, remote, ends);
    return report;
}
/** Release tags one fetch may bring as deep as the branches; more are fetched one commit deep. */
const ONE_FETCH_TAGS = 64;
/**
 * What origin has that the clone lacks: branches whose tracking ref is not at origin's commit,
 * release tags absent or naming another object. No git process: the clone's refs are read already.
 */
function missingLocally(local, listing, branches, prefix) {
    const tags = [...releaseTags(listing, prefix).keys()].filter((name) => local.tags.get(name)?.object !== listing.objects.get(`refs/tags/${name}`));
    return {
        branches: branches.filter((b) => !listing.refs.has(`refs/heads/${b}`) ||
            local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`)),
        tags
    };
}
/** The branches whose local history does not reach a release tag that ends the range yet. */
async function branchesShortOfTag(git, branches, prefix, remote, ends) {
    const short = [];
    for (const branch of branches) {
        const reached = await git.tagsMergedIntoIfExists(`refs/remotes/${remote}/${branch}`, `${prefix}*`);
        if (!reached?.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
            short.push(branch);
    }
    return short;
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
    let depth = FIRST_DEPTH * 4;
    for (let round = 1; round < MAX_ROUNDS; round++, depth *= 4) {
        await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec]);
        const reached = await git.tagsMergedInto(tracking, `${prefix}*`);
        if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
            return;
    }
    await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true });
}
/** The remote's `<prefix>X.Y.Z` tags, name -> commit (peeled). */
async function releaseTagsOnRemote(git, prefix = 'v', remote = 'origin') {
    return releaseTags(await git.listRemote([`refs/tags/${prefix}*`], remote), prefix);
}
/** The `<prefix>X.Y.Z` tags of a listing, name -> commit (peeled). */
function releaseTags(listing, prefix) {
    const tags = new Map();
    for (const [ref, sha] of listing.refs) {
        if (!ref.startsWith(`refs/tags/${prefix}`))
            continue;
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
    // A full clone has no shallow boundary: nothing to check.
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
    let file = git.shallowFile();
    if (file === undefined) {
        const shallow = await git.output(['rev-parse', '--git-path', 'shallow']);
        file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(shallow) ? shallow : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.cwd, shallow);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return false;
    const boundary = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n').filter(Boolean));
    if (boundary.size === 0)
        return false;
    const commits = await git.output(['rev-list', ...revisions, '--']);
    return commits.split('\n').some((sha) => boundary.has(sha));
}


/***/ }),

/***/ 3845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readLocalRefs)
/* harmony export */ });
async function readLocalRefs(git, prefix, remote = 'origin') {
    const out = await git.output([
        'for-each-ref',
        '--format=%(objectname) %(*objectname) %(refname) %(symref)',
        `refs/tags/${prefix}*`,
        `refs/remotes/${remote}`
    ]);
    const refs = { tags: new Map(), tracking: new Map() };
    const tracking = `refs/remotes/${remote}/`;
    for (const line of out ? out.split('\n') : []) {
        const [object, peeled, name, symref] = line.split(' ');
        if (!object || !name)
            continue;
        if (name.startsWith('refs/tags/')) {
            refs.tags.set(name.slice('refs/tags/'.length), { object, commit: peeled || object });
        }
        else if (name === `${tracking}HEAD`) {
            if (symref?.startsWith(tracking))
                refs.remoteHead = symref.slice(tracking.length);
        }
        else if (name.startsWith(tracking)) {
            refs.tracking.set(name.slice(tracking.length), object);
        }
    }
    return refs;
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   Qg: () => (/* binding */ ruleViolation),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   V2: () => (/* binding */ wasRetried),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   fo: () => (/* binding */ requestOf),
/* harmony export */   i7: () => (/* binding */ isSecondaryRateLimit)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * What a failed GitHub API call means for the user. A 403 names the permission GitHub accepts
 * for the call (the `x-accepted-github-permissions` header), so the fix is one line of workflow.
 */

/** The HTTP status of an API error, or undefined for anything else. */
function apiStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A 403 (or 429) that is GitHub's secondary rate limit, not a missing permission. */
function isSecondaryRateLimit(error) {
    const failure = error;
    const data = failure?.response?.data;
    const text = `${failure?.message ?? ''} ${data?.message ?? ''}`;
    return /secondary rate limit|abuse detection/i.test(text);
}
/**
 * True when no answer came: the connection was refused, reset or closed before a response
 * (octokit reports it as a 500 without a response; the request may have been applied).
 */
function isNoAnswer(error) {
    const failure = error;
    return failure?.status === 500 && failure.request !== undefined && failure.response === undefined;
}
/**
 * GitHub's words when a ruleset refused a write (a 422 "Repository rule violations found" with
 * the rules broken, e.g. "Cannot create ref due to creations being restricted."), or undefined.
 */
function ruleViolation(error) {
    if (apiStatus(error) !== 422)
        return undefined;
    const failure = error;
    const data = failure?.response?.data;
    const text = data?.message ?? failure?.message ?? '';
    if (!/Repository rule violations? found/i.test(text))
        return undefined;
    const rules = text
        .replace(/^[\s\S]*?Repository rule violations? found\s*/i, '')
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean);
    return rules.length > 0 ? rules.join(' ') : 'Repository rule violations found.';
}
/** `POST /repos/acme/app/releases on api.github.com`, from an octokit error's request. */
function requestOf(error) {
    const request = error?.request;
    if (!request?.url)
        return undefined;
    try {
        const url = new URL(request.url);
        return { route: `${request.method ?? ''} ${url.pathname}`.trim(), host: url.host };
    }
    catch {
        return undefined;
    }
}
/**
 * True when the call that failed had been sent before (the client retried it after a lost
 * answer or a 5xx): an "already exists" then most likely names what that earlier try made.
 */
function wasRetried(error) {
    const request = error
        ?.request?.request;
    return (request?.retryCount ?? 0) > 0;
}
/** The `errors[].code` values of a 422 'Validation Failed' answer. */
function validationCodes(error) {
    const data = error?.response?.data;
    return (data?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
}
/** `contents=write` -> `contents: write`, several alternatives joined with "or". */
function describePermissions(header) {
    if (!header)
        return undefined;
    return header
        .split(';')
        .map((alternative) => alternative
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .join(', '))
        .join(' or ');
}
/**
 * Turns an API failure of `what` (e.g. "creating the release v1.3.0") into a ConfigurationError
 * for the user's mistakes (401, 403, 404) and leaves other errors (bugs, 5xx after retries)
 * as they are, with the call named.
 */
function explainApiError(error, what) {
    const failure = error;
    const status = apiStatus(error);
    const message = failure?.message ?? String(error);
    const request = requestOf(error);
    const to = request ? ` to ${request.route}` : '';
    if (isNoAnswer(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from GitHub (${request?.host ?? 'the API'})${to} while ${what}: the ` +
            `connection failed (${message}), also on the retries. The request may or may not have ` +
            'been applied; rerunning the job is safe.', { cause: error });
    }
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`, { input: 'token' });
    }
    if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub's secondary rate limit stopped ${what} (${status}${to}: ${message}), also after ` +
            'waiting it out; this is not a missing permission: rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403) {
        const needed = describePermissions(failure.response?.headers?.['x-accepted-github-permissions']);
        const fix = needed
            ? `The token lacks the permission '${needed}': add \`permissions: { ${needed} }\` to the job, ` +
                'or pass a token (GitHub App or PAT) that has it.'
            : 'Check that the token may write to this repository.';
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 403 while ${what}: ${message}. ${fix}`, {
            input: 'token'
        });
    }
    const violated = ruleViolation(error);
    if (violated) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`A ruleset of the repository refused ${what}: ${violated} Add the token's App or user to ` +
            "the ruleset's bypass list, or pass a token that may bypass it.", { input: 'token' });
    }
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
            `object does not exist (${message}).`);
    }
    if (status !== undefined && (status >= 500 || status === 429)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub answered ${status}${to} while ${what}: ${message}, also on the retries; rerun ` +
            'the job later (rerunning is safe).', { cause: error });
    }
    if (status !== undefined)
        return new Error(`GitHub answered ${status} while ${what}: ${message}`);
    return error instanceof Error ? error : new Error(message);
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);

/** Per-request options that turn octokit's retry plugin off for one call. */
const NO_BLIND_RETRY = { retries: 0 };
/** Sends `send` until it is answered, looking with `lookup` after each lost answer. */
async function writeOnce(write) {
    const attempts = write.attempts ?? 4;
    for (let attempt = 1;; attempt++) {
        try {
            return await write.send();
        }
        catch (error) {
            // A 429 the throttling left (no rate-limit headers) was refused, not applied: send again.
            if (statusOf(error) === 429 && attempt < attempts) {
                const after = Number(headerOf(error, 'retry-after'));
                const waitMs = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt);
                write.log?.warning(`GitHub answered 429 to ${write.what}; sending it again (${attempt} of ${attempts - 1}).`);
                await new Promise((resolve) => setTimeout(resolve, waitMs));
                continue;
            }
            if (!isLostAnswer(error))
                throw error;
            const found = await write.lookup();
            if (found !== undefined) {
                write.log?.info(`The answer to ${write.what} was lost, but it was applied; not sent again.`);
                return found;
            }
            if (attempt >= attempts)
                throw error;
            write.log?.warning(`The answer to ${write.what} was lost and it was not applied; sending it again (${attempt} of ${attempts - 1}).`);
            await new Promise((resolve) => setTimeout(resolve, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * attempt));
        }
    }
}
/**
 * A failure after which the request may or may not have been applied: no answer (octokit
 * reports a network failure as status 500) or a 5xx. Reads a wrapped error's `cause` too.
 */
function isLostAnswer(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** The HTTP status of an octokit error, or of the error a wrapper names as its `cause`. */
function statusOf(error) {
    for (const e of [error, error?.cause]) {
        const status = e?.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function headerOf(error, name) {
    for (const e of [error, error?.cause]) {
        const value = e?.response
            ?.headers?.[name];
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
    }
    return undefined;
}


/***/ }),

/***/ 9636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xG: () => (/* reexport */ branches/* branchNameFor */.xG),
  bm: () => (/* reexport */ checkVersionPolicy),
  Qg: () => (/* reexport */ versioning_version/* isStableVersion */.Qg),
  yU: () => (/* reexport */ versioning_version/* nextVersion */.yU),
  dV: () => (/* reexport */ branches/* parseBranchPatterns */.dV),
  lO: () => (/* reexport */ branches/* parseReleaseBranch */.lO),
  GU: () => (/* reexport */ parseReleaseTags),
  gX: () => (/* reexport */ versioning_version/* parseVersionInput */.gX),
  zD: () => (/* reexport */ versioning_version/* releaseTagName */.zD),
  me: () => (/* reexport */ resolveReleaseVersion)
});

// UNUSED EXPORTS: DEFAULT_HOTFIX_BRANCH_PATTERNS, DEFAULT_RELEASE_BRANCH_PATTERNS, RELEASE_TYPES, allowedVersions, diagnoseVersion, fitsForm, isReleaseVersion, latestReleaseTag, parseReleaseType, versionCore, versionFromMergeMessage

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

;// CONCATENATED MODULE: ./packages/versioning/tags.ts


/**
 * Picks the release tags out of a repository's tag names (`refs/tags/` accepted): exactly
 * prefix + X.Y.Z, so `v1.2.0-rc.1`, `v1`, `latest` and `foo` are left out. Sorted newest
 * first by semver, duplicates dropped.
 */
function parseReleaseTags(tagNames, prefix = 'v') {
    const byName = new Map();
    for (const raw of tagNames) {
        const name = raw.trim().replace(/^refs\/tags\//, '');
        if (!name.startsWith(prefix))
            continue;
        const version = name.slice(prefix.length);
        if ((0,versioning_version/* isStableVersion */.Qg)(version))
            byName.set(name, { name, version });
    }
    return [...byName.values()].sort((a, b) => semver/* default */.A.rcompare(a.version, b.version));
}
/** The newest release tag, or undefined before the first release. */
function latestReleaseTag(tagNames, prefix = 'v') {
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
//# sourceMappingURL=9516.index.js.map