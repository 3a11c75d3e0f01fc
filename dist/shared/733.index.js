"use strict";
exports.id = 733;
exports.ids = [733];
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

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishThroughApi: () => (/* binding */ publishThroughApi)
/* harmony export */ });
/* unused harmony export fileChanges */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7801);


const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid tree { oid } } }
}`;
/** The files `head` changes since `base`, as the mutation takes them (contents in base64). */
async function fileChanges(git, base, head) {
    const out = await git.output(['diff', '--name-status', '--no-renames', '-z', base, head]);
    const fields = out.split('\0').filter((f) => f !== '');
    const changes = { additions: [], deletions: [] };
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const [status, path] = [fields[i], fields[i + 1]];
        if (status === 'D')
            changes.deletions.push({ path });
        else {
            const bytes = await git.blobBytes(`${head}:${path}`);
            changes.additions.push({ path, contents: bytes.toString('base64') });
        }
    }
    return changes;
}
/** A publisher that creates the commit through the API; see the module comment. */
function publishThroughApi(github, repository, options = {}) {
    const maxAttempts = options.maxAttempts ?? 4;
    return async (git, branch, base) => {
        let onto = base;
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const head = await git.headSha();
            const message = (await git.output(['log', '-1', '--format=%B', head])).trim();
            const [headline, ...body] = message.split('\n');
            const input = {
                branch: {
                    repositoryNameWithOwner: `${repository.owner}/${repository.repo}`,
                    branchName: branch
                },
                expectedHeadOid: onto,
                message: { headline, body: body.join('\n').trim() || undefined },
                fileChanges: await fileChanges(git, onto, head)
            };
            let created;
            try {
                const answer = await github.graphql(MUTATION, { input });
                created = answer.createCommitOnBranch.commit;
            }
            catch (error) {
                const errors = error.errors ?? [];
                if (errors.some((e) => e.type === 'STALE_DATA')) {
                    git.log.info(`The commit to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`);
                    onto = await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .replayOnRemote */ .tq)(git, branch, onto, 'origin');
                    continue;
                }
                throw apiRefusal(branch, error);
            }
            const localTree = await git.output(['rev-parse', `${head}^{tree}`]);
            if (created.tree.oid !== localTree) {
                throw new Error(`GitHub's commit ${created.oid} on ${branch} has tree ${created.tree.oid}, not the local commit's ${localTree}.`);
            }
            await git.run([
                'fetch',
                '--no-tags',
                'origin',
                `+refs/heads/${branch}:refs/remotes/origin/${branch}`
            ]);
            // Same tree: move HEAD onto GitHub's commit and leave the index and the files as they are.
            await git.run(['reset', '--soft', created.oid]);
            return { sha: created.oid, replays: attempt - 1 };
        }
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Committing to ${branch} through the API kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`);
    };
}
function apiRefusal(branch, error) {
    const errors = error.errors ?? [];
    const detail = errors.map((e) => e.message).join('\n') || error.message || 'no answer';
    if (errors.some((e) => e.type === 'FORBIDDEN')) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token may not commit to ${branch} through the API (the job needs 'contents: write').\n${detail}`);
    }
    if (errors.some((e) => e.type === 'UNPROCESSABLE' && /rule|protected/i.test(e.message))) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the commit to ${branch}; a rule of the branch forbids it.\n${detail}\n` +
            'Allow this token to bypass the rule (a GitHub App in the bypass list), or let the change go through a pull request.');
    }
    if (errors.length > 0) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Committing to ${branch} through the API failed.\n${detail}`);
    }
    return error instanceof Error ? error : new Error(detail);
}


/***/ })

};
;
//# sourceMappingURL=733.index.js.map