"use strict";
exports.id = 9848;
exports.ids = [9848];
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
 * head (a merge commit cannot be rebased); a conflict or a refused push is reported, not forced:
 * the push leases the head it merged on and only ever fast-forwards it.
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
                // The lease is the head we merged on: origin takes the push only while the target is
                // still there, so another push in between (a commit, or a force-push back) fails ours
                // and we merge again on the new head; the update itself is always a fast-forward.
                const ref = `refs/heads/${request.target}`;
                const push = await git.run([
                    'push',
                    '--porcelain',
                    `--force-with-lease=${ref}:${targetSha}`,
                    'origin',
                    `${mergeSha}:${ref}`
                ], { allowFailure: true });
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

/***/ 1993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ describeSquash),
/* harmony export */   IU: () => (/* binding */ arrivalFromApi),
/* harmony export */   j: () => (/* binding */ releaseArrival),
/* harmony export */   pM: () => (/* binding */ mergedReleasePull)
/* harmony export */ });
/* harmony import */ var _tagging_version_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5698);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9636);


/** Reads the arrival from the checkout: the commit's parents, the head, their ancestry. */
async function releaseArrival(git, request) {
    const parents = (await git.output(['rev-list', '--parents', '-n', '1', request.sha]))
        .split(' ')
        .slice(1);
    const found = await releaseHead(git, request);
    if (!found) {
        return parents.length > 1
            ? { kind: 'merge', head: parents[1], from: 'the merge commit' }
            : { kind: 'unknown' };
    }
    // The merge commit of the branch, or main fast-forwarded to it.
    if (found.head === request.sha || parents.includes(found.head))
        return { kind: 'merge', ...found };
    const present = await ensureCommit(git, found.head);
    const merged = present && (await git.isAncestor(found.head, request.sha));
    if (merged)
        return { kind: 'merge', ...found };
    // A merge commit of the branch that moved on afterwards (a fix pushed for the next candidate).
    if (!present || parents.length < 2)
        return { kind: 'squash', ...found };
    const movedOn = await branchMovedOn(git, parents[1], found.head);
    return movedOn ? { kind: 'merge', ...found, head: parents[1] } : { kind: 'squash', ...found };
}
/**
 * The same, from what the API says of the commit (no checkout): a merge commit has two parents;
 * a one-parent commit that is not the head of the pull request it merged was squashed or rebased.
 */
function arrivalFromApi(parents, sha, pull) {
    if (!pull)
        return parents > 1 ? { kind: 'merge' } : { kind: 'unknown' };
    const found = { branch: pull.branch, head: pull.headSha, from: `pull request #${pull.number}` };
    return { kind: parents > 1 || pull.headSha === sha ? 'merge' : 'squash', ...found };
}
async function releaseHead(git, request) {
    if (request.pull) {
        return {
            branch: request.pull.branch,
            head: request.pull.headSha,
            from: `pull request #${request.pull.number}`
        };
    }
    let branch;
    try {
        branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_1__/* .branchNameFor */ .xG)(request.version, request.kind, request.patterns);
    }
    catch {
        return undefined;
    }
    const ref = `refs/heads/${branch}`;
    const head = (request.listing?.refs ?? (await git.remoteRefs(ref))).get(ref);
    return head ? { branch, head, from: `origin/${branch}` } : undefined;
}
/**
 * Whether `merged` (the merge commit's second parent) is in the history of the branch's head:
 * the branch was merged, then moved on. A shallow checkout fetches the branch's recent history
 * (the commits pushed after a merge are few) to tell.
 */
async function branchMovedOn(git, merged, head) {
    if (await git.isAncestor(merged, head))
        return true;
    if (!(await git.isShallow()))
        return false;
    await git.run(['fetch', '--no-tags', '--depth=100', 'origin', head], { allowFailure: true });
    return (await git.resolveCommit(merged)) !== undefined && git.isAncestor(merged, head);
}
/** Fetches a commit the checkout lacks (a release branch is not in a clone of main). */
async function ensureCommit(git, sha) {
    if (await git.resolveCommit(sha))
        return true;
    const shallow = await git.isShallow();
    await git.run(['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), 'origin', sha], {
        allowFailure: true
    });
    return (await git.resolveCommit(sha)) !== undefined;
}
/** The explanation of a squash or rebase arrival, for create-tag's error or warning. */
function describeSquash(arrival, sha, main) {
    const head = arrival.head ? ` ${arrival.head.slice(0, 12)}` : '';
    const from = arrival.from ? ` (${arrival.from})` : '';
    return (`${arrival.branch ?? 'The release branch'}'s head${head}${from} is not in the history of ` +
        `${sha.slice(0, 12)} on ${main}: the release was squash- or rebase-merged, not merged with a merge commit. ` +
        `After such a merge ${main} stops being an ancestor of develop, and the back-merge meets the ` +
        "release's changes a second time as conflicts");
}
/** The merged release pull request of `sha` and its head, read from the API; undefined if none. */
async function mergedReleasePull(github, repository, sha, patterns) {
    const pulls = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...repository,
        commit_sha: sha,
        per_page: 100
    });
    const pull = (0,_tagging_version_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseBranchOfPulls */ .jB)(pulls, sha, patterns);
    return pull?.headSha
        ? { number: pull.number, branch: pull.branch, headSha: pull.headSha }
        : undefined;
}


/***/ }),

/***/ 9848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WT: () => (/* binding */ backMerge)
/* harmony export */ });
/* unused harmony exports pullRequestBranch, pullRequestBody */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8815);
/* harmony import */ var _git_local_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3845);
/* harmony import */ var _git_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3745);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9636);
/* harmony import */ var _arrival_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1993);
/* harmony import */ var _start_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2160);
/**
 * Step 19 of the process: merge main back into develop (and, after a hotfix, into the open
 * release branch too, as git-flow asks). Each target is merged with a merge commit and pushed;
 * a conflict or a protected target becomes a pull request from a `back-merge/<version>` branch
 * (or a failure, with `on-conflict: fail`). Never forced: each target's head stays an ancestor.
 */







async function backMerge(git, given, openPull, findPullHead) {
    // One ls-remote: origin's HEAD when source is its default branch, every branch (source,
    // target, the open release branches, the release branch of the arrival, the pull request
    // branch are among them) and the release tags.
    const listing = await git.listRemote([
        ...(given.source ? [] : ['HEAD']),
        'refs/heads/*',
        `refs/tags/${given.tagPrefix}*`
    ]);
    const request = { ...given, source: given.source || (await defaultSource(given, listing)) };
    if (request.source === request.target) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'source' and 'target' are both ${request.source}.`, {
            input: 'target'
        });
    }
    const heads = (0,_start_release_js__WEBPACK_IMPORTED_MODULE_5__/* .headsOf */ .j$)(listing);
    for (const [input, branch] of [
        ['source', request.source],
        ['target', request.target]
    ]) {
        if (!heads.has(branch)) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(branch)}, a branch that does not exist on origin; nothing was merged.`, { input });
        }
    }
    const tags = new Map();
    for (const [ref, sha] of listing.refs)
        if (ref.startsWith('refs/tags/'))
            tags.set(ref.slice('refs/tags/'.length), sha);
    // The open release branches a hotfix also goes into are fetched with the rest, before the
    // version says whether this is a hotfix: a branch more in one fetch, not a second fetch.
    const open = request.releaseBranches
        ? (0,_start_release_js__WEBPACK_IMPORTED_MODULE_5__/* .openReleaseBranches */ .mx)([...heads.keys()], tags, request.patterns, request.tagPrefix).filter((b) => b.kind === 'release' && b.branch !== request.target && b.branch !== request.source)
        : [];
    await fetchBranches(git, listing, [request.source, request.target, ...open.map((b) => b.branch)], request.tagPrefix);
    const version = request.version ??
        (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseTags */ .GU)(await git.tagsMergedInto(`refs/remotes/origin/${request.source}`, `${request.tagPrefix}*`), request.tagPrefix)[0]?.version;
    const isHotfix = version !== undefined && !/\.0$/.test(version.split('-')[0]);
    const targets = [request.target, ...(isHotfix ? open.map((b) => b.branch) : [])];
    const sourceSha = heads.get(request.source);
    // Only a merge still to make needs to know how the release arrived.
    const pending = !(await git.isAncestor(sourceSha, `refs/remotes/origin/${request.target}`));
    const arrival = version && pending
        ? await sourceArrival(git, request, version, listing, tags, findPullHead)
        : undefined;
    const squashed = arrival?.arrival.kind === 'squash' && arrival.arrival.head
        ? { commit: arrival.commit, head: arrival.arrival.head }
        : undefined;
    if (squashed) {
        git.log.info(`${version ?? ''} reached ${request.source} squashed or rebased (${arrival?.arrival.branch ?? 'release branch'} head ${squashed.head.slice(0, 12)}): ` +
            "conflicts on content the release branch already had are merged on the branch's own base.");
    }
    const reports = [];
    for (const target of targets) {
        const message = request.message
            .replaceAll('{source}', request.source)
            .replaceAll('{target}', target)
            .replaceAll('{version}', version ?? sourceSha.slice(0, 12));
        const attempt = await (0,_git_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeAndPush */ .A)(git, {
            source: request.source,
            target,
            message,
            dryRun: request.dryRun,
            scratch: request.scratch,
            squashed,
            publish: request.dryRun ? undefined : await request.publishMerge?.(target)
        });
        const done = await report(git, request, { target, version, sourceSha, attempt }, openPull, heads);
        reports.push({ ...done, ancestry: await ancestry(git, sourceSha, done) });
    }
    const results = reports.map((r) => r.result);
    const result = request.dryRun
        ? 'dry-run'
        : results.includes('pull-request')
            ? 'pull-request'
            : results.includes('merged')
                ? 'merged'
                : 'unchanged';
    return {
        version,
        source: request.source,
        sourceSha,
        result,
        targets: reports,
        arrival: arrival?.arrival
    };
}
/** The repository's default branch: origin's HEAD as just listed, else the request's fallback. */
async function defaultSource(request, listing) {
    const branch = listing.head ?? (await request.defaultSource?.());
    if (branch)
        return branch;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("The repository's default branch is unknown (origin has no HEAD, the event and the API do not say it); " +
        "set the 'source' input to the branch the release was merged into.", { input: 'source' });
}
/** How the version's tagged commit reached source (its tag, else source's head). */
async function sourceArrival(git, request, version, listing, tags, findPullHead) {
    const tagged = tags.get(`${request.tagPrefix}${version}`);
    const commit = tagged
        ? await git.resolveCommit(tagged)
        : await git.resolveCommit(`refs/remotes/origin/${request.source}`);
    if (!commit)
        return undefined;
    const kind = /\.0$/.test(version.split('-')[0]) ? 'release' : 'hotfix';
    const parents = (await git.output(['rev-list', '--parents', '-n', '1', commit])).split(' ');
    let pull;
    try {
        // A merge commit names its release branch head itself; a single commit asks the API.
        if (parents.length === 2)
            pull = await findPullHead?.(commit);
    }
    catch (error) {
        git.log.info(`Could not read the pull request of ${commit.slice(0, 12)}: ${String(error)}`);
    }
    const arrival = await (0,_arrival_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseArrival */ .j)(git, {
        sha: commit,
        version,
        kind,
        patterns: request.patterns,
        pull,
        listing
    });
    return { commit, arrival };
}
/**
 * git-flow's invariant after a back-merge: source is an ancestor of the target's head as origin
 * last answered for it: the merge commit its push accepted (or the merges API made and we
 * fetched), or the head it listed when nothing needed merging. A pull request leaves it pending.
 * No second ls-remote: a push that succeeded is origin's word that the branch is at our merge.
 */
async function ancestry(git, sourceSha, done) {
    if (done.result === 'pull-request')
        return 'pending';
    if (await git.isAncestor(sourceSha, done.sha))
        return 'yes';
    return done.result === 'dry-run' ? 'pending' : 'no';
}
async function report(git, request, merged, openPull, heads) {
    const { target, attempt } = merged;
    if (attempt.kind === 'unchanged') {
        return {
            target,
            result: request.dryRun ? 'dry-run' : 'unchanged',
            sha: attempt.sha,
            conflicts: []
        };
    }
    if (attempt.kind === 'merged') {
        return {
            target,
            result: request.dryRun ? 'dry-run' : 'merged',
            sha: attempt.sha,
            conflicts: [],
            resolved: attempt.resolved
        };
    }
    const conflicts = attempt.kind === 'conflict' ? attempt.files : [];
    const reason = attempt.kind === 'conflict' ? 'conflict' : 'protected';
    if (attempt.kind === 'refused' && attempt.rejection !== 'protected') {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused the push of the merge to ${target} (the job needs 'contents: write'); nothing was pushed.\n${attempt.detail}`);
    }
    const why = attempt.kind === 'conflict'
        ? `${request.source} and ${target} conflict in ${conflicts.join(', ')}`
        : `${target} is protected: the server refused the push\n${attempt.detail}`;
    if (request.onConflict === 'fail' || request.dryRun) {
        if (request.dryRun) {
            return { target, result: 'dry-run', sha: attempt.targetSha, conflicts, reason };
        }
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot merge ${request.source} into ${target}: ${why}. Nothing was pushed. ` +
            "Merge by hand, or set 'on-conflict: pull-request' to get a pull request instead.");
    }
    const head = pullRequestBranch(request, target, merged);
    await pushPullRequestBranch(git, head, merged.sourceSha, heads.get(head));
    const { pull } = await openPull({
        head,
        base: target,
        title: `Merge ${request.source} into ${target}${merged.version ? ` after ${merged.version}` : ''}`,
        body: pullRequestBody(request, target, head, reason, conflicts),
        draft: false,
        labels: request.labels,
        reviewers: []
    });
    return {
        target,
        result: 'pull-request',
        sha: attempt.targetSha,
        conflicts,
        reason,
        pullRequestUrl: pull.url,
        pullRequestNumber: pull.number
    };
}
/** `back-merge/1.3.0` into the main target; `back-merge/1.2.1-release-v1.3.0` into another. */
function pullRequestBranch(request, target, merged) {
    const name = request.pullRequestBranch.replaceAll('{version}', merged.version ?? `${request.source}-${merged.sourceSha.slice(0, 12)}`);
    return target === request.target ? name : `${name}-${target.replaceAll('/', '-')}`;
}
/**
 * Points the pull request branch at the source commit: created, fast-forwarded, or left alone
 * when it already contains it (someone resolved the conflicts there). Never forced. `existing`:
 * the branch's head in the stage's listing (a rerun's).
 */
async function pushPullRequestBranch(git, branch, sourceSha, existing) {
    const ref = `refs/heads/${branch}`;
    if (existing === sourceSha)
        return;
    if (existing) {
        await git.run(['fetch', '--no-tags', 'origin', `+${ref}:refs/remotes/origin/${branch}`]);
        if (await git.isAncestor(sourceSha, existing))
            return;
    }
    const push = await git.run(['push', '--porcelain', 'origin', `${sourceSha}:${ref}`], {
        allowFailure: true
    });
    if (push.exitCode !== 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not push the pull request branch ${branch} (it exists and does not contain ${sourceSha.slice(0, 12)}); ` +
            `delete it or set 'pull-request-branch'. Nothing was forced.\n${push.stderr.trim()}`);
    }
}
function pullRequestBody(request, target, head, reason, conflicts) {
    const lines = ['<!-- release-actions:back-merge -->'];
    if (reason === 'conflict') {
        lines.push(`\`${request.source}\` could not be merged into \`${target}\` automatically: these files conflict.`, '', ...conflicts.map((f) => `- \`${f}\``), '', 'Resolve them on this branch, then merge this pull request with a merge commit:', '', '```sh', 'git fetch origin', `git checkout ${head}`, `git merge origin/${target}`, '# fix the conflicts, then', 'git commit', `git push origin ${head}`, '```');
    }
    else {
        lines.push(`\`${target}\` is protected, so \`${request.source}\` is merged back through this pull request.`);
    }
    lines.push('', `Use a merge commit (not squash or rebase), so \`${request.source}\` stays an ancestor of \`${target}\`.`, '');
    return lines.join('\n');
}
/**
 * Fetches what the clone lacks of the branches and the release tags (nothing when it has them as
 * origin listed them); a merge needs the merge base, so a shallow clone is deepened to the full
 * history of these branches.
 */
async function fetchBranches(git, listing, branches, tagPrefix) {
    const shallow = await git.isShallow();
    const local = await (0,_git_local_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .readLocalRefs */ .c)(git, tagPrefix);
    const stale = branches.filter((b) => local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`));
    const tagsStale = [...listing.objects].some(([ref, object]) => ref.startsWith(`refs/tags/${tagPrefix}`) &&
        local.tags.get(ref.slice('refs/tags/'.length))?.object !== object);
    if (!shallow && stale.length === 0 && !tagsStale)
        return;
    await git.run([
        'fetch',
        '--no-tags',
        ...(shallow ? ['--unshallow'] : []),
        'origin',
        ...(shallow ? branches : stale).map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`),
        ...(shallow || tagsStale ? [`+refs/tags/${tagPrefix}*:refs/tags/${tagPrefix}*`] : [])
    ]);
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


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ topReleasedVersion),
/* harmony export */   jB: () => (/* binding */ releaseBranchOfPulls),
/* harmony export */   pl: () => (/* binding */ checkVersionAgreement)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9636);
/**
 * Which version a commit on main releases, and whether everything in the repository agrees:
 * the version named by the input, branch, merge or pull request, the version files, and the
 * top released section of CHANGELOG.md. Pure: the callers read the files and ask the API.
 */


const RELEASED_HEADING = /^##\s+\[([^\]]+)\]/;
/** The version of the first released (not `[Unreleased]`) section of a changelog, and its line. */
function topReleasedVersion(text) {
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        const version = RELEASED_HEADING.exec(line)?.[1]?.trim();
        if (version && version.toLowerCase() !== 'unreleased')
            return { version, line: index + 1 };
    }
    return undefined;
}
/**
 * Throws one ConfigurationError naming every source and the version it says when they do not
 * all agree with the first (the version being released).
 */
function checkVersionAgreement(evidence) {
    const [first] = evidence;
    if (!first || evidence.every((e) => e.version === first.version))
        return;
    const listing = evidence
        .map((e) => `${e.source}: ${e.version}${e.where ? ` (${e.where})` : ''}`)
        .join('; ');
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The release version is not clear: ${listing}. Make them agree before tagging ` +
        '(bump-version and update-changelog on the release branch), or set the `version` input ' +
        'if the files are right.', { locations: evidence.flatMap((e) => e.locations ?? []) });
}
/**
 * The release or hotfix branch that `sha` merged, read from the pull requests the commit belongs
 * to (a squash or rebase merge names no branch in its message). Merged pull requests whose
 * merge commit is `sha` come first; two that name different versions are an error.
 */
function releaseBranchOfPulls(pulls, sha, patterns) {
    const merged = pulls.filter((p) => p.merged_at !== null);
    const own = merged.filter((p) => p.merge_commit_sha === sha);
    const candidates = (own.length > 0 ? own : merged).flatMap((pull) => {
        const branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReleaseBranch */ .lO)(pull.head.ref, patterns);
        return branch ? [{ ...branch, number: pull.number, headSha: pull.head.sha }] : [];
    });
    const versions = new Set(candidates.map((c) => c.version));
    if (versions.size > 1) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Commit ${sha.slice(0, 12)} belongs to several merged release pull requests: ` +
            `${candidates.map((c) => `#${c.number} (${c.branch})`).join(', ')}. Set the \`version\` input.`, { input: 'version' });
    }
    return candidates[0];
}


/***/ })

};
;
//# sourceMappingURL=9848.index.js.map