"use strict";
exports.id = 1867;
exports.ids = [1867,9970];
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

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishThroughApi: () => (/* binding */ publishThroughApi)
/* harmony export */ });
/* unused harmony export fileChanges */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7801);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);



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
            const localTree = await git.output(['rev-parse', `${head}^{tree}`]);
            try {
                created = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
                    what: `committing to ${branch} through the API`,
                    send: async () => (await github.graphql(MUTATION, { input, request: _write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv })).createCommitOnBranch.commit,
                    // A lost answer: the commit was made when the branch's head is ours (same parent, tree).
                    lookup: async () => {
                        const { data } = await github.rest.repos.getCommit({ ...repository, ref: branch });
                        const ours = data.parents.length === 1 &&
                            data.parents[0].sha === onto &&
                            data.commit.tree.sha === localTree &&
                            data.commit.message.trim() === message;
                        return ours ? { oid: data.sha, tree: { oid: data.commit.tree.sha } } : undefined;
                    },
                    log: git.log
                });
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


/***/ })

};
;
//# sourceMappingURL=1867.index.js.map