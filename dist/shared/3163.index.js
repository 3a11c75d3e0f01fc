"use strict";
exports.id = 3163;
exports.ids = [3163];
exports.modules = {

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpVersionStep: () => (/* binding */ bumpVersionStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/release/commit-and-push.ts
var commit_and_push = __webpack_require__(5400);
// EXTERNAL MODULE: ./packages/release/files-follow-release.ts
var files_follow_release = __webpack_require__(2541);
// EXTERNAL MODULE: ./packages/release/target.ts
var release_target = __webpack_require__(1807);
// EXTERNAL MODULE: ./packages/version-files/index.ts + 18 modules
var version_files = __webpack_require__(3225);
;// CONCATENATED MODULE: ./packages/release/bump-version.ts
/**
 * Step 10 of the process: write the release version into every version file, in one commit.
 * Everything is read and checked before anything is written; a dry run writes nothing.
 */







/** Plans the bump (pure): which files change, and how, line by line. */
function planBump(files, version) {
    const { version: previous } = (0,version_files/* currentVersion */.YO)(files);
    const planned = (0,version_files/* planVersionBump */.CL)(files, version);
    // The new bytes of each file: only the versions change, any byte that is not UTF-8 stays.
    const texts = new Map();
    const changes = planned.map((p) => {
        texts.set(p.file, p.bytes);
        return { file: p.file, from: p.from, lines: changedLines(p.before, p.after) };
    });
    return { previous, changes, texts };
}
function changedLines(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    const lines = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i])
            lines.push({
                line: i + 1,
                before: (a[i] ?? '').replace(/\r$/, ''),
                after: (b[i] ?? '').replace(/\r$/, '')
            });
    }
    return lines;
}
async function bumpVersion(git, request) {
    const { previous, changes, texts } = planBump(request.files, request.version);
    if (changes.length === 0)
        return { result: 'unchanged', previousVersion: previous, changes, pushed: false, replays: 0 };
    if (request.dryRun)
        return { result: 'dry-run', previousVersion: previous, changes, pushed: false, replays: 0 };
    for (const [file, text] of texts)
        (0,external_node_fs_.writeFileSync)((0,confine/* confinedFile */.dD)(git.cwd, file), text);
    if (!request.commit)
        return { result: 'updated', previousVersion: previous, changes, pushed: false, replays: 0 };
    // Pushed from the new commit's parent: HEAD before the files were written.
    const committed = await (0,commit_and_push/* commitAndPush */.t)(git, [...texts.keys()], undefined, request);
    return { result: 'updated', previousVersion: previous, changes, ...committed };
}
/**
 * bump-version's whole run in the checkout `git` works in: reads the version files, resolves the
 * release this branch is for, checks the policy and that the files follow the latest release,
 * and refuses with every problem at once, before anything is written; then bumps.
 */
async function bumpToRelease(git, request) {
    const problems = [];
    const gather = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            if (!(0,errors/* isConfigurationError */.p0)(error))
                throw error;
            problems.push(error);
            return undefined;
        }
    };
    const read = await gather(async () => {
        const set = await (0,version_files/* inspectVersionFiles */.Mb)(git.cwd, request.files);
        const found = (0,version_files/* currentVersion */.YO)(set.files);
        // No literal version: derived from the tag (success, nothing to write), or a clear failure.
        return { files: set.files, found, source: (0,version_files/* versionSource */.sM)(found, set.lookedAt, set.empty) };
    });
    const current = read?.found.version;
    const branch = request.branch ?? (await git.currentBranch());
    if (request.push && !request.dryRun && !branch) {
        problems.push(new errors/* ConfigurationError */.j1('HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.'));
    }
    const target = await gather(() => (0,release_target/* resolveReleaseTarget */.A)(git, {
        versionInput: request.versionInput,
        branch,
        patterns: request.patterns,
        tagPrefix: request.tagPrefix,
        mainBranch: request.mainBranch,
        defaultBranch: request.defaultBranch
    }));
    if (target) {
        // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
        // releasing a version whose tag is already in this branch's history is a repeat.
        const tagInHistory = target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'));
        const tolerateOwnTag = current === target.version && !tagInHistory;
        await gather(() => (0,release_target/* enforcePolicy */.h)(target, request.releaseType, { tolerateOwnTag, tagPrefix: request.tagPrefix }));
        if (read?.source === 'literal' && request.releaseType !== 'any') {
            await gather(() => (0,files_follow_release/* checkFilesFollowRelease */.c)(read.found, target, target.latest));
        }
    }
    (0,version_files/* throwAll */.Kx)(problems, 'this run');
    if (!read || !target)
        throw new Error('bump-version: no problem reported, yet nothing read');
    const { files, found, source } = read;
    if (source === 'derived') {
        const from = found.dynamic.filter((d) => d.fromTag).map((d) => `${d.file} (${d.reason})`);
        return {
            result: 'derived',
            target,
            previousVersion: target.latest?.version,
            derivedFrom: from,
            notice: `The version of this project is derived from the git tag at build time: ${from.join(', ')}. ` +
                `Nothing to write; create-tag's tag ${target.tag} will be the version.`
        };
    }
    const publish = request.push && !request.dryRun ? await request.publisher?.(branch) : undefined;
    const bump = await bumpVersion(git, {
        publish,
        version: target.version,
        files,
        branch,
        message: request.message.replaceAll('{version}', target.version),
        commit: request.commit,
        push: request.push,
        dryRun: request.dryRun,
        remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
    });
    return {
        result: bump.result,
        target,
        previousVersion: target.latest?.version ?? bump.previousVersion,
        bump
    };
}

// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./actions/bump-version/src/inputs.ts
var src_inputs = __webpack_require__(2758);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/bump-version/src/summary.ts

function bumpSummary(target, result, previous) {
    const source = {
        input: "the 'version' input",
        branch: `branch ${target.branch ?? ''}`,
        merge: 'the merged release branch'
    }[target.source];
    const detail = result.result === 'unchanged'
        ? `Every version file already says **${target.version}** (from ${source}); no commit.`
        : `**${previous ?? '(none)'} → ${target.version}** (from ${source}, ${target.kind}; latest tag ${target.latest?.name ?? 'none'}).` +
            (result.commitSha
                ? ` Commit \`${result.commitSha.slice(0, 12)}\`${result.pushed ? ` pushed to \`${target.branch ?? ''}\`` : ''}.`
                : '') +
            (result.replays > 0 ? ` Replayed on top of ${result.replays} concurrent push(es).` : '');
    let body = (0,summary/* resultLine */.ow)('bump-version', result.result, detail);
    if (result.changes.length > 0) {
        body += (0,summary/* table */.tp)(['File', 'Was', 'Now'], result.changes.map((c) => [c.file, c.from, target.version]));
        const diff = result.changes
            .flatMap((c) => [
            `--- ${c.file}`,
            `+++ ${c.file}`,
            ...c.lines.flatMap((l) => [`@@ line ${l.line} @@`, `-${l.before}`, `+${l.after}`])
        ])
            .join('\n');
        body += `\n${(0,summary/* codeBlock */.DV)(diff, 'diff')}`;
    }
    return body;
}
/** The summary of a project whose version is derived from the tag: nothing written. */
function derivedSummary(target, from) {
    return (0,summary/* resultLine */.ow)('bump-version', 'derived', `The version is derived from the git tag at build time (${from.join(', ')}); nothing to ` +
        `write. The release tag **${target.tag}** will be version **${target.version}**.`);
}

;// CONCATENATED MODULE: ./actions/bump-version/src/step.ts
/** bump-version's work, loaded once its inputs and the checkout are known to be good. */








async function bumpVersionStep(inputs, context, git) {
    const outcome = await bumpToRelease(git, {
        ...inputs,
        versionInput: inputs.version,
        branch: context.branch,
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }),
        message: inputs.commitMessage,
        publisher: (0,commit_via/* stepPublisher */.lu)(inputs.commitVia, {
            token: inputs.token,
            context,
            log: logger/* actionsLogger */.M
        })
    });
    const { target, previousVersion } = outcome;
    if (outcome.result === 'derived') {
        (0,core/* notice */.lm)(outcome.notice);
        await (0,run/* setOutputs */.n0)({
            [src_inputs/* Output */.k7.version]: target.version,
            [src_inputs/* Output */.k7.previousVersion]: previousVersion ?? '',
            [src_inputs/* Output */.k7.tag]: target.tag,
            [src_inputs/* Output */.k7.changedFiles]: '[]',
            [src_inputs/* Output */.k7.commitSha]: '',
            [src_inputs/* Output */.k7.result]: 'derived'
        });
        await (0,core/* appendSummary */.fe)(derivedSummary(target, outcome.derivedFrom));
        return;
    }
    const result = outcome.bump;
    (0,core/* info */.pq)(result.result === 'unchanged'
        ? `Every version file already says ${target.version}; nothing to do.`
        : `${result.result === 'dry-run' ? 'Would bump' : 'Bumped'} ${result.changes.length} file(s) to ${target.version}.`);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.version]: target.version,
        [src_inputs/* Output */.k7.previousVersion]: previousVersion ?? '',
        [src_inputs/* Output */.k7.tag]: target.tag,
        [src_inputs/* Output */.k7.changedFiles]: JSON.stringify(result.changes.map((c) => c.file)),
        [src_inputs/* Output */.k7.commitSha]: result.commitSha ?? '',
        [src_inputs/* Output */.k7.result]: result.result
    });
    await (0,core/* appendSummary */.fe)(bumpSummary(target, result, previousVersion));
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
 * refuses (protected branch, missing permission) is a clear error. Never `--force`: a lease, at
 * most, on the head our commits were made on, so the update is always a fast-forward.
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
/**
 * `head`: HEAD's commit, known to the caller; a push that lands at once needs no look at it.
 * `remoteHead`: the branch's head on origin as the stage last saw it (its ls-remote).
 */
options = {}) {
    const remote = options.remote ?? 'origin';
    const maxAttempts = options.maxAttempts ?? 4;
    let onto = base;
    // The push is taken only while origin's head is the one our commits sit on: a force-push
    // that moved the branch back meanwhile fails it (a lost race), where a plain push would bring
    // back the commits it dropped. Only then: a lease on a head our commits do not sit on would
    // let git replace whatever is there.
    let lease = options.remoteHead === base ? base : undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const leased = lease ? [`--force-with-lease=refs/heads/${branch}:${lease}`] : [];
        const result = await git.run(['push', '--porcelain', ...leased, remote, `HEAD:refs/heads/${branch}`], { allowFailure: true });
        if (result.exitCode === 0) {
            const sha = attempt === 1 && options.head ? options.head : await git.headSha();
            return { sha, replays: attempt - 1 };
        }
        const kind = classifyPushFailure(result);
        if (kind !== 'race')
            throw pushRefusal(branch, kind, result);
        git.log.info(`The push to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`);
        onto = await replayOnRemote(git, branch, onto, remote);
        // Our commits now sit on the head just fetched.
        lease = onto;
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
        : await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_0__/* .pushCommits */ .r9)(git, request.branch, from, {
            head: made.sha,
            remoteHead: request.remoteHead
        });
    return { commitSha: published.sha, pushed: true, replays: published.replays };
}


/***/ }),

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkFilesFollowRelease),
/* harmony export */   o: () => (/* binding */ compareLoose)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/**
 * The version files must say the previous release (or already the target): anything else means
 * the files found are not this project's version (a nested package, a stale copy), and writing
 * the release version over them would be a silent downgrade or a jump.
 */


/**
 * Refuses when the files' version is above the target (when known), or below the latest release tag. A
 * version between the two (`1.3.0.dev0`, `1.3.0-rc.1` before 1.3.0) is a pre-release of this one.
 */
function checkFilesFollowRelease(current, target, latest) {
    const found = current.version;
    if (found === undefined || found === target?.version)
        return;
    const where = current.occurrences.map((o) => `${o.file}:${o.line}`).join(', ');
    const fix = `Set the files to the version of the latest release, or list the files that hold this ` +
        `project's version in the '${_version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl}' input.`;
    const locations = current.occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }));
    if (target && compareLoose(found, target.version) > 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), above the release version ${target.version} ` +
            `(${target.tag}): writing it would go backwards. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
    if (latest && compareLoose(found, latest.version) < 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), but the latest release is ${latest.name} ` +
            `(${latest.version}): they are not the version this project released last. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
}
/**
 * Orders versions as written in files: semver (`1.3.0-rc.1`), PEP 440 (`1.3.0.dev0`,
 * `2.1.0a0`, `1.2.0.post1`), and 2- or 4-part ones (`1.00`). A pre-release sorts below its
 * release, a post-release or `+local` at or above it.
 */
function compareLoose(a, b) {
    const pa = parseLoose(a);
    const pb = parseLoose(b);
    for (let i = 0; i < Math.max(pa.core.length, pb.core.length); i++) {
        const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    if (pa.rank !== pb.rank)
        return Math.sign(pa.rank - pb.rank);
    // Equal suffixes (most often none) need no collator: its first use loads ICU data, ~10 ms.
    if (pa.suffix === pb.suffix)
        return 0;
    return Math.sign(pa.suffix.localeCompare(pb.suffix, 'en', { numeric: true }));
}
function parseLoose(version) {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(version.trim());
    if (!match)
        return { core: [], rank: 0, suffix: version };
    // Build metadata (`+local`) does not order versions.
    const suffix = match[2].startsWith('+') ? '' : match[2];
    const rank = suffix === '' || suffix.startsWith('+') ? 1 : /^[-._]?post/.test(suffix) ? 2 : 0;
    return { core: match[1].split('.').map(Number), rank, suffix };
}


/***/ }),

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveReleaseTarget),
/* harmony export */   h: () => (/* binding */ enforcePolicy)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8815);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_local_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3845);
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
    const given = request.mainBranch || undefined;
    // One ls-remote answers for the run's branch, the main branch (origin's HEAD when the input
    // does not name it) and the release tags: a single round trip to origin. The clone's tags,
    // tracking branches and origin's HEAD as last seen are read meanwhile, in one local read.
    const [local, listing] = await Promise.all([
        (0,_git_local_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .readLocalRefs */ .c)(git, request.tagPrefix),
        git.listRemote([
            ...(given ? [] : ['HEAD']),
            ...[...new Set([branch, given])]
                .filter((n) => !!n)
                .map((n) => `refs/heads/${n}`),
            `refs/tags/${request.tagPrefix}*`,
            ...(request.alsoList ?? [])
        ])
    ]);
    const known = given ?? local.remoteHead;
    const heads = new Set();
    for (const ref of listing.refs.keys())
        if (ref.startsWith('refs/heads/'))
            heads.add(ref.slice('refs/heads/'.length));
    if (listing.head)
        heads.add(listing.head);
    if (known && !heads.has(known) && known !== given) {
        // The clone's origin HEAD is no longer origin's HEAD (the default branch was renamed): ask
        // whether its branch is still there, as the branch the clone knows as main.
        const more = await git.listRemote([`refs/heads/${known}`]);
        for (const [ref, sha] of more.refs)
            listing.refs.set(ref, sha);
        for (const [ref, object] of more.objects)
            listing.objects.set(ref, object);
        if (more.refs.size > 0)
            heads.add(known);
    }
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
    const older = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .olderThan */ .W7)(resolved.version);
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        listing,
        local,
        branches,
        alsoFetch: request.alsoFetch?.(listing).filter((b) => !branches.includes(b)),
        tagPrefix: request.tagPrefix,
        endsRange: (name) => name.startsWith(request.tagPrefix) && older(name.slice(request.tagPrefix.length))
    });
    const tag = `${request.tagPrefix}${resolved.version}`;
    const lineTags = request.lineTags === false
        ? []
        : await releaseLineTags(git, resolved.kind, { ...request, mainBranch: mainBranch ?? '' }, history.reached);
    const latest = lineTags.find((t) => t.name !== tag);
    const { remoteTags, localTags } = history;
    return { ...resolved, branch, tag, latest, lineTags, remoteTags, localTags, listing };
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
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'main-branch' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .S)(name)}, a branch that does not exist on origin. ` +
            'Set it to the branch releases are merged into (e.g. main or master).', { input: 'main-branch' });
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The main branch ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .S)(name)} does not exist on origin (it is the repository's default branch)` +
        ". Set the 'main-branch' input to the branch releases are merged into (e.g. main or master).", { input: 'main-branch' });
}
/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(git, kind, request, 
/** What the history step read already after its last fetch, by branch. */
reached) {
    const glob = `${request.tagPrefix}*`;
    if (kind === 'release' && request.mainBranch !== '') {
        const onMain = reached.get(request.mainBranch) ??
            (await git.tagsMergedIntoIfExists(`refs/remotes/origin/${request.mainBranch}`, glob));
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
//# sourceMappingURL=3163.index.js.map