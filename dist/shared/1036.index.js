"use strict";
exports.id = 1036;
exports.ids = [1036,9970];
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

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   retryBaseMs: () => (/* binding */ retryBaseMs),
/* harmony export */   writeSpacing: () => (/* binding */ writeSpacing)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5681);
/* harmony import */ var _base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9695);



/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment so fault tests run quickly.
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/**
 * Spacing between write requests, and between writes that notify people (a release, an issue,
 * a pull request, a comment): GitHub's guidance, kept by octokit's throttling, is one second
 * and three. `RELEASE_ACTIONS_WRITE_SPACING_MS` sets both (the test suite sets 0).
 */
function writeSpacing(env = process.env) {
    const given = env.RELEASE_ACTIONS_WRITE_SPACING_MS;
    const fromEnv = Number(given);
    return given && Number.isFinite(fromEnv) && fromEnv >= 0
        ? { write: fromEnv, notifications: fromEnv }
        : { write: 1000, notifications: 3000 };
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ Octokit }, { restEndpointMethods }, { paginateRest }, { retry }, { throttling }, { default: Bottleneck }, { githubFetch }] = await Promise.all([
        Promise.all(/* import() | octokit-core */[__webpack_require__.e(8162), __webpack_require__.e(5710)]).then(__webpack_require__.bind(__webpack_require__, 3070)),
        __webpack_require__.e(/* import() | octokit-plugin-rest-endpoint-methods */ 5416).then(__webpack_require__.bind(__webpack_require__, 9210)),
        __webpack_require__.e(/* import() | octokit-plugin-paginate-rest */ 4443).then(__webpack_require__.bind(__webpack_require__, 3779)),
        Promise.all(/* import() | octokit-plugin-retry */[__webpack_require__.e(370), __webpack_require__.e(4727)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() | octokit-plugin-throttling */[__webpack_require__.e(370), __webpack_require__.e(9374)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() | bottleneck */ 370).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
        __webpack_require__.e(/* import() | github-fetch */ 337).then(__webpack_require__.bind(__webpack_require__, 8168))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const spacing = writeSpacing();
    const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
    const octokit = new GitHub({
        auth: `token ${options.token}`,
        userAgent: userAgent(),
        baseUrl: options.apiUrl,
        request: { fetch: githubFetch },
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: retryBaseMs(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s, 3 s for those that notify); rate-limit
            // waits honour retry-after.
            retryAfterBaseValue: retryBaseMs(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    });
    // Every request sent, retries included: the step prints the count when it ends.
    octokit.hook.before('request', () => (0,_base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__/* .countApiRequest */ .DJ)());
    return octokit;
}
/** As `@actions/github` names the run's orchestration in the user agent, when the runner sets it. */
function userAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenSource */ .Z)();
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

/***/ 2888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ upsertPull),
/* harmony export */   gg: () => (/* binding */ describeApiError),
/* harmony export */   rE: () => (/* binding */ ensureMilestone),
/* harmony export */   sR: () => (/* binding */ findMilestone),
/* harmony export */   zD: () => (/* binding */ listOpenPullsInto),
/* harmony export */   zl: () => (/* binding */ findOpenPull)
/* harmony export */ });
/* unused harmony export findMergedPull */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);
/**
 * Pull requests, labels, reviewers and milestones as the release actions use them: find the
 * one open pull request for a head and base, open it or update it in place, never a second.
 */



function pullInfo(pull) {
    return {
        number: pull.number,
        url: pull.html_url,
        title: pull.title,
        body: pull.body ?? '',
        draft: pull.draft ?? false,
        labels: (pull.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        reviewers: (pull.requested_reviewers ?? []).map((u) => u.login),
        teamReviewers: (pull.requested_teams ?? []).map((t) => t.slug),
        milestone: pull.milestone?.number
    };
}
/** The HTTP status and GitHub's own words of a failed request (`errors[].message` included). */
function describeApiError(error) {
    const failure = error;
    const data = failure.response?.data;
    const details = (data?.errors ?? []).map((e) => e.message ?? e.code ?? '').filter(Boolean);
    const text = [data?.message ?? failure.message ?? String(error), ...details].join(': ');
    return { status: failure.status, text };
}
/** Pull requests from `head` into `base` in a state, as GitHub lists them. */
async function pullsFromTo(github, repo, head, base, state) {
    const pulls = await github.paginate(github.rest.pulls.list, {
        ...repo,
        state,
        head: `${repo.owner}:${head}`,
        base,
        per_page: 100
    });
    return pulls.filter((p) => p.head.ref === head && p.base.ref === base);
}
/** The open pull request from `head` into `base`, if there is one. */
async function findOpenPull(github, repo, head, base) {
    const [found] = await pullsFromTo(github, repo, head, base, 'open');
    return found && pullInfo(found);
}
/** The merged pull request from `head` into `base`, if the release was merged already. */
async function findMergedPull(github, repo, head, base) {
    const found = (await pullsFromTo(github, repo, head, base, 'closed')).find((p) => p.merged_at);
    return found && pullInfo(found);
}
/** Open pull requests into `base` (e.g. feature branches still waiting for develop). */
async function listOpenPullsInto(github, repo, base) {
    const pulls = await github.paginate(github.rest.pulls.list, {
        ...repo,
        state: 'open',
        base,
        per_page: 100
    });
    return pulls.map((p) => ({ number: p.number, title: p.title, head: p.head.ref, url: p.html_url }));
}
/**
 * Opens the pull request, or brings the open one for the same head and base up to date
 * (title, body, missing labels, reviewers and milestone). A 422 "already exists" from a
 * concurrent run is answered by updating the one that exists.
 */
async function upsertPull(github, repo, spec) {
    let existing = await findOpenPull(github, repo, spec.head, spec.base);
    let created = false;
    if (!existing) {
        try {
            existing = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
                what: `opening the pull request ${spec.head} -> ${spec.base}`,
                send: async () => pullInfo((await github.rest.pulls.create({
                    ...repo,
                    head: spec.head,
                    base: spec.base,
                    title: spec.title,
                    body: spec.body,
                    draft: spec.draft,
                    request: _write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
                })).data),
                lookup: () => findOpenPull(github, repo, spec.head, spec.base)
            });
            created = true;
        }
        catch (error) {
            const { status, text } = describeApiError(error);
            if (status === 422 && /already exists/i.test(text)) {
                existing = await findOpenPull(github, repo, spec.head, spec.base);
                // Our own earlier try made it and its answer was lost: created by this run.
                created = existing !== undefined && (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wasRetried */ .V2)(error);
            }
            // A rerun after the release was merged: its pull request is done, nothing to open.
            if (status === 422 && /No commits between/i.test(text)) {
                const merged = await findMergedPull(github, repo, spec.head, spec.base);
                if (merged)
                    return { pull: merged, result: 'unchanged' };
            }
            if (!existing)
                throw pullRefusal(spec, status, text, error);
        }
    }
    const changed = await completePull(github, repo, existing, spec, created);
    return { pull: changed.pull, result: created ? 'created' : changed.any ? 'updated' : 'unchanged' };
}
/** Sets what differs from the spec on an open pull request; says whether anything changed. */
async function completePull(github, repo, pull, spec, created) {
    let any = false;
    const issue = { ...repo, issue_number: pull.number };
    if (!created && (pull.title !== spec.title || pull.body !== spec.body)) {
        await github.rest.pulls.update({
            ...repo,
            pull_number: pull.number,
            title: spec.title,
            body: spec.body
        });
        pull = { ...pull, title: spec.title, body: spec.body };
        any = true;
    }
    const missingLabels = spec.labels.filter((l) => !pull.labels.includes(l));
    if (missingLabels.length > 0) {
        await github.rest.issues.addLabels({ ...issue, labels: missingLabels });
        pull = { ...pull, labels: [...pull.labels, ...missingLabels] };
        any = true;
    }
    if (spec.milestone !== undefined && pull.milestone !== spec.milestone) {
        await github.rest.issues.update({ ...issue, milestone: spec.milestone });
        pull = { ...pull, milestone: spec.milestone };
        any = true;
    }
    const users = spec.reviewers.filter((r) => !r.includes('/') && !pull.reviewers.includes(r));
    const teams = spec.reviewers
        .filter((r) => r.includes('/'))
        .map((r) => r.slice(r.indexOf('/') + 1))
        .filter((t) => !pull.teamReviewers.includes(t));
    if (users.length > 0 || teams.length > 0) {
        try {
            await github.rest.pulls.requestReviewers({
                ...repo,
                pull_number: pull.number,
                reviewers: users,
                team_reviewers: teams
            });
            pull = {
                ...pull,
                reviewers: [...pull.reviewers, ...users],
                teamReviewers: [...pull.teamReviewers, ...teams]
            };
            any = true;
        }
        catch (error) {
            const { status, text } = describeApiError(error);
            if (status !== 422)
                throw error;
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pull request #${pull.number} is open (${pull.url}), but GitHub refused the reviewers ` +
                `${[...users, ...teams].join(', ')}: ${text}. Check the 'reviewers' input (logins, or org/team).`, { input: 'reviewers' });
        }
    }
    return { pull, any };
}
function pullRefusal(spec, status, text, error) {
    if (status === 422 && /No commits between/i.test(text)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`There is nothing to merge from ${spec.head} into ${spec.base} (GitHub: ${text}); ` +
            `${spec.head} has no commit that ${spec.base} lacks.`);
    }
    if (status === 422) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to open the pull request ${spec.head} -> ${spec.base}: ${text}. ` +
            `Check that both branches exist on the repository.`);
    }
    if (status === 403 && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecondaryRateLimit */ .i7)(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token may not open pull requests (${text}); the job needs 'pull-requests: write'.`, { input: 'token' });
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainApiError */ .cU)(error, `opening the pull request ${spec.head} -> ${spec.base}`);
}
/** The milestone titled `title` (any state), or undefined. */
async function findMilestone(github, repo, title) {
    const milestones = await github.paginate(github.rest.issues.listMilestones, {
        ...repo,
        state: 'all',
        per_page: 100
    });
    const found = milestones.find((m) => m.title === title);
    return found && { number: found.number, url: found.html_url, state: found.state };
}
/** The milestone titled `title`, created (open) when missing. */
async function ensureMilestone(github, repo, title, description) {
    const existing = await findMilestone(github, repo, title);
    if (existing)
        return { ...existing, created: false };
    try {
        return await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
            what: `creating the milestone '${title}'`,
            send: async () => {
                const { data } = await github.rest.issues.createMilestone({
                    ...repo,
                    title,
                    description,
                    request: _write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
                });
                return { number: data.number, url: data.html_url, created: true };
            },
            lookup: async () => {
                const made = await findMilestone(github, repo, title);
                return made && { ...made, created: true };
            }
        });
    }
    catch (error) {
        // A concurrent run created it between our look and our write.
        const again = await findMilestone(github, repo, title);
        if (again)
            return { ...again, created: false };
        throw error;
    }
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

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ remoteHeads),
/* harmony export */   I$: () => (/* binding */ startRelease),
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
    // An empty main-branch is the repository's default branch.
    const request = given.mainBranch
        ? given
        : { ...given, mainBranch: (await (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteDefaultBranch */ .Ki)(git, defaultBranch)) ?? 'main' };
    const heads = await remoteHeads(git);
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
        branches: [...new Set(branches)],
        tagPrefix: request.tagPrefix
    });
    const onMain = await git.tagsMergedInto(`refs/remotes/origin/${request.mainBranch}`, `${request.tagPrefix}*`);
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
/** Remote branches, name -> commit. */
async function remoteHeads(git) {
    const refs = await git.remoteRefs('refs/heads/*');
    return new Map([...refs].map(([ref, sha]) => [ref.slice('refs/heads/'.length), sha]));
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
//# sourceMappingURL=1036.index.js.map