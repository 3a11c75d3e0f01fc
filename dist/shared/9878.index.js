"use strict";
exports.id = 9878;
exports.ids = [9878];
exports.modules = {

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

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   zy: () => (/* binding */ makeLatestFor)
/* harmony export */ });
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);
/**
 * The GitHub Release of a tag, exactly once: looked up (drafts included) before it is created,
 * so a retried or rerun create finds the first one and updates it instead of adding another.
 */



/**
 * `make_latest` for a release: `auto` gives 'false' when a release tag newer than `version`
 * exists (a hotfix of an older line must not become the latest release) and 'true' otherwise;
 * drafts and pre-releases get none.
 */
function makeLatestFor(version, releaseVersions, choice, options) {
    if (options.draft || options.prerelease)
        return undefined;
    if (choice !== 'auto')
        return choice;
    for (const other of releaseVersions) {
        if (_versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(other) && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.prerelease(other) === null && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.gt(other, version))
            return 'false';
    }
    return 'true';
}
/** The release of `tag`, drafts included (GET /releases/tags/{tag} does not see drafts). */
async function findRelease(github, owner, repo, tag) {
    const found = await github.paginate(github.rest.repos.listReleases, { owner, repo, per_page: 100 }, (response, done) => {
        const hit = response.data.filter((r) => r.tag_name === tag);
        if (hit.length > 0)
            done();
        return hit;
    });
    // A published release wins over a leftover draft of the same tag.
    return found.find((r) => !r.draft) ?? found[0];
}
function sameText(a, b) {
    const normal = (text) => text.replace(/\r\n/g, '\n').trim();
    return normal(a ?? '') === normal(b);
}
/** Creates the release of the tag, or brings the existing one up to date; never a second one. */
async function publishRelease(github, request, log) {
    const what = `creating the GitHub Release ${request.tag}`;
    try {
        const existing = await findRelease(github, request.owner, request.repo, request.tag);
        if (existing)
            return await updateRelease(github, request, existing, log);
        try {
            const data = await (0,_github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
                what,
                send: async () => (await github.rest.repos.createRelease({
                    owner: request.owner,
                    repo: request.repo,
                    tag_name: request.tag,
                    target_commitish: request.sha,
                    name: request.name,
                    body: request.body ?? '',
                    draft: request.draft,
                    prerelease: request.prerelease,
                    ...(request.makeLatest && { make_latest: request.makeLatest }),
                    request: _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
                })).data,
                lookup: () => findRelease(github, request.owner, request.repo, request.tag),
                log
            });
            return { result: 'created', id: data.id, url: data.html_url, draft: data.draft };
        }
        catch (error) {
            // A create that GitHub carried out but whose answer was lost comes back, when retried, as
            // 422 already_exists: the release is there, so update it rather than fail.
            if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) !== 422 || !(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .validationCodes */ .Eb)(error).includes('already_exists'))
                throw error;
            const created = await findRelease(github, request.owner, request.repo, request.tag);
            if (!created)
                throw error;
            log.info(`The release ${request.tag} already exists (an earlier attempt made it).`);
            // Made by this run's own earlier attempt: created, whatever the update below finds.
            return { ...(await updateRelease(github, request, created, log)), result: 'created' };
        }
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainApiError */ .cU)(error, what);
    }
}
async function updateRelease(github, request, existing, log) {
    // A published release is never turned back into a draft; a draft is published when asked.
    const publish = existing.draft && !request.draft;
    const changes = {
        ...(request.body !== undefined &&
            !sameText(existing.body, request.body) && { body: request.body }),
        ...(existing.name !== request.name && { name: request.name }),
        ...(existing.prerelease !== request.prerelease && { prerelease: request.prerelease }),
        ...(publish && { draft: false })
    };
    if (Object.keys(changes).length === 0) {
        return { result: 'unchanged', id: existing.id, url: existing.html_url, draft: existing.draft };
    }
    log.info(`Updating the release ${request.tag}: ${Object.keys(changes).join(', ')}.`);
    const { data } = await github.rest.repos.updateRelease({
        owner: request.owner,
        repo: request.repo,
        release_id: existing.id,
        ...changes,
        ...(publish && request.makeLatest && { make_latest: request.makeLatest })
    });
    return { result: 'updated', id: data.id, url: data.html_url, draft: data.draft };
}


/***/ })

};
;
//# sourceMappingURL=9878.index.js.map