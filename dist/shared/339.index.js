"use strict";
exports.id = 339;
exports.ids = [339];
exports.modules = {

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
async function pushCommits(git, branch, base, options = {}) {
    const remote = options.remote ?? 'origin';
    const maxAttempts = options.maxAttempts ?? 4;
    let onto = base;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const result = await git.run(['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`], {
            allowFailure: true
        });
        if (result.exitCode === 0)
            return { sha: await git.headSha(), replays: attempt - 1 };
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
            const { data } = await github.rest.pulls.create({
                ...repo,
                head: spec.head,
                base: spec.base,
                title: spec.title,
                body: spec.body,
                draft: spec.draft
            });
            existing = pullInfo(data);
            created = true;
        }
        catch (error) {
            const { status, text } = describeApiError(error);
            if (status === 422 && /already exists/i.test(text)) {
                existing = await findOpenPull(github, repo, spec.head, spec.base);
            }
            // A rerun after the release was merged: its pull request is done, nothing to open.
            if (status === 422 && /No commits between/i.test(text)) {
                const merged = await findMergedPull(github, repo, spec.head, spec.base);
                if (merged)
                    return { pull: merged, result: 'unchanged' };
            }
            if (!existing)
                throw pullRefusal(spec, status, text);
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
function pullRefusal(spec, status, text) {
    if (status === 422 && /No commits between/i.test(text)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`There is nothing to merge from ${spec.head} into ${spec.base} (GitHub: ${text}); ` +
            `${spec.head} has no commit that ${spec.base} lacks.`);
    }
    if (status === 422) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to open the pull request ${spec.head} -> ${spec.base}: ${text}. ` +
            `Check that both branches exist on the repository.`);
    }
    if (status === 403) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token may not open pull requests (${text}); the job needs 'pull-requests: write'.`, { input: 'token' });
    }
    return new Error(`Opening the pull request ${spec.head} -> ${spec.base} failed: ${text}`);
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
        const { data } = await github.rest.issues.createMilestone({ ...repo, title, description });
        return { number: data.number, url: data.html_url, created: true };
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

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ remoteHeads),
/* harmony export */   F3: () => (/* binding */ planRelease),
/* harmony export */   b7: () => (/* binding */ pushNewBranch),
/* harmony export */   mx: () => (/* binding */ openReleaseBranches)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7801);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9636);
/**
 * Step 2 of the process: cut `release-vX.Y.0` from the tip of develop (or, for a hotfix,
 * `hotfix-vX.Y.Z` from main at the latest release tag) and push it as a new branch. Everything
 * is checked before the push; the push creates the branch and never moves an existing one.
 */





/** The remote's release and hotfix branches whose version is not tagged yet. */
function openReleaseBranches(remoteHeads, tags, patterns, tagPrefix) {
    const open = [];
    for (const name of remoteHeads) {
        let found;
        try {
            found = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseBranch */ .lO)(name, patterns);
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
async function planRelease(git, given) {
    // An empty main-branch is the repository's default branch.
    const request = given.mainBranch
        ? given
        : { ...given, mainBranch: (await (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteDefaultBranch */ .K)(git)) ?? 'main' };
    const heads = await remoteHeads(git);
    for (const branch of new Set([request.mainBranch, ...(request.hotfix ? [] : [request.base])])) {
        if (!heads.has(branch)) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Branch '${branch}' does not exist on origin, so there is nothing to cut the ` +
                `${request.hotfix ? 'hotfix' : 'release'} from. Push it first, or set ` +
                `'${branch === request.mainBranch ? 'main-branch' : 'develop-branch'}' to the branch you use.`, { input: branch === request.mainBranch ? 'main-branch' : 'develop-branch' });
        }
    }
    const branches = request.hotfix ? [request.mainBranch] : [request.mainBranch, request.base];
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        branches: [...new Set(branches)],
        tagPrefix: request.tagPrefix
    });
    const onMain = await git.tagsMergedInto(`refs/remotes/origin/${request.mainBranch}`, `${request.tagPrefix}*`);
    const latest = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(onMain, request.tagPrefix)[0];
    const kind = request.hotfix ? 'hotfix' : 'release';
    const version = chooseVersion(request, latest, [...history.remoteTags.keys()], kind);
    const branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .branchNameFor */ .xG)(version, kind, request.patterns);
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
            `(its version has no tag yet). Finish it (merge to ${request.mainBranch} and tag) or delete it before starting ${branch}.`);
    }
    return { version, kind, branch, sha, from, latest, exists: existing === sha };
}
function chooseVersion(request, latest, tags, kind) {
    if (request.version === undefined) {
        return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .nextVersion */ .yU)(latest?.version, request.hotfix ? 'patch' : request.bump);
    }
    const version = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersionInput */ .gX)(request.version);
    (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVersionPolicy */ .bm)({
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
//# sourceMappingURL=339.index.js.map