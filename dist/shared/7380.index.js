"use strict";
exports.id = 7380;
exports.ids = [7380];
exports.modules = {

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
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   yY: () => (/* binding */ ensureReleaseHistory)
/* harmony export */ });
/* harmony import */ var _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8389);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _local_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3845);
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
    const prefix = request.tagPrefix ?? _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R['tag-prefix'];
    const wasShallow = await git.isShallow();
    const listing = request.listing ??
        (await git.listRemote([...request.branches.map((b) => `refs/heads/${b}`), `refs/tags/${prefix}*`], remote));
    const remoteTags = releaseTags(listing, prefix);
    const local = request.local ?? (await (0,_local_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .readLocalRefs */ .c)(git, prefix, remote));
    const missing = missingLocally(local, listing, request.branches, prefix);
    const spec = (b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`;
    // Extra branches origin has and the clone lacks as origin has them: riders on the one fetch.
    const riders = (request.alsoFetch ?? [])
        .filter((b) => listing.refs.has(`refs/heads/${b}`))
        .filter((b) => local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`))
        .map(spec);
    const refspecs = missing.branches.map(spec);
    const tagSpecs = missing.tags.length > 0 ? [`+refs/tags/${prefix}*:refs/tags/${prefix}*`] : [];
    // A tag fetch brings every tag of the prefix origin has (pre-releases too), as origin has it.
    const localTags = new Map([...local.tags].map(([name, tag]) => [name, tag.commit]));
    if (tagSpecs.length > 0)
        for (const [ref, sha] of listing.refs)
            if (ref.startsWith(`refs/tags/${prefix}`))
                localTags.set(ref.slice('refs/tags/'.length), sha);
    const reached = new Map();
    const report = { wasShallow, remoteTags, localTags, reached };
    if (!wasShallow) {
        // A full clone that has origin's branches and tags as they are needs no fetch at all.
        if (refspecs.length + tagSpecs.length + riders.length > 0)
            await git.run(['fetch', '--no-tags', remote, ...refspecs, ...riders, ...tagSpecs]);
        return report;
    }
    if (remoteTags.size === 0) {
        // First release: the whole history is the release.
        const all = request.branches.map(spec);
        await git.run(['fetch', '--no-tags', '--unshallow', remote, ...all, ...riders]);
        return report;
    }
    const ends = request.endsRange ?? (() => true);
    // A branch the clone has no tracking ref of is short of a tag without asking git; so is every
    // branch when the clone has no tag that ends the range (a fresh depth-1 checkout has none).
    const absent = request.branches.filter((b) => !local.tracking.has(b));
    const anyEnds = [...local.tags.keys()].some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag));
    const tracked = request.branches.filter((b) => local.tracking.has(b));
    const behind = [
        ...absent,
        ...(anyEnds ? await branchesShortOfTag(git, tracked, prefix, remote, ends) : tracked)
    ];
    const stale = new Set(missing.branches);
    let check = behind;
    if (missing.tags.length <= ONE_FETCH_TAGS) {
        // One fetch for all of it. git leaves out of a fetch every ref whose destination already
        // names origin's commit, so a tip the clone has (the checked-out branch) is asked for without
        // a destination: that makes it a want, and the depth applies to it as to the new refs.
        const wants = [
            ...behind.map((b) => (stale.has(b) ? spec(b) : `refs/heads/${b}`)),
            ...riders,
            ...tagSpecs
        ];
        if (wants.length > 0)
            await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...wants]);
    }
    else {
        // Many tags: each one commit deep (with the new branches), then the tips short of a release
        // tag deepened together; fetching every tag as deep as a branch would cost more than a trip.
        const first = [...absent.map(spec), ...riders, ...tagSpecs];
        if (first.length > 0)
            await git.run(['fetch', '--no-tags', '--depth=1', remote, ...first]);
        check = await branchesShortOfTag(git, behind, prefix, remote, ends);
        if (check.length > 0)
            await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...check.map(spec)]);
    }
    // Read after the last fetch; a deepening may reach further into every branch, so none is kept.
    const short = await branchesShortOfTag(git, check, prefix, remote, ends, reached);
    if (short.length > 0)
        reached.clear();
    for (const branch of short)
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
async function branchesShortOfTag(git, branches, prefix, remote, ends, 
/** Where each branch's answer is kept, when the caller reuses it. */
keep) {
    const short = [];
    for (const branch of branches) {
        const reached = await git.tagsMergedIntoIfExists(`refs/remotes/${remote}/${branch}`, `${prefix}*`);
        if (reached)
            keep?.set(branch, reached);
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
    let boundary = shallowBoundary(git);
    for (let round = 1; round < MAX_ROUNDS; round++, depth *= 4) {
        await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec]);
        const reached = await git.tagsMergedInto(tracking, `${prefix}*`);
        if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
            return;
        // A deeper fetch that left the shallow boundary as it was brought no older commit: the
        // branch's whole history is here (e.g. a main branch no release was tagged on), and asking
        // again, deeper or for all of it, would be another trip to origin for nothing.
        const now = shallowBoundary(git);
        if (now !== undefined && now === boundary)
            return;
        boundary = now;
    }
    await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true });
}
/**
 * The clone's shallow boundary as git keeps it (its `shallow` file), '' when it has none;
 * undefined when where git keeps it cannot be told without asking git.
 */
function shallowBoundary(git) {
    const file = git.shallowFile();
    if (file === undefined)
        return undefined;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8') : '';
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
        file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(shallow) ? shallow : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.cwd, shallow);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return false;
    const boundary = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').split('\n').filter(Boolean));
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What the clone already has of origin's refs: its release tags, its remote-tracking branches and
 * origin's HEAD as last seen, in one `show-ref`. Read once before asking origin, so a stage
 * compares origin's answer with it instead of asking git ref by ref.
 *
 * Why `show-ref --dereference` and not `for-each-ref` with `%(*objectname)`: show-ref takes an
 * annotated tag's commit from packed-refs, where a clone or `git gc` records it, and for-each-ref
 * (git 2.39) reads every tag object again: 19 ms against 2 ms for 500 tags, 190 ms against 56 ms
 * for 5,000. It lists every ref (its patterns are no globs), and names origin's HEAD by its commit
 * only, so which branch that is is read from the symref's file.
 */


async function readLocalRefs(git, prefix, remote = 'origin') {
    // Exit 1: the clone has no ref at all.
    const listed = await git.run(['show-ref', '--dereference'], { allowExit: [1] });
    const refs = { tags: new Map(), tracking: new Map() };
    const tags = `refs/tags/${prefix}`;
    const tracking = `refs/remotes/${remote}/`;
    for (const line of listed.stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 1)
            continue;
        const sha = line.slice(0, space);
        const name = line.slice(space + 1);
        // `refs/tags/<prefix>*` as git globs it: no `/` after the prefix.
        if (name.startsWith(tags) && !name.includes('/', tags.length)) {
            // `<tag>^{}` follows its tag's line: the commit an annotated tag points at.
            if (name.endsWith('^{}')) {
                const tag = refs.tags.get(name.slice('refs/tags/'.length, -'^{}'.length));
                if (tag)
                    tag.commit = sha;
            }
            else
                refs.tags.set(name.slice('refs/tags/'.length), { object: sha, commit: sha });
        }
        else if (name.startsWith(tracking) && name !== `${tracking}HEAD`) {
            refs.tracking.set(name.slice(tracking.length), sha);
        }
    }
    refs.remoteHead = remoteHead(git, remote);
    return refs;
}
/**
 * The branch `refs/remotes/<remote>/HEAD` points at, from its file: git never packs a symref.
 * Undefined when the clone has none, or keeps its refs where no file says it (reftable): the
 * stage then takes origin's HEAD from its ls-remote, as for a clone that never recorded it.
 */
function remoteHead(git, remote) {
    const common = git.commonDir();
    const file = common && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(common, 'refs', 'remotes', remote, 'HEAD');
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const target = /^ref: refs\/remotes\/(\S+)\s*$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'))?.[1];
    return target?.startsWith(`${remote}/`) ? target.slice(remote.length + 1) : undefined;
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
//# sourceMappingURL=7380.index.js.map