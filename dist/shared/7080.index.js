"use strict";
exports.id = 7080;
exports.ids = [7080];
exports.modules = {

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ mergeAndPush),
/* harmony export */   q: () => (/* binding */ forecastMerge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4553);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7801);
/**
 * Merging one remote branch into another and pushing the merge commit, in a scratch worktree so
 * the job's own checkout is left as it was. A push that loses a race redoes the merge on the new
 * head (a merge commit cannot be rebased); a conflict or a refused push is reported, not forced.
 */




/** Merges `origin/<source>` into `origin/<target>` with a merge commit and pushes it. */
async function mergeAndPush(git, request) {
    const maxAttempts = request.maxAttempts ?? 4;
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.scratch, 'back-merge-'));
    const tracking = (branch) => `refs/remotes/origin/${branch}`;
    await git.run(['worktree', 'add', '--detach', '--quiet', dir, tracking(request.target)]);
    const tree = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(dir, { log: git.log, identity: git.identity });
    try {
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const targetSha = await git.output(['rev-parse', tracking(request.target)]);
            const sourceSha = await git.output(['rev-parse', tracking(request.source)]);
            if (await git.isAncestor(sourceSha, targetSha))
                return { kind: 'unchanged', sha: targetSha };
            await tree.run(['checkout', '--quiet', '--force', '--detach', targetSha]);
            const merge = await tree.run(['merge', '--no-ff', '--no-edit', '--no-verify', '-m', request.message, sourceSha], { allowFailure: true });
            let resolved;
            if (merge.exitCode !== 0) {
                const files = (await tree.output(['diff', '--name-only', '--diff-filter=U']))
                    .split('\n')
                    .filter(Boolean);
                if (files.length === 0) {
                    await tree.run(['merge', '--abort'], { allowFailure: true });
                    throw new Error(`git merge failed: ${merge.stderr.trim() || merge.stdout.trim()}`);
                }
                const left = request.squashed
                    ? await resolveSquashed(tree, files, request.squashed, targetSha)
                    : files;
                if (left.length > 0) {
                    await tree.run(['merge', '--abort'], { allowFailure: true });
                    return { kind: 'conflict', files: left, targetSha };
                }
                await tree.run(['commit', '--quiet', '--no-verify', '-m', request.message]);
                resolved = files;
            }
            if (request.dryRun) {
                return { kind: 'merged', sha: targetSha, replays: 0, wouldMerge: true, resolved };
            }
            const mergeSha = await tree.headSha();
            if (request.publish && resolved) {
                // GitHub's merges API merges without our resolution of a squashed release's files.
                git.log.warning(`The release arrived on ${request.source} squashed; ${resolved.join(', ')} merged on the release branch's base here, so the merge commit is pushed with git, not made through the API.`);
            }
            if (request.publish && !resolved) {
                const published = await request.publish(request.target, sourceSha, request.message);
                if (published.kind === 'refused')
                    return { ...published, targetSha };
                if (published.kind !== 'moved') {
                    await fetchTarget(git, request.target);
                    const sha = await git.output(['rev-parse', tracking(request.target)]);
                    if (published.kind === 'unchanged')
                        return { kind: 'unchanged', sha };
                    await checkSameTree(git, published.sha, mergeSha, targetSha);
                    return { kind: 'merged', sha: published.sha, replays: attempt - 1 };
                }
            }
            else {
                // Pushed from the checkout itself (same objects), so its credentials and token apply.
                const push = await git.run(['push', '--porcelain', 'origin', `${mergeSha}:refs/heads/${request.target}`], { allowFailure: true });
                if (push.exitCode === 0) {
                    return { kind: 'merged', sha: mergeSha, replays: attempt - 1, resolved };
                }
                const rejection = (0,_push_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyPushFailure */ .hN)(push);
                if (rejection !== 'race') {
                    return {
                        kind: 'refused',
                        rejection,
                        detail: (0,_push_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteMessage */ .aT)(push) || push.stderr.trim(),
                        targetSha
                    };
                }
            }
            git.log.info(`${request.target} moved while we merged; merging again on its new head (attempt ${attempt}).`);
            await fetchTarget(git, request.target);
        }
        throw new Error(`Pushing the merge into ${request.target} kept losing races with other pushes (${maxAttempts} attempts); nothing was forced, rerun the job.`);
    }
    finally {
        await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        await git.run(['worktree', 'prune'], { allowFailure: true });
    }
}
/**
 * Merges each conflicting file again, three-way on the release branch's merge base with the
 * target, when the squash commit's content of it is the release head's: what the target already
 * has of the release is then no conflict. Resolved files are staged; the rest are returned.
 */
async function resolveSquashed(tree, files, squashed, targetSha) {
    const base = await tree.run(['merge-base', squashed.head, targetSha], { allowFailure: true });
    if (base.exitCode !== 0)
        return files;
    const baseSha = base.stdout.trim();
    const blob = async (commit, path) => {
        const r = await tree.run(['rev-parse', '--verify', '--quiet', `${commit}:${path}`], {
            allowFailure: true
        });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    };
    const left = [];
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(tree.cwd), 'squash-'));
    try {
        for (const file of files) {
            const theirs = await blob(squashed.head, file);
            const [ours, inBase, inSquash] = await Promise.all([
                blob(targetSha, file),
                blob(baseSha, file),
                blob(squashed.commit, file)
            ]);
            if (!theirs || theirs !== inSquash || !ours || !inBase) {
                left.push(file);
                continue;
            }
            const paths = ['ours', 'base', 'theirs'].map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, name));
            for (const [index, sha] of [ours, inBase, theirs].entries()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(paths[index], (await tree.run(['cat-file', 'blob', sha])).stdout);
            }
            const merged = await tree.run(['merge-file', '-p', ...paths], { allowFailure: true });
            if (merged.exitCode !== 0) {
                left.push(file);
                continue;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tree.cwd, file), merged.stdout);
            await tree.run(['add', '--', file]);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
    return left;
}
/**
 * A trial merge of `origin/<source>` into `origin/<target>` with `git merge-tree --write-tree`
 * (git 2.38+): the objects it writes belong to no ref, no branch, index or worktree changes.
 * The caller has fetched both branches with their history.
 */
async function forecastMerge(git, source, target) {
    const [sourceSha, targetSha] = await Promise.all([source, target].map((b) => git.output(['rev-parse', `refs/remotes/origin/${b}`])));
    const base = { source, target, sourceSha, targetSha };
    if (await git.isAncestor(sourceSha, targetSha)) {
        return { ...base, result: 'unchanged', conflicts: [] };
    }
    const trial = await git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', targetSha, sourceSha], { allowFailure: true });
    // Exit 0: clean; 1: conflicts (the tree, then the conflicted paths); else an error.
    if (trial.exitCode !== 0 && trial.exitCode !== 1) {
        throw new Error(`git merge-tree failed: ${trial.stderr.trim() || trial.stdout.trim()}`);
    }
    const conflicts = trial.exitCode === 1 ? trial.stdout.trim().split('\n').slice(1) : [];
    return { ...base, result: conflicts.length > 0 ? 'conflict' : 'clean', conflicts };
}
async function fetchTarget(git, target) {
    await git.run([
        'fetch',
        '--no-tags',
        'origin',
        `+refs/heads/${target}:refs/remotes/origin/${target}`
    ]);
}
/**
 * GitHub's merge commit, when made on the head we merged locally, must hold the local merge's
 * tree: the same content either way. (On a head that moved meanwhile it is a merge of its own.)
 */
async function checkSameTree(git, published, local, targetSha) {
    if ((await git.output(['rev-parse', `${published}^1`])) !== targetSha)
        return;
    const [theirs, ours] = await Promise.all([
        git.output(['rev-parse', `${published}^{tree}`]),
        git.output(['rev-parse', `${local}^{tree}`])
    ]);
    if (theirs !== ours) {
        throw new Error(`GitHub's merge commit ${published} has tree ${theirs}, not the local merge's ${ours}.`);
    }
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


/***/ })

};
;
//# sourceMappingURL=7080.index.js.map