"use strict";
exports.id = 2419;
exports.ids = [2419];
exports.modules = {

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

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aT: () => (/* binding */ remoteMessage),
/* harmony export */   hN: () => (/* binding */ classifyPushFailure),
/* harmony export */   r9: () => (/* binding */ pushCommits),
/* harmony export */   tq: () => (/* binding */ replayOnRemote)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * Pushing our own commits to a branch other people push to as well. A push that loses a race is
 * replayed on top of the new remote head and retried a bounded number of times; a push the server
 * refuses (protected branch, missing permission) is a clear error. Never `--force`.
 */

/** Tells a lost race from a refusal by reading git's report of the push. */
function classifyPushFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    if (/\[rejected\].*\((fetch first|non-fast-forward)\)/.test(text) ||
        /\(stale info\)/.test(text) ||
        // Another push landed between the server's ref advertisement and our update.
        /cannot lock ref '[^']+': is at [0-9a-f]+ but expected/.test(text)) {
        return 'race';
    }
    if (/\[remote rejected\]|pre-receive hook declined|protected branch|GH006|GH013|rule violations/i.test(text)) {
        return 'protected';
    }
    if (/Permission to .* denied|The requested URL returned error: 403|403 Forbidden|Authentication failed/i.test(text)) {
        return 'permission';
    }
    return 'other';
}
/** The lines of the push report that came from the server (`remote: ...`), for error messages. */
function remoteMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .filter((l) => /^remote:|^ ?!|\[remote rejected\]|\[rejected\]|^error:|^fatal:/.test(l.trim()))
        .map((l) => l.trim())
        .filter((l) => l !== 'remote:');
    return lines.join('\n');
}
/**
 * Pushes HEAD to `branch`. `base` is the remote head our own commits were made on; after a lost
 * race they are rebased from `base` onto the new remote head, so the other commit is kept.
 */
async function pushCommits(git, branch, base, 
/** `head`: HEAD's commit, known to the caller; a push that lands at once needs no look at it. */
options = {}) {
    const remote = options.remote ?? 'origin';
    const maxAttempts = options.maxAttempts ?? 4;
    let onto = base;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const result = await git.run(['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`], {
            allowFailure: true
        });
        if (result.exitCode === 0) {
            const sha = attempt === 1 && options.head ? options.head : await git.headSha();
            return { sha, replays: attempt - 1 };
        }
        const kind = classifyPushFailure(result);
        if (kind !== 'race')
            throw pushRefusal(branch, kind, result);
        git.log.info(`The push to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`);
        onto = await replayOnRemote(git, branch, onto, remote);
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pushing to ${branch} kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`);
}
/**
 * After a lost race: fetches the branch and rebases our commits from `base` onto its new head
 * (the other commit is kept); returns that head. A conflict aborts the rebase and says so.
 */
async function replayOnRemote(git, branch, base, remote) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    await git.run(['fetch', '--no-tags', remote, `+refs/heads/${branch}:${tracking}`]);
    const remoteHead = await git.output(['rev-parse', tracking]);
    const rebase = await git.run(['rebase', '--onto', remoteHead, base], { allowFailure: true });
    if (rebase.exitCode !== 0) {
        await git.run(['rebase', '--abort'], { allowFailure: true });
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Another commit (${remoteHead.slice(0, 12)}) landed on ${branch} and ours does not apply on top of it: ` +
            `${rebase.stdout.trim() || rebase.stderr.trim()}. Nothing was pushed; rerun the job on the new head.`);
    }
    return remoteHead;
}
function pushRefusal(branch, kind, result) {
    const detail = remoteMessage(result) || result.stderr.trim();
    if (kind === 'protected' && /verified signatures|must be signed/i.test(detail)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused the push to ${branch}: the branch requires signed commits.\n${detail}\n` +
            "Set 'commit-via: api' (or 'auto'): the commit is then made through GitHub's API, which signs it.");
    }
    if (kind === 'protected') {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused the push to ${branch}; the branch is protected or a rule forbids it.\n${detail}\n` +
            'Allow this token to push (a GitHub App or PAT listed in the bypass list), or let the action open a pull request instead.');
    }
    if (kind === 'permission') {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token may not push to ${branch} (the job needs 'contents: write').\n${detail}`);
    }
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pushing to ${branch} failed.\n${detail}`);
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

/***/ 5400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ commitAndPush)
/* harmony export */ });
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7801);

/**
 * Commits `paths` and publishes the commit; `base` is HEAD before the files were written, by
 * default the new commit's parent.
 */
async function commitAndPush(git, paths, base, request) {
    const made = await git.commit(paths, request.message);
    if (!request.push || made === undefined || request.branch === undefined)
        return { commitSha: made?.sha, pushed: false, replays: 0 };
    const from = base ?? made.parent;
    const published = request.publish
        ? await request.publish(git, request.branch, from)
        : await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_0__/* .pushCommits */ .r9)(git, request.branch, from, { head: made.sha });
    return { commitSha: published.sha, pushed: true, replays: published.replays };
}


/***/ }),

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveReleaseTarget),
/* harmony export */   h: () => (/* binding */ enforcePolicy)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8815);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_local_refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3845);
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8235);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9636);
/**
 * Which version this run releases, and the release tags around it: the shared first half of
 * bump-version, update-changelog and create-tag. Resolution order and policy are SPEC "Versions".
 */







/** Resolves the version, fetches the tags and history it needs, finds the latest release tag. */
async function resolveReleaseTarget(git, request) {
    const branch = request.branch ?? (await git.currentBranch());
    // HEAD's message tells the version only when the branch does not (the run after a merge).
    const mergeMessage = request.versionInput || namesVersion(branch, request.patterns)
        ? undefined
        : await git.output(['log', '-1', '--format=%B', 'HEAD']);
    const resolved = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveReleaseVersion */ .me)({
        input: request.versionInput,
        branch,
        mergeMessage,
        patterns: request.patterns
    });
    if (!resolved) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot tell which version to release: the branch '${branch ?? '(detached HEAD)'}' is not a release or hotfix branch ` +
            `(${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}) and HEAD is not the merge of one. ` +
            "Set the 'version' input, or run on a branch like release-v1.3.0.", { input: 'version' });
    }
    // The clone's tags, tracking branches and origin's HEAD as last seen: one local read.
    const local = await (0,_git_local_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .readLocalRefs */ .c)(git, request.tagPrefix);
    const known = request.mainBranch || local.remoteHead;
    // One ls-remote answers for the run's branch, the main branch (or origin's HEAD when its name
    // is not known yet) and the release tags: a single round trip to origin.
    const listing = await git.listRemote([
        ...(known ? [] : ['HEAD']),
        ...[...new Set([branch, known])].filter((n) => !!n).map((n) => `refs/heads/${n}`),
        `refs/tags/${request.tagPrefix}*`
    ]);
    const heads = new Set();
    for (const ref of listing.refs.keys())
        if (ref.startsWith('refs/heads/'))
            heads.add(ref.slice('refs/heads/'.length));
    if (listing.head)
        heads.add(listing.head);
    const wanted = known ?? listing.head ?? (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .eventDefaultBranch */ .Ex)() ?? (await request.defaultBranch?.());
    if (wanted && !heads.has(wanted) && wanted !== known) {
        // Only from the event payload: ask for that branch after all.
        const more = await git.listRemote([`refs/heads/${wanted}`]);
        if (more.refs.size > 0)
            heads.add(wanted);
    }
    const onRemote = branch ? heads.has(branch) : false;
    const mainBranch = resolveMainBranch(git, request.mainBranch, wanted, heads);
    const branches = [
        ...(mainBranch ? [mainBranch] : []),
        ...(branch && onRemote && branch !== mainBranch ? [branch] : [])
    ];
    // Deepened until a release OLDER than this one is reached: the version's own tag may be at HEAD.
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        listing,
        local,
        branches,
        tagPrefix: request.tagPrefix,
        endsRange: (name) => (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)([name], request.tagPrefix).some((t) => _versioning_semver_js__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A.lt(t.version, resolved.version))
    });
    const tag = `${request.tagPrefix}${resolved.version}`;
    const lineTags = request.lineTags === false
        ? []
        : await releaseLineTags(git, resolved.kind, { ...request, mainBranch: mainBranch ?? '' });
    const latest = lineTags.find((t) => t.name !== tag);
    const { remoteTags, localTags } = history;
    return { ...resolved, branch, tag, latest, lineTags, remoteTags, localTags };
}
/** Whether the branch's name alone says the version (then HEAD's message is not read). */
function namesVersion(branch, patterns) {
    if (!branch)
        return false;
    try {
        return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseBranch */ .lO)(branch, patterns) !== undefined;
    }
    catch (error) {
        // A misnamed release branch: the resolution fails on it (or, with an input, ignores both).
        if (error instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return true;
        throw error;
    }
}
/**
 * The `main-branch` input, or when it is empty the repository's default branch. A branch that
 * origin does not have is refused naming the input; an unknown default is no main branch (the
 * tags reachable from HEAD are followed instead).
 */
function resolveMainBranch(git, given, name, heads) {
    if (!name) {
        git.log.warning("The repository's default branch is unknown (origin has no HEAD); set the 'main-branch' input to the branch releases are merged into.");
        return undefined;
    }
    if (heads.has(name))
        return name;
    if (given) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'main-branch' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(name)}, a branch that does not exist on origin. ` +
            'Set it to the branch releases are merged into (e.g. main or master).', { input: 'main-branch' });
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The main branch ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(name)} does not exist on origin (it is the repository's default branch)` +
        ". Set the 'main-branch' input to the branch releases are merged into (e.g. main or master).", { input: 'main-branch' });
}
/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(git, kind, request) {
    const glob = `${request.tagPrefix}*`;
    if (kind === 'release' && request.mainBranch !== '') {
        const onMain = await git.tagsMergedIntoIfExists(`refs/remotes/origin/${request.mainBranch}`, glob);
        if (onMain)
            return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(onMain, request.tagPrefix);
        git.log.warning(`origin/${request.mainBranch} does not exist; following the tags reachable from HEAD instead.`);
    }
    return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(await git.tagsMergedInto('HEAD', glob), request.tagPrefix);
}
/** Applies the release-type policy; `tolerateOwnTag` lets a rerun after tagging pass. */
function enforcePolicy(target, releaseType, options) {
    const existing = [...target.remoteTags.keys()]
        .filter((name) => !(options.tolerateOwnTag && name === target.tag))
        .map((name) => name.slice(options.tagPrefix.length));
    (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVersionPolicy */ .bm)({
        version: target.version,
        kind: target.kind,
        releaseType,
        // Judged against the newest tag on the line, unless this is a rerun of an existing release.
        latest: options.tolerateOwnTag ? target.latest : (target.lineTags[0] ?? target.latest),
        existingVersions: existing,
        source: target.source,
        branch: target.branch
    });
}


/***/ })

};
;
//# sourceMappingURL=2419.index.js.map