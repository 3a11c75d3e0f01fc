"use strict";
exports.id = 692;
exports.ids = [692,217];
exports.modules = {

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
const actionsLogger = {
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
};


/***/ }),

/***/ 1597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ remoteDefaultBranch)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's default branch (`main`, `master`, ...), where the `main-branch` input is left
 * empty: what the clone knows of origin's HEAD, else what origin says, else the event payload's
 * `repository.default_branch` (what the API reports, delivered with every event).
 */

async function remoteDefaultBranch(git, remote = 'origin') {
    const known = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true
    });
    const name = known.stdout.trim();
    if (known.exitCode === 0 && name.startsWith(`${remote}/`))
        return name.slice(remote.length + 1);
    const listed = await git.run(['ls-remote', '--symref', remote, 'HEAD'], { allowFailure: true });
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(listed.stdout);
    if (symref)
        return symref[1];
    return eventDefaultBranch();
}
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

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  iR: () => (/* binding */ GitCommandError)
});

// UNUSED EXPORTS: authHeaderKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/base/logger.ts
/** A logger that keeps every line, for tests and for the CLI rehearsal. */
class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

;// CONCATENATED MODULE: ./packages/git/git.ts
/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */



class GitCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitCommandError';
    }
}
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull']);
/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command, args, options) {
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command, args, options);
}
class Git {
    cwd;
    log;
    identity;
    token;
    serverUrl;
    authArgs;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
        this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure`. */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const result = await exec('git', [...auth, ...args], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: {
                ...stringEnv(process.env),
                ...this.identityEnv(),
                GIT_TERMINAL_PROMPT: '0',
                ...options.env
            }
        });
        if (result.exitCode !== 0 && !options.allowFailure)
            throw new GitCommandError(args, result);
        return result;
    }
    /** Runs git and returns its trimmed standard output. */
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    async isRepository() {
        // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
        if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    async isShallow() {
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The checked-out branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true
        });
        return result.exitCode === 0;
    }
    /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
    async remoteRefs(pattern, remote = 'origin') {
        const out = await this.output(['ls-remote', remote, pattern]);
        const refs = new Map();
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (ref.endsWith('^{}'))
                refs.set(ref.slice(0, -3), sha);
            else if (!refs.has(ref))
                refs.set(ref, sha);
        }
        return refs;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /** Stages the given paths and commits them; returns the new sha, or undefined when nothing changed. */
    async commit(paths, message) {
        await this.run(['add', '--', ...paths]);
        const staged = await this.run(['diff', '--cached', '--quiet'], { allowFailure: true });
        if (staged.exitCode === 0)
            return undefined;
        await this.run(['commit', '--no-verify', '-m', message]);
        return this.headSha();
    }
    /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
    async blobBytes(revision) {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', ['cat-file', 'blob', revision], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
        });
    }
    identityEnv() {
        if (!this.identity)
            return {};
        return {
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email
        };
    }
    /**
     * actions/checkout leaves an `http.<server>.extraheader` with the token unless
     * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
     */
    async networkAuthArgs() {
        if (this.authArgs)
            return this.authArgs;
        this.authArgs = [];
        if (!this.token)
            return this.authArgs;
        const existing = await exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        });
        if (existing.exitCode !== 0 || existing.stdout.trim() === '') {
            const basic = Buffer.from(`x-access-token:${this.token}`).toString('base64');
            // Scoped to the GitHub server: an origin naming another host never receives the token.
            this.authArgs = ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`];
        }
        return this.authArgs;
    }
}
/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
function authHeaderKey(serverUrl) {
    const url = new URL(serverUrl);
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
function hasGitEntryAbove(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ }),

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   Di: () => (/* binding */ completeRange),
/* harmony export */   yY: () => (/* binding */ ensureReleaseHistory)
/* harmony export */ });
/* unused harmony export releaseTagsOnRemote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    const remoteTags = await releaseTagsOnRemote(git, prefix, remote);
    const refspecs = request.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`;
    if (!wasShallow) {
        await git.run(['fetch', '--no-tags', remote, ...refspecs, tagSpec]);
        return { wasShallow, remoteTags };
    }
    if (remoteTags.size === 0) {
        // First release: the whole history is the release.
        await git.run(['fetch', '--no-tags', '--unshallow', remote, ...refspecs]);
        return { wasShallow, remoteTags };
    }
    await git.run(['fetch', '--no-tags', '--depth=1', remote, tagSpec]);
    const ends = request.endsRange ?? (() => true);
    for (const branch of request.branches)
        await deepenToReleaseTag(git, branch, prefix, remote, ends);
    return { wasShallow, remoteTags };
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
    let depth = FIRST_DEPTH;
    for (let round = 0; round < MAX_ROUNDS; round++, depth *= 4) {
        await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec]);
        const reached = await git.tagsMergedInto(tracking, `${prefix}*`);
        if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
            return;
    }
    await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true });
}
/** The remote's `<prefix>X.Y.Z` tags, name -> commit (peeled). */
async function releaseTagsOnRemote(git, prefix = 'v', remote = 'origin') {
    const refs = await git.remoteRefs(`refs/tags/${prefix}*`, remote);
    const tags = new Map();
    for (const [ref, sha] of refs) {
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
    // One look at a full clone: no shallow boundary, nothing to check.
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
    const shallow = await git.output(['rev-parse', '--git-path', 'shallow']);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(shallow) ? shallow : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.cwd, shallow);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return false;
    const boundary = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n').filter(Boolean));
    if (boundary.size === 0)
        return false;
    const commits = await git.output(['rev-list', ...revisions, '--']);
    return commits.split('\n').some((sha) => boundary.has(sha));
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   retryBaseMs: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _action_kit_app_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3528);


/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment so fault tests run quickly.
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/** Spacing between write requests; GitHub's guidance is one second, the tests shorten it. */
function writeSpacingMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_WRITE_SPACING_MS);
    return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.RELEASE_ACTIONS_WRITE_SPACING_MS
        ? fromEnv
        : 1000;
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 3934)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl,
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: retryBaseMs(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s); rate-limit waits honour retry-after.
            retryAfterBaseValue: retryBaseMs(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs() }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    }, retry, throttling);
    return octokit;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_action_kit_app_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .appTokenSource */ .Ef)();
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

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   cU: () => (/* binding */ explainApiError),
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
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`, { input: 'token' });
    }
    if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
        return new Error(`GitHub's secondary rate limit stopped ${what} (${status} ${message}), also after ` +
            'waiting it out; rerun the job in a few minutes.');
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
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
            `object does not exist (${message}).`);
    }
    if (status !== undefined)
        return new Error(`GitHub answered ${status} while ${what}: ${message}`);
    return error instanceof Error ? error : new Error(message);
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
            const { data } = await github.rest.repos.createRelease({
                owner: request.owner,
                repo: request.repo,
                tag_name: request.tag,
                target_commitish: request.sha,
                name: request.name,
                body: request.body ?? '',
                draft: request.draft,
                prerelease: request.prerelease,
                ...(request.makeLatest && { make_latest: request.makeLatest })
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
            return await updateRelease(github, request, created, log);
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
//# sourceMappingURL=692.index.js.map